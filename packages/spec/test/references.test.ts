import { describe, expect, it } from 'vitest';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, projectFiles } from './project-fixture.js';

/** Issues of the fixture project with extra files, errors only (the SMART lint is tested on its own). */
function errors(extra: ProjectFile[]) {
  return validateProject({ root: '/p', files: projectFiles(extra) }).issues.filter(
    (i) => i.severity === 'error',
  );
}

describe('references between definitions', () => {
  it('accepts the fixture project as it is', () => {
    expect(validateProject({ root: '/p', files: projectFiles() }).issues).toEqual([]);
  });

  it('reports an id used twice, naming the file that had it first', () => {
    const [issue] = errors([{ path: 'itsm/zz-copy.yaml', text: kpiYaml('itsm.mttr') }]);
    expect(issue).toMatchObject({ code: 'KPI0301', file: 'itsm/zz-copy.yaml', line: 2, column: 5 });
    expect(issue?.message).toBe('The KPI id "itsm.mttr" is also used in itsm/mttr.yaml.');
  });

  it('reports an unknown source with a suggestion', () => {
    const [issue] = errors([{ path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', { source: 'tickts' }) }]);
    expect(issue).toMatchObject({ code: 'KPI0302', line: 9, column: 9 });
    expect(issue?.hint).toMatch(/^Did you mean "tickets"\?/);
  });

  it('reports an unknown field in the measure at its column in the file', () => {
    const text = kpiYaml('itsm.mttr', { measure: 'avg(hours_between(opened_at, resolvd_at))' });
    const [issue] = errors([{ path: 'itsm/mttr.yaml', text }]);
    // line 10 is "measure: avg(hours_between(opened_at, resolvd_at))": the value starts at column 10,
    // "resolvd_at" at offset 29 of the measure → column 39, ending after 10 characters at column 49.
    expect(issue).toMatchObject({ code: 'KPI0201', line: 10, column: 39, endLine: 10, endColumn: 49 });
    expect(issue?.message).toContain('resolvd_at');
  });

  it('reports an unknown field in a where written as a folded block, on its own line', () => {
    const text = kpiYaml('itsm.mttr', { where: ">\n    type = 'incident'\n    and prio = 'high'" });
    const [issue] = errors([{ path: 'itsm/mttr.yaml', text }]);
    // The where block starts on line 11; its second line "    and prio = 'high'" is line 13, "prio" at column 9.
    expect(issue).toMatchObject({ code: 'KPI0201', line: 13, column: 9 });
  });

  it('reports an unknown calendar in business_hours_between', () => {
    const text = kpiYaml('itsm.mttr', {
      measure: "avg(business_hours_between(opened_at, resolved_at, 'ofice'))",
    });
    const [issue] = errors([{ path: 'itsm/mttr.yaml', text }]);
    expect(issue?.line).toBe(10);
    expect(issue?.message).toContain('ofice');
  });

  it('accepts a known calendar in business_hours_between', () => {
    const text = kpiYaml('itsm.mttr', {
      measure: "avg(business_hours_between(opened_at, resolved_at, 'office'))",
    });
    expect(errors([{ path: 'itsm/mttr.yaml', text }])).toEqual([]);
  });

  it('reports a time field that does not exist and one that is not a timestamp', () => {
    const missing = errors([{ path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', { time: 'resolved' }) }]);
    expect(missing[0]).toMatchObject({ code: 'KPI0303', line: 12 });
    expect(missing[0]?.hint).toMatch(/^Did you mean "resolved_at"\?/);
    const wrongType = errors([{ path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', { time: 'priority' }) }]);
    expect(wrongType[0]).toMatchObject({ code: 'KPI0311', line: 12 });
  });

  it('reports an unknown breakdown field and the time field used as a breakdown', () => {
    const text = kpiYaml('itsm.mttr', { breakdowns: '[priorty, resolved_at]' });
    const issues = errors([{ path: 'itsm/mttr.yaml', text }]);
    expect(issues.map((i) => `${i.code}:${i.column}`)).toEqual(['KPI0303:14', 'KPI0320:23']);
  });

  it('reports a supported KPI that does not exist', () => {
    const [issue] = errors([
      { path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', { supports: '[itsm.outcom]' }) },
    ]);
    expect(issue).toMatchObject({ code: 'KPI0304', line: 18, column: 12 });
    expect(issue?.hint).toMatch(/^Did you mean "itsm.outcome"\?/);
  });

  it('reports a cycle in supports once, with its path', () => {
    const issues = errors([
      { path: 'itsm/a.yaml', text: kpiYaml('itsm.a', { supports: '[itsm.b]' }) },
      { path: 'itsm/b.yaml', text: kpiYaml('itsm.b', { supports: '[itsm.c]' }) },
      { path: 'itsm/c.yaml', text: kpiYaml('itsm.c', { supports: '[itsm.a]' }) },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      'The KPI tree goes round in a circle: itsm.a → itsm.b → itsm.c → itsm.a.',
    );
    expect(issues[0]?.file).toBe('itsm/c.yaml');
  });

  it('reports a KPI that supports itself as a cycle', () => {
    const [issue] = errors([{ path: 'itsm/a.yaml', text: kpiYaml('itsm.a', { supports: '[itsm.a]' }) }]);
    expect(issue?.message).toContain('itsm.a → itsm.a');
  });

  it('reports an unknown KPI on a scorecard at its list item', () => {
    const card = 'kind: scorecard\nid: sd\ntitle: SD\naudience: Leads\nkpis: [itsm.mttr, itsm.mtr]\n';
    const [issue] = errors([{ path: 'scorecards/sd.yaml', text: card }]);
    expect(issue).toMatchObject({ code: 'KPI0305', line: 5, column: 19 });
    expect(issue?.hint).toMatch(/^Did you mean "itsm.mttr"\?/);
  });

  it('still resolves references to a KPI whose own file has a schema error', () => {
    const broken = kpiYaml('itsm.outcome', { level: 'outcome', supports: '', influence: 'huge' });
    const issues = errors([{ path: 'itsm/outcome.yaml', text: broken }]);
    expect(issues.map((i) => i.code)).toEqual(['KPI0103']);
  });
});

describe('warnings inside a measure', () => {
  it('keep the model: a where comparing with an undeclared value is a warning, not a failure', () => {
    const text = kpiYaml('itsm.mttr', { where: "type = 'incidnet'" });
    const result = validateProject({ root: '/p', files: projectFiles([{ path: 'itsm/mttr.yaml', text }]) });
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([['KPI0227', 'warning']]);
    expect(result.model?.kpis.get('itsm.mttr')?.where?.text).toBe("type = 'incidnet'");
  });
});
