import { describe, expect, it } from 'vitest';
import { isSentence } from '../src/lint/specific.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, OUTCOME_YAML, projectFiles } from './project-fixture.js';

function warnings(settings: Record<string, string>, id = 'itsm.mttr') {
  const files = projectFiles([{ path: 'itsm/mttr.yaml', text: kpiYaml(id, settings) }]);
  return validateProject({ root: '/p', files }).issues.filter((i) => i.severity === 'warning');
}

describe('SMART lint', () => {
  it('has nothing to say about a complete KPI', () => {
    expect(warnings({})).toEqual([]);
  });

  it('S: warns about a missing description and one that is not a sentence', () => {
    expect(warnings({ description: '' })[0]).toMatchObject({
      code: 'KPI0401',
      message: 'S (Specific): KPI "itsm.mttr" has no description.',
    });
    expect(warnings({ description: 'MTTR' })[0]?.message).toContain('not yet a full sentence');
    expect(isSentence('Average hours to resolve.')).toBe(true);
    expect(isSentence('Average hours to resolve')).toBe(false);
  });

  it('M: warns when the measure does not type-check against its source', () => {
    const found = warnings({ measure: 'avg(priority)' });
    expect(found.map((i) => i.code)).toEqual(['KPI0402']);
    expect(found[0]?.message).toMatch(/^M \(Measurable\): .* its measure or where has errors\.$/);
  });

  it('A: warns about a missing owner and an owner with only a name', () => {
    expect(warnings({ owner: '' })[0]?.message).toBe('A (Accepted): KPI "itsm.mttr" has no owner.');
    expect(warnings({ owner: '{ name: Lisa }' })[0]?.message).toContain('without a team or an email');
    expect(warnings({ owner: '{ name: Lisa, email: lisa@example.org }' })).toEqual([]);
  });

  it('R: warns about a missing level and a process KPI that supports nothing', () => {
    expect(warnings({ level: '' })[0]?.code).toBe('KPI0404');
    expect(warnings({ supports: '' }).map((i) => i.code)).toEqual(['KPI0406', 'KPI0405']);
  });

  it('R: warns about an outcome KPI that nothing supports', () => {
    const files = projectFiles([
      { path: 'itsm/outcome.yaml', text: OUTCOME_YAML.replace('itsm.outcome', 'itsm.other') },
    ]);
    const codes = validateProject({ root: '/p', files }).issues.map((i) => i.code);
    expect(codes).toContain('KPI0405');
  });

  it('T: warns about a missing target, an undated target and a missing review cadence', () => {
    expect(warnings({ targets: '' })[0]?.message).toBe('T (Time-bound): KPI "itsm.mttr" has no target.');
    expect(warnings({ targets: '[{ value: 8 }]' })[0]?.message).toContain('none with a date range');
    expect(warnings({ review: '' })[0]?.code).toBe('KPI0408');
  });

  it('turns every warning into an error with strict, and then gives no model', () => {
    const files = projectFiles([{ path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', { review: '' }) }]);
    const relaxed = validateProject({ root: '/p', files });
    expect(relaxed.model).toBeDefined();
    const strict = validateProject({ root: '/p', files }, { strict: true });
    expect(strict.issues).toEqual([expect.objectContaining({ code: 'KPI0408', severity: 'error' })]);
    expect(strict.model).toBeUndefined();
  });

  it('names the SMART letter and says how to fix it in every warning', () => {
    const all = warnings({ description: '', owner: '', level: '', targets: '', review: '' });
    expect(all.length).toBe(5);
    for (const issue of all) {
      expect(issue.message).toMatch(/^[SMART] \((Specific|Measurable|Accepted|Relevant|Time-bound)\): /);
      expect(issue.hint?.length).toBeGreaterThan(20);
    }
  });
});
