import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, projectFiles } from './project-fixture.js';

const KPIS = fileURLToPath(new URL('../../../kpis/', import.meta.url));

function readProject(root: string): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(name))
        files.push({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path) });
    }
  };
  walk(root);
  return files;
}

describe('validateProject on the example definitions in kpis/', () => {
  const result = validateProject({ root: '/work/kpis', files: readProject(KPIS) }, { strict: true });

  it('finds no issue, even in strict mode', () => {
    expect(result.issues).toEqual([]);
  });

  it('normalizes the mean time to resolve as its file says', () => {
    // The catalog evolves; the expectation is read from the file itself with a plain YAML parse.
    const written = parse(readFileSync(join(KPIS, 'itsm', 'mttr.yaml'), 'utf8'));
    const mttr = result.model?.kpis.get('itsm.mttr');
    expect(mttr).toMatchObject({
      version: written.version,
      title: written.title,
      level: written.level,
      unit: written.unit,
      direction: written.direction,
      time: written.time,
      minSample: written.min_sample,
      thresholds: written.thresholds,
      baseline: { value: written.baseline.value, period: String(written.baseline.period) },
      supports: written.supports,
    });
    expect(mttr?.measure).toMatchObject({ type: 'number', text: written.measure });
    // MTTR reads the business-hours resolution clock of the service-desk-sla policy
    expect(mttr?.source).toBe(written.source);
    expect(mttr?.measure.fields).toEqual(['resolution_hours']);
    expect(mttr?.where?.fields).toEqual(['resolved_at', 'type']);
    expect(mttr?.description).toBe(written.description.trim());
  });

  it('resolves project paths against the root and fills defaults', () => {
    expect(result.model?.settings).toMatchObject({
      name: 'Service desk KPIs',
      language: 'sv',
      database: '/work/kpis/data/demo.duckdb',
      out: '/work/kpis/build/snapshots',
    });
    expect(result.model?.sources.get('tickets')?.from).toEqual({ kind: 'table', table: 'tickets' });
    expect(result.model?.sources.get('tickets')?.fields.get('priority')?.values).toHaveLength(4);
  });

  it('turns the calendar into weekly schedules in minutes', () => {
    const cal = result.model?.calendars.get('se-office');
    expect(cal?.schedules.map((s) => [s.from, s.until])).toEqual([
      [undefined, '2026-06-21'],
      ['2026-06-22', '2026-08-09'],
      ['2026-08-10', undefined],
    ]);
    // Summer hours 09:00-15:00 = 540-900 minutes on every weekday, nothing at weekends.
    expect(cal?.schedules[1]?.hours.wed).toEqual([{ start: 540, end: 900 }]);
    expect(cal?.schedules[1]?.hours.sat).toEqual([]);
    expect(cal?.specialDays['2026-12-23']).toEqual([{ start: 480, end: 780 }]);
    expect(cal?.holidayRules).toEqual(['se']);
  });

  it('applies scorecard defaults', () => {
    expect(result.model?.scorecards.get('service-desk')).toMatchObject({
      grain: 'month',
      history: 13,
      compare: 'previous',
    });
  });
});

describe('validateProject', () => {
  it('resolves a source file path against the project root', () => {
    const { model } = validateProject({ root: '/srv/kpis', files: projectFiles() });
    expect(model?.sources.get('tickets')?.from).toEqual({
      kind: 'file',
      path: '/srv/kpis/data/tickets.csv',
      format: 'csv',
    });
  });

  it('warns when there is no nyckeltal.yaml and uses default settings', () => {
    const files = projectFiles().filter((f) => f.path !== 'nyckeltal.yaml');
    const { model, issues } = validateProject({ root: '/p', files });
    expect(issues.map((i) => i.code)).toEqual(['KPI0014']);
    expect(model?.settings).toMatchObject({ name: 'Nyckeltal', language: 'en', out: '/p/build/snapshots' });
  });

  it('refuses project settings outside nyckeltal.yaml', () => {
    const { issues } = validateProject({
      root: '/p',
      files: projectFiles([{ path: 'itsm/project.yaml', text: 'kind: project\nname: X\n' }]),
    });
    expect(issues[0]).toMatchObject({ code: 'KPI0015', file: 'itsm/project.yaml' });
  });

  it('reads only the folders nyckeltal.yaml lists under paths', () => {
    const files = projectFiles([
      { path: 'nyckeltal.yaml', text: 'kind: project\nname: X\npaths: [sources, calendars, itsm]\n' },
      { path: 'drafts/broken.yaml', text: 'kind: kpi\n\tbad: 1\n' },
    ]);
    expect(validateProject({ root: '/p', files }).issues).toEqual([]);
  });

  it('gives no model while there is an error, and sorts issues by file and line', () => {
    const files = projectFiles([
      { path: 'itsm/b.yaml', text: kpiYaml('itsm.b', { unit: 'hourz', direction: 'lowr' }) },
      { path: 'itsm/a.yaml', text: kpiYaml('itsm.a', { source: 'nope' }) },
    ]);
    const { model, issues } = validateProject({ root: '/p', files });
    expect(model).toBeUndefined();
    expect(issues.filter((i) => i.severity === 'error').map((i) => `${i.file}:${i.line}`)).toEqual([
      'itsm/a.yaml:9',
      'itsm/b.yaml:13',
      'itsm/b.yaml:14',
    ]);
  });
});
