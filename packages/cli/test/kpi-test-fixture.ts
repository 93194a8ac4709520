import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A KPI definition with everything `kpi validate` needs; `extra` lines are appended. */
function kpi(id: string, source: string, measure: string, time: string, unit: string, extra = ''): string {
  return [
    'kind: kpi',
    `id: ${id}`,
    'version: 1',
    `title: { en: ${id} title, sv: ${id} titel }`,
    'description: A KPI of the kpi test fixture.',
    'category: itsm',
    'level: process',
    'owner: { name: Desk lead, team: service-desk }',
    `source: ${source}`,
    `measure: ${measure}`,
    `time: ${time}`,
    `unit: ${unit}`,
    'direction: lower',
    extra,
  ].join('\n');
}

/**
 * The test file, line by line: the expectations' line numbers are asserted in the tests.
 *
 * Tickets (Stockholm, UTC+2 in October, UTC+1 from 25 October):
 *   T1 incident 5 Oct 08:00 → 10:00                                     = 2 h, October
 *   T2 incident 6 Oct 09:00 (wall-clock, no offset) → 15:00+02:00         = 6 h, October
 *      (read as UTC the opening would be 11:00+02:00 and the duration 4 h)
 *   T3 request  7 Oct: left out by the KPI's where
 *   T4 incident 2 Nov 08:00+01:00 → 10:00+01:00                          = 2 h, November
 * Survey answers (a file source the test replaces): 4, 5 and 2 in October.
 */
export const TEST_FILE = [
  'kind: test', // 1
  'id: desk', // 2
  'title: Fixture desk', // 3
  'replace: [surveys]', // 4
  'rows:', // 5
  '  tickets:', // 6
  '    - { id: T1, type: incident, opened_at: "2026-10-05T08:00:00+02:00", resolved_at: "2026-10-05T10:00:00+02:00" }', // 7
  '    - { id: T2, type: incident, opened_at: "2026-10-06 09:00", resolved_at: "2026-10-06T15:00:00+02:00" }', // 8
  '    - { id: T3, type: request, opened_at: "2026-10-07T09:00:00+02:00", resolved_at: "2026-10-07T19:00:00+02:00" }', // 9
  '    - { id: T4, type: incident, opened_at: "2026-11-02T08:00:00+01:00", resolved_at: "2026-11-02T10:00:00+01:00" }', // 10
  '  surveys:', // 11
  '    - { score: 4, answered_at: "2026-10-05T12:00:00+02:00" }', // 12
  '    - { score: 5, answered_at: "2026-10-06T12:00:00+02:00" }', // 13
  '    - { score: 2, answered_at: "2026-10-07T12:00:00+02:00" }', // 14
  'expect:', // 15
  '  # incidents resolved in October: T1 2 h, T2 6 h → (2 + 6) / 2 = 4', // 16
  '  - { kpi: itsm.mttr, period: 2026-10, value: 4, sample: 2 }', // 17
  '  # the quarter adds T4 (2 h): (2 + 6 + 2) / 3 = 10 / 3 = 3.333…', // 18
  '  - { kpi: itsm.mttr, period: 2026-Q4, value: 3.3333333, sample: 3 }', // 19
  '  # (4 + 5 + 2) / 3 = 11 / 3 = 3.666…', // 20
  '  - { kpi: cx.score, period: 2026-10, value: 3.6666667, sample: 3 }', // 21
  '',
].join('\n');

const FILES: Readonly<Record<string, string>> = {
  'nyckeltal.yaml': 'kind: project\nname: kpi test fixture\n',
  'sources/tickets.yaml': [
    'kind: source',
    'id: tickets',
    'from: { table: tickets }',
    'time_zone: Europe/Stockholm',
    'fields:',
    '  id: { type: string, key: true }',
    '  type: { type: string, values: [incident, request] }',
    '  opened_at: timestamp',
    '  resolved_at: timestamp',
    '',
  ].join('\n'),
  // The file does not exist: the test must never read it.
  'sources/surveys.yaml': [
    'kind: source',
    'id: surveys',
    'from: { file: data/surveys.csv }',
    'time_zone: Europe/Stockholm',
    'fields:',
    '  score: integer',
    '  answered_at: timestamp',
    '',
  ].join('\n'),
  'itsm/mttr.yaml': kpi(
    'itsm.mttr',
    'tickets',
    'avg(hours_between(opened_at, resolved_at))',
    'resolved_at',
    'hours',
    "where: type = 'incident'\n",
  ),
  'cx/score.yaml': kpi('cx.score', 'surveys', 'avg(score)', 'answered_at', 'score', ''),
  'tests/desk.yaml': TEST_FILE,
};

/**
 * Writes the fixture project to a fresh temporary folder, with `tests/desk.yaml` edited
 * by `edit` when given, and returns the folder.
 *
 * @example
 * const dir = writeKpiTestProject((text) => text.replace('value: 4,', 'value: 5,'));
 */
export function writeKpiTestProject(edit: (testFile: string) => string = (t) => t): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-test-fixture-'));
  for (const [path, text] of Object.entries(FILES)) {
    const file = join(dir, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, path === 'tests/desk.yaml' ? edit(text) : text);
  }
  return dir;
}
