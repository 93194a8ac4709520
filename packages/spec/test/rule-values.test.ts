import { describe, expect, it } from 'vitest';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { CALENDAR_YAML, kpiYaml, projectFiles, SOURCE_YAML } from './project-fixture.js';

function errors(extra: ProjectFile[]) {
  return validateProject({ root: '/p', files: projectFiles(extra) }).issues.filter(
    (i) => i.severity === 'error',
  );
}
const mttr = (settings: Record<string, string>) => [
  { path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', settings) },
];
const calendar = (text: string) => [{ path: 'calendars/office.yaml', text }];
const source = (text: string) => [{ path: 'sources/tickets.yaml', text }];

describe('targets and thresholds', () => {
  it('reports two targets in force on the same day, naming the first shared day', () => {
    const targets = '[{ value: 9, from: 2026-01-01, until: 2026-06-30 }, { value: 8, from: 2026-06-01 }]';
    const [issue] = errors(mttr({ targets }));
    expect(issue).toMatchObject({ code: 'KPI0307', line: 15 });
    expect(issue?.message).toBe('Targets 1 and 2 of KPI "itsm.mttr" are both in force on 2026-06-01.');
  });

  it('accepts targets that follow each other day by day', () => {
    const targets = '[{ value: 9, from: 2025-01-01, until: 2025-12-31 }, { value: 8, from: 2026-01-01 }]';
    expect(errors(mttr({ targets }))).toEqual([]);
  });

  it('reports a target that ends before it starts', () => {
    const [issue] = errors(mttr({ targets: '[{ value: 8, from: 2026-12-31, until: 2026-01-01 }]' }));
    expect(issue).toMatchObject({ code: 'KPI0308', line: 15 });
  });

  it('reports thresholds the wrong way round for lower-is-better', () => {
    const [issue] = errors(mttr({ thresholds: '{ green: 12, amber: 8 }' }));
    expect(issue).toMatchObject({ code: 'KPI0309', line: 16 });
    expect(issue?.message).toBe(
      'KPI "itsm.mttr" has direction "lower", so green (12) must be at most amber (8).',
    );
  });

  it('reports thresholds the wrong way round for higher-is-better, and accepts equal limits', () => {
    const higher = { direction: 'higher', thresholds: '{ green: 60, amber: 70 }' };
    expect(errors(mttr(higher))[0]?.message).toContain('must be at least amber (70)');
    expect(errors(mttr({ thresholds: '{ green: 8, amber: 8 }' }))).toEqual([]);
  });

  it('reports percent targets, thresholds and baselines outside 0–100', () => {
    const settings = {
      unit: 'percent',
      measure: 'share(first_contact)',
      direction: 'higher',
      targets: '[{ value: 0.95, from: 2026-01-01, until: 2026-12-31 }]',
      thresholds: '{ green: 110, amber: 90 }',
      baseline: '{ value: -1, period: 2025 }',
    };
    const issues = errors(mttr(settings));
    expect(issues.map((i) => i.message)).toEqual([
      'Threshold green of KPI "itsm.mttr" is 110, but a percent KPI is written in 0–100.',
      'The baseline of KPI "itsm.mttr" is -1, but a percent KPI is written in 0–100.',
    ]);
  });
});

describe('sources', () => {
  it('reports a source with both a file and SQL', () => {
    const text = SOURCE_YAML.replace(
      'from: { file: data/tickets.csv }',
      'from: { file: data/tickets.csv, sql: "select 1" }',
    );
    expect(errors(source(text))[0]).toMatchObject({ code: 'KPI0312', line: 3 });
  });

  it('accepts a table inside a .duckdb file', () => {
    const text = SOURCE_YAML.replace('{ file: data/tickets.csv }', '{ file: data/w.duckdb, table: tickets }');
    expect(errors(source(text))).toEqual([]);
  });

  it('reports a data file of a kind that cannot be read', () => {
    const text = SOURCE_YAML.replace('data/tickets.csv', 'data/tickets.xlsx');
    expect(errors(source(text))[0]).toMatchObject({ code: 'KPI0313', line: 3, column: 15 });
  });

  it('reports an unknown time zone with a suggestion', () => {
    const [issue] = errors(source(SOURCE_YAML.replace('Europe/Stockholm', 'Europe/Stokholm')));
    expect(issue).toMatchObject({ code: 'KPI0314', line: 4, column: 12 });
    expect(issue?.hint).toMatch(/^Did you mean "Europe\/Stockholm"\?/);
  });

  it('reports values on a field that is not text', () => {
    const text = SOURCE_YAML.replace('reopen_count: integer', 'reopen_count: { type: integer, values: [a] }');
    expect(errors(source(text))[0]).toMatchObject({ code: 'KPI0315', line: 12 });
  });
});

describe('calendars', () => {
  it('reports hours that end before they start', () => {
    const [issue] = errors(calendar(CALENDAR_YAML.replace('08:00-17:00', '17:00-08:00')));
    expect(issue).toMatchObject({ code: 'KPI0316', line: 4 });
    expect(issue?.message).toContain('17:00 is not before 08:00');
  });

  it('reports a weekday given twice', () => {
    const [issue] = errors(
      calendar(
        CALENDAR_YAML.replace('{ mon-fri: "08:00-17:00" }', '{ mon-fri: "08:00-17:00", fri: "08:00-15:00" }'),
      ),
    );
    expect(issue?.message).toBe('Calendar "office" gives hours for fri twice (in "mon-fri" and "fri").');
  });

  it('reports a calendar with both hours and schedules, and one with neither', () => {
    const both = `${CALENDAR_YAML}schedules:\n  - { hours: { mon: "08:00-12:00" } }\n`;
    expect(errors(calendar(both))[0]?.message).toContain('has both "hours" and "schedules"');
    const neither = CALENDAR_YAML.replace('hours: { mon-fri: "08:00-17:00" }\n', '');
    expect(errors(calendar(neither))[0]?.message).toContain('has no working hours');
  });

  it('reports schedules whose date ranges overlap', () => {
    const text = CALENDAR_YAML.replace(
      'hours: { mon-fri: "08:00-17:00" }\n',
      'schedules:\n  - { until: 2026-06-30, hours: { mon-fri: "08:00-17:00" } }\n  - { from: 2026-06-15, hours: { mon-fri: "09:00-15:00" } }\n',
    );
    const [issue] = errors(calendar(text));
    expect(issue).toMatchObject({ code: 'KPI0319', line: 6 });
    expect(issue?.message).toContain('2026-06-15');
  });

  it('reports an unknown holiday rule through the schema', () => {
    const [issue] = errors(calendar(`${CALENDAR_YAML}holiday_rules: [sweden]\n`));
    expect(issue).toMatchObject({ code: 'KPI0103', line: 5 });
  });
});
