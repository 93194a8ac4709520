import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TempRepo } from './diff-repo.js';
import { deskSlaYaml, mttrNetYaml, officeYaml, slaDeskProject, slaMetYaml } from './diff-sla-fixture.js';
import { expectGolden } from './expect-golden.js';
import { runCli } from './run-cli.js';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** main has the SLA desk project (plus `base` files); branch `feature` one more commit with `change`. */
function pullRequest(
  change: Record<string, string | null>,
  base: Record<string, string | null> = {},
): TempRepo {
  const made = createRepo({ ...slaDeskProject(), ...base });
  made.commit('SLA desk KPIs');
  made.branch('feature');
  made.write(change);
  made.commit('The change under review');
  repo = made;
  return made;
}

interface JsonReport {
  ok: boolean;
  changes: {
    kind: string;
    id: string;
    change: string;
    breaking: boolean;
    fields: { field: string; before?: string; after?: string; breaking: boolean }[];
  }[];
  issues: { code: string; file?: string; line?: number; message: string; hint?: string }[];
  values: { kpi: string; rows: { period: string; before: number | null; after: number | null }[] }[];
  sql: { kpi: string; diff: string }[];
}

async function diffJson(r: TempRepo) {
  const run = await runCli(['diff', '--format', 'json', '--periods', '2'], { cwd: r.dir });
  return { code: run.code, report: JSON.parse(run.stdout) as JsonReport };
}

const fieldsOf = (report: JsonReport, id: string) =>
  report.changes.find((c) => c.id === id)?.fields.map((f) => [f.field, f.before, f.after, f.breaking]);

describe('kpi diff with SLA policies and calendars', () => {
  it('fails an SLA target change for a KPI reading the verdicts that keeps its version', async () => {
    const r = pullRequest({ 'kpis/slas/desk-sla.yaml': deskSlaYaml({ p2Resolution: 10 }) });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    // itsm.mttr-net reads the policy too, but only resolution_hours, which no target moves.
    expect(report.changes.map((c) => [c.kind, c.id, c.change, c.breaking])).toEqual([
      ['kpi', 'itsm.sla-met', 'changed', true],
      ['sla', 'desk-sla', 'changed', true],
    ]);
    expect(fieldsOf(report, 'desk-sla')).toEqual([
      ['targets.P2', 'response 2 h, resolution 8 h', 'response 2 h, resolution 10 h', true],
    ]);
    expect(fieldsOf(report, 'itsm.sla-met')).toEqual([
      ['sla.desk-sla.targets.P2', 'response 2 h, resolution 8 h', 'response 2 h, resolution 10 h', true],
    ]);
    expect(report.issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['KPI0700', 'kpis/itsm/sla-met.yaml', 3],
    ]);
    expect(report.issues[0]?.message).toContain('(sla.desk-sla.targets.P2)');
    expect(report.issues[0]?.hint).toContain('Set version: 2 in kpis/itsm/sla-met.yaml');
    const md = await runCli(['diff', '--format', 'markdown', '--periods', '2'], { cwd: r.dir });
    expect(md.code).toBe(1);
    expectGolden('sla-target-no-bump.md', md.stdout);
  });

  it('accepts the target change once the compliance KPI is bumped, and shows the compliance it moves', async () => {
    const r = pullRequest({
      'kpis/slas/desk-sla.yaml': deskSlaYaml({ p2Resolution: 10 }),
      'kpis/itsm/sla-met.yaml': slaMetYaml(2),
    });
    const { code, report } = await diffJson(r);
    expect(code).toBe(0);
    expect(report.issues).toEqual([]);
    // Feb: T0 met → 1 / 1 = 100 % both ways. Mar: T1, T2 met, T3 breached, T4's 9 h
    // breaches the 8 h target (2 / 4 = 50 %) but meets 10 h (3 / 4 = 75 %).
    expect(report.values.find((v) => v.kpi === 'itsm.sla-met')?.rows).toEqual([
      { period: '2026-02', before: 100, after: 100 },
      { period: '2026-03', before: 50, after: 75 },
    ]);
    expect(report.values.map((v) => v.kpi)).toEqual(['itsm.sla-met']);
    // The KPI's own query is the same; the policy's clocks query shows the new target.
    const slaMetSql = report.sql.find((s) => s.kpi === 'itsm.sla-met')?.diff ?? '';
    expect(slaMetSql).toMatch(/^-.*= 8$/m);
    expect(slaMetSql).toMatch(/^\+.*= 10$/m);
    const text = await runCli(['diff', '--periods', '2'], { cwd: r.dir });
    expect(text.code).toBe(0);
    expectGolden('sla-target-bumped.txt', text.stdout);
  });

  it('asks every KPI on the policy for a bump when its pause states change, and accepts the bumps', async () => {
    const r = pullRequest({
      'kpis/slas/desk-sla.yaml': deskSlaYaml({ pauseStates: 'On hold' }),
      'kpis/itsm/mttr-net.yaml': mttrNetYaml(2),
    });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    expect(fieldsOf(report, 'desk-sla')).toEqual([['pauses.states', 'Awaiting user', 'On hold', true]]);
    expect(report.issues.map((i) => [i.code, i.file, i.hint])).toEqual([
      [
        'KPI0700',
        'kpis/itsm/sla-met.yaml',
        'Set version: 2 in kpis/itsm/sla-met.yaml, so readers of old and new numbers can tell them apart.',
      ],
    ]);
    // "Awaiting user" no longer pauses T2: response 2 + 1 = 3 h, resolution 2 + 6 = 8 h.
    // Net resolution, Mar: (3 + 6.5 + 12 + 9) / 4 = 7.625 → (3 + 8 + 12 + 9) / 4 = 8.
    expect(report.values.find((v) => v.kpi === 'itsm.mttr-net')?.rows[1]).toEqual({
      period: '2026-03',
      before: 7.625,
      after: 8,
    });
    // Met, Mar: T2's 3 h breaches P2's 2 h response target → T1 alone, 1 / 4 = 25 %.
    expect(report.values.find((v) => v.kpi === 'itsm.sla-met')?.rows[1]).toEqual({
      period: '2026-03',
      before: 50,
      after: 25,
    });
    r.write({ 'kpis/itsm/sla-met.yaml': slaMetYaml(2) });
    r.commit('Bump SLA met too');
    expect((await diffJson(r)).code).toBe(0);
  });

  it('breaks a business-hours KPI and the KPIs on a policy in that calendar when a holiday is added', async () => {
    const r = pullRequest({ 'kpis/calendars/office.yaml': officeYaml('[2026-01-01, 2026-03-11]') });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    expect(report.changes.map((c) => [c.kind, c.id, c.breaking])).toEqual([
      ['kpi', 'itsm.frt-bh', true],
      ['kpi', 'itsm.mttr-net', true],
      ['kpi', 'itsm.sla-met', true],
      ['calendar', 'office', true],
    ]);
    expect(fieldsOf(report, 'office')).toEqual([['holidays.2026-03-11', undefined, 'day off', true]]);
    expect(fieldsOf(report, 'itsm.mttr-net')).toEqual([
      ['calendar.office.holidays.2026-03-11', undefined, 'day off', true],
    ]);
    expect(report.issues.map((i) => [i.code, i.file])).toEqual([
      ['KPI0700', 'kpis/itsm/frt-bh.yaml'],
      ['KPI0700', 'kpis/itsm/mttr-net.yaml'],
      ['KPI0700', 'kpis/itsm/sla-met.yaml'],
    ]);
    // With Wed 11 March off, T3 (Tue 16:00 → Thu 10:00) loses its Wednesday: response
    // Tue 1 h (was 1.5), resolution 1 + 2 = 3 h (was 12), and now meets P1's 1 h and 4 h.
    // First response by opened month, Mar: (0.5 + 3 + 1.5 + 1) / 4 = 1.5 → (0.5 + 3 + 1 + 1) / 4 = 1.375.
    // (T2's 3 h: Tue 15–17 2 h + Wed 08–09 1 h, no pause outside a policy.)
    expect(report.values.find((v) => v.kpi === 'itsm.frt-bh')?.rows).toEqual([
      { period: '2026-02', before: 0.5, after: 0.5 },
      { period: '2026-03', before: 1.5, after: 1.375 },
    ]);
    // Net resolution: Feb T0 4 h both ways; Mar (3 + 6.5 + 12 + 9) / 4 = 7.625 → (3 + 6.5 + 3 + 9) / 4 = 5.375.
    expect(report.values.find((v) => v.kpi === 'itsm.mttr-net')?.rows).toEqual([
      { period: '2026-02', before: 4, after: 4 },
      { period: '2026-03', before: 7.625, after: 5.375 },
    ]);
    // Met, Mar: T1, T2 → 2 / 4 = 50 %; T3 now met too → 3 / 4 = 75 %.
    expect(report.values.find((v) => v.kpi === 'itsm.sla-met')?.rows[1]).toEqual({
      period: '2026-03',
      before: 50,
      after: 75,
    });
    const md = await runCli(['diff', '--format', 'markdown', '--periods', '2'], { cwd: r.dir });
    expectGolden('calendar-holiday.md', md.stdout);
  });

  it('treats a vendor flag change as non-breaking: it only feeds kpi sla', async () => {
    const r = pullRequest({ 'kpis/slas/desk-sla.yaml': deskSlaYaml({ vendorFlag: 'made_sla' }) });
    const { code, report } = await diffJson(r);
    expect(code).toBe(0);
    expect(report.changes.map((c) => [c.kind, c.id, c.breaking])).toEqual([['sla', 'desk-sla', false]]);
    expect(fieldsOf(report, 'desk-sla')).toEqual([['vendor_flag', undefined, 'made_sla', false]]);
    expect(report.values).toEqual([]);
    const text = await runCli(['diff'], { cwd: r.dir });
    expectGolden('sla-vendor-flag.txt', text.stdout);
  });

  it('fails when a removed policy is still the source of a KPI, pointing at its source line', async () => {
    const r = pullRequest({ 'kpis/slas/desk-sla.yaml': null, 'kpis/itsm/sla-met.yaml': null });
    const { code, report } = await diffJson(r);
    expect(code).toBe(1);
    expect(report.changes.map((c) => [c.kind, c.id, c.change])).toEqual([
      ['kpi', 'itsm.sla-met', 'removed'],
      ['sla', 'desk-sla', 'removed'],
    ]);
    expect(report.issues.map((i) => [i.code, i.file, i.line])).toEqual([
      ['KPI0706', 'kpis/itsm/mttr-net.yaml', 9],
    ]);
    expect(report.issues[0]?.message).toBe(
      'SLA policy "desk-sla" is removed, but KPI "itsm.mttr-net" still reads it as its source.',
    );
  });

  it('lists a changed KPI test as a non-breaking change with the expectation that moved', async () => {
    const test = (value: number, sample: number) => `kind: test
id: frt
title: First response in business hours
replace: [tickets]
rows:
  tickets:
    - { id: X1, type: incident, priority: P1, opened_at: "2026-03-02 09:00", first_response_at: "2026-03-02 10:30" }
expect:
  - { kpi: itsm.frt-bh, period: 2026-03, value: ${value}, sample: ${sample} }
`;
    const r = pullRequest({ 'kpis/tests/frt.yaml': test(1.5, 1) }, { 'kpis/tests/frt.yaml': test(1, 1) });
    const { code, report } = await diffJson(r);
    expect(code).toBe(0);
    expect(report.changes.map((c) => [c.kind, c.id, c.change, c.breaking])).toEqual([
      ['test', 'frt', 'changed', false],
    ]);
    expect(fieldsOf(report, 'frt')).toEqual([
      ['expect.itsm.frt-bh 2026-03', '1 (sample 1)', '1.5 (sample 1)', false],
    ]);
  });
});
