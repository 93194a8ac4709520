import { describe, expect, it } from 'vitest';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { projectFiles } from './project-fixture.js';

/** A source read from a table of the project database, so a test may fill it without `replace`. */
const EVENTS_YAML = `kind: source
id: events
from: { table: ticket_events }
time_zone: Europe/Stockholm
fields:
  ticket_id: string
  status: { type: string, values: [New, In Progress, Resolved] }
  changed_at: timestamp
  day: date
  minutes: integer
  cost: number
  public: boolean
`;

/** A valid test file (lines numbered for the position assertions below). */
const TEST_YAML = [
  'kind: test', // 1
  'id: events-basic', // 2
  'title: { en: Two events, sv: Två händelser }', // 3
  'rows:', // 4
  '  events:', // 5
  '    - { ticket_id: INC1, status: New, changed_at: "2026-10-05T08:00:00+02:00", day: 2026-10-05, minutes: 3, cost: 1.5, public: true }', // 6
  '    - { ticket_id: INC1, status: Resolved, changed_at: "2026-10-05 10:00", minutes: null }', // 7
  'expect:', // 8
  '  - { kpi: itsm.mttr, period: 2026-10, value: 2, sample: 1 }', // 9
  '  - { kpi: itsm.mttr, period: 2026, value: 2, tolerance: 0.01 }', // 10
  '',
].join('\n');

function validate(test: string, extra: ProjectFile[] = []) {
  return validateProject({
    root: '/p',
    files: projectFiles([
      { path: 'sources/events.yaml', text: EVENTS_YAML },
      { path: 'tests/events.yaml', text: test },
      ...extra,
    ]),
  });
}

/** `TEST_YAML` with one line replaced (1-based). */
function withLine(line: number, text: string): string {
  const lines = TEST_YAML.split('\n');
  lines[line - 1] = text;
  return lines.join('\n');
}

describe('kind: test files', () => {
  it('validates a correct test and normalizes it into the model with periods, grains and positions', () => {
    const { model, issues } = validate(TEST_YAML);
    expect(issues).toEqual([]);
    const test = model?.tests?.get('events-basic');
    expect(test?.title).toEqual({ en: 'Two events', sv: 'Två händelser' });
    expect(test?.rows.get('events')?.map((r) => r.origin.line)).toEqual([6, 7]);
    expect(test?.rows.get('events')?.[1]?.values).toEqual({
      ticket_id: 'INC1',
      status: 'Resolved',
      changed_at: '2026-10-05 10:00',
      minutes: null,
    });
    // `period: 2026` is a YAML number; the model holds the key as text with its grain.
    expect(test?.expect.map((e) => [e.period, e.grain, e.tolerance, e.origin.line])).toEqual([
      ['2026-10', 'month', 1e-6, 9],
      ['2026', 'year', 0.01, 10],
    ]);
    expect(test?.replace).toEqual([]);
  });

  it('reports a setting a test does not have at its key, with a suggestion', () => {
    const { issues, model } = validate(withLine(4, 'rowz:'));
    expect(model).toBeUndefined();
    expect(issues[0]).toMatchObject({ code: 'KPI0101', file: 'tests/events.yaml', line: 4, column: 1 });
    expect(issues[0]?.hint).toMatch(/^Did you mean "rows"\?/);
  });

  it('reports an expectation without a value as a missing setting', () => {
    const { issues } = validate(withLine(9, '  - { kpi: itsm.mttr, period: 2026-10 }'));
    expect(issues[0]).toMatchObject({ code: 'KPI0102', line: 9, column: 5 });
  });

  it('reports an unknown KPI at its position with the nearest id', () => {
    const { issues } = validate(withLine(9, '  - { kpi: itsm.mtr, period: 2026-10, value: 2 }'));
    // "  - { kpi: " is 11 characters, so the id starts in column 12
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0901', line: 9, column: 12, subject: 'events-basic' });
    expect(issues[0]?.hint).toMatch(/^Did you mean "itsm.mttr"\?/);
  });

  it.each([
    ['2026-13', 'is not a month (months are 01–12)'],
    ['2026-02-30', 'is not a day of the calendar'],
    ['2025-W53', 'is a week that 2025 does not have (it has 52 ISO weeks)'],
    ['2026-Q5', 'is not a quarter (quarters are Q1–Q4)'],
    ['Oct 2026', 'is not written as a day, week, month, quarter or year'],
  ])('reports the period %s as not a period', (period, detail) => {
    const { issues } = validate(withLine(9, `  - { kpi: itsm.mttr, period: "${period}", value: 2 }`));
    // "  - { kpi: itsm.mttr, period: " is 30 characters: the quoted period starts in column 31
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0902', line: 9, column: 31 });
    expect(issues[0]?.message).toBe(
      `Test "events-basic" expects KPI "itsm.mttr" in period "${period}", which ${detail}.`,
    );
  });

  it('reports the same KPI and period expected twice', () => {
    const { issues } = validate(withLine(10, '  - { kpi: itsm.mttr, period: 2026-10, value: 3 }'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0910', line: 10, column: 5 });
    expect(issues[0]?.message).toContain('in expectations 1 and 2');
  });

  it('reports an unknown field of a row at its key, naming the row and suggesting the field', () => {
    const text = withLine(7, '    - { ticket_id: INC1, statsu: Resolved }');
    const { issues } = validate(text);
    // "    - { ticket_id: INC1, " is 25 characters: "statsu" starts in column 26
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0904', line: 7, column: 26, endColumn: 32 });
    expect(issues[0]?.message).toBe(
      'Row 2 of source "events" in test "events-basic" gives "statsu", which is not a field of the source.',
    );
    expect(issues[0]?.hint).toMatch(/^Did you mean "status"\?/);
  });

  it.each([
    ['minutes: 2.5', 'minutes', 'the number 2.5', 'integer'],
    ['minutes: "3"', 'minutes', 'the text "3"', 'integer'],
    ['cost: ten', 'cost', 'the text "ten"', 'number'],
    ['public: "yes"', 'public', 'the text "yes"', 'boolean'],
    ['ticket_id: 17', 'ticket_id', 'the number 17', 'string'],
    ['changed_at: "2026-10-05T25:00"', 'changed_at', 'the text "2026-10-05T25:00"', 'timestamp'],
    ['changed_at: 2026-10-05', 'changed_at', 'the text "2026-10-05"', 'timestamp'],
    ['day: 2026-02-29', 'day', 'the text "2026-02-29"', 'date'],
  ])('reports %s as a value that does not fit its field', (pair, field, found, type) => {
    const { issues } = validate(withLine(7, `    - { ${pair} }`));
    // "    - { " is 8 characters: the value starts after "<field>: "
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0905', line: 7, column: 9 + field.length + 2 });
    expect(issues[0]?.message).toContain(`"${field}" in row 2 of source "events" is ${found}`);
    expect(issues[0]?.message).toContain(`of type ${type}`);
  });

  it('reports a value a string field does not allow, with the nearest allowed value', () => {
    const { issues } = validate(withLine(7, '    - { status: resolved }'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0906', line: 7, column: 17 });
    expect(issues[0]?.hint).toBe('Did you mean "Resolved"? The source allows: New, In Progress, Resolved.');
  });

  it('reports rows for an unknown source at its key', () => {
    const { issues } = validate(withLine(5, '  evnets:'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0903', line: 5, column: 3 });
    expect(issues[0]?.hint).toMatch(/^Did you mean "events"\?/);
  });

  it('asks for "replace" when rows are given for a source that reads a file', () => {
    const rows = ['  tickets:', '    - { id: INC1, type: incident }'].join('\n');
    const text = TEST_YAML.replace('rows:\n', `rows:\n${rows}\n`);
    const { issues } = validate(text);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0907', line: 5, column: 3 });
    expect(issues[0]?.message).toBe(
      'Test "events-basic" gives rows for source "tickets", which does not read a table but the file data/tickets.csv.',
    );
    const replaced = validate(text.replace('rows:\n', 'replace: [tickets]\nrows:\n'));
    expect(replaced.issues).toEqual([]);
    expect(replaced.model?.tests?.get('events-basic')?.replace).toEqual(['tickets']);
  });

  it('warns when "replace" names a source that reads a table, and reports an unknown one', () => {
    const { issues } = validate(TEST_YAML.replace('rows:\n', 'replace: [events, tickts]\nrows:\n'));
    expect(issues.map((i) => [i.code, i.severity, i.line, i.column])).toEqual([
      ['KPI0909', 'warning', 4, 11],
      ['KPI0903', 'error', 4, 19],
    ]);
  });

  it('reports rows given for an SLA policy, pointing to its tickets source', () => {
    const sla = [
      'kind: sla',
      'id: desk-sla',
      'source: tickets',
      'calendar: office',
      'priority: priority',
      'start: opened_at',
      'resolution: resolved_at',
      'targets: { high: { resolution: 8 } }',
      '',
    ].join('\n');
    const text = withLine(5, '  desk-sla:').replace(/ {4}- \{ ticket_id.*\n/g, '    - { id: INC1 }\n');
    const { issues } = validate(text, [{ path: 'slas/desk-sla.yaml', text: sla }]);
    const codes = issues.filter((i) => i.file === 'tests/events.yaml').map((i) => [i.code, i.line]);
    expect(codes).toEqual([['KPI0908', 5]]);
    expect(issues.find((i) => i.code === 'KPI0908')?.hint).toContain('Give the rows under "tickets"');
  });

  it('reports a test id used twice', () => {
    const { issues } = validate(TEST_YAML, [{ path: 'tests/zz-copy.yaml', text: TEST_YAML }]);
    expect(issues[0]).toMatchObject({ code: 'KPI0301', file: 'tests/zz-copy.yaml', line: 2 });
    expect(issues[0]?.message).toBe('The test id "events-basic" is also used in tests/events.yaml.');
  });
});
