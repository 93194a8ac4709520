import { describe, expect, it } from 'vitest';
import { localizeIssue } from '../src/issues/localize-issue.js';
import type { ProjectFile } from '../src/load/load-files.js';
import { validateProject } from '../src/validate-project.js';
import { kpiYaml, projectFiles } from './project-fixture.js';

// kpiYaml writes one setting per line: measure on line 10, unit on 13 ("unit: " is 6
// characters, so the value starts in column 7), targets on 15 and thresholds on 16.

function issuesOf(settings: Record<string, string>, extra: ProjectFile[] = [], strict = false) {
  const files = projectFiles([{ path: 'itsm/mttr.yaml', text: kpiYaml('itsm.mttr', settings) }, ...extra]);
  return validateProject({ root: '/p', files }, { strict }).issues;
}
const only = (code: string, settings: Record<string, string>, extra: ProjectFile[] = []) =>
  issuesOf(settings, extra).filter((i) => i.code === code);

describe('the unit fits the measure (KPI0321)', () => {
  it('warns at the unit when a share is declared in hours, naming percent', () => {
    const [issue, ...rest] = issuesOf({ measure: 'share(first_contact)' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'KPI0321',
      severity: 'warning',
      file: 'itsm/mttr.yaml',
      line: 13,
      column: 7,
      message: 'KPI "itsm.mttr" has unit "hours", but its measure share(…) gives a percent (0–100).',
      hint: 'Write unit: percent. If the unit is right, the measure is not: check it.',
    });
  });

  it('warns the other way round too: hours declared as percent', () => {
    const [issue] = only('KPI0321', { unit: 'percent' });
    expect(issue).toMatchObject({ line: 13, column: 7 });
    expect(issue?.message).toBe(
      'KPI "itsm.mttr" has unit "percent", but its measure avg(hours_between(…)) gives hours.',
    );
  });

  it('tells minutes, business days and counts apart from hours', () => {
    const unitOf = (measure: string, unit = 'hours') =>
      only('KPI0321', { measure, unit }).map((i) => i.params?.inferred);
    expect(unitOf('median(minutes_between(opened_at, resolved_at))')).toEqual(['minutes']);
    expect(unitOf("avg(business_days_between(opened_at, resolved_at, 'office'))")).toEqual(['days']);
    expect(unitOf('count(*)')).toEqual(['count']);
    expect(unitOf('count(*)', 'count')).toEqual([]);
    expect(unitOf("avg(business_hours_between(opened_at, resolved_at, 'office'))")).toEqual([]);
  });

  it('accepts nps only as a score, explaining why it is not a percent', () => {
    const nps = { measure: 'nps(reopen_count)', direction: 'higher' };
    const [issue] = only('KPI0321', { ...nps, unit: 'percent' });
    expect(issue?.message).toBe(
      'KPI "itsm.mttr" has unit "percent", but its measure nps(…) gives a score from −100 to 100.',
    );
    expect(issue?.hint).toBe(
      'Write unit: score (NPS is the percent of promoters minus the percent of detractors, so it runs from −100 to 100). If the unit is right, the measure is not: check it.',
    );
    expect(only('KPI0321', { ...nps, unit: 'score' })).toEqual([]);
  });

  it('tells a ratio of counts declared as percent to multiply by 100, and accepts it times 100', () => {
    const ratio = 'count(*) filter (where first_contact) / count(*)';
    const [issue] = only('KPI0321', { measure: ratio, unit: 'percent', direction: 'higher' });
    expect(issue?.hint).toBe(
      'Write unit: ratio, or multiply the measure by 100 to keep unit: percent. If the unit is right, the measure is not: check it.',
    );
    expect(only('KPI0321', { measure: `${ratio} * 100`, unit: 'percent' })).toEqual([]);
    expect(only('KPI0321', { measure: `${ratio} * 100`, unit: 'ratio' })[0]?.params?.inferred).toBe(
      'percent',
    );
    expect(only('KPI0321', { measure: ratio, unit: 'ratio' })).toEqual([]);
    expect(only('KPI0321', { measure: ratio, unit: 'count' })).toEqual([]);
  });

  it('reads the clocks of an SLA policy as business hours', () => {
    const sla = {
      path: 'slas/incident.yaml',
      text: 'kind: sla\nid: incident-sla\nsource: tickets\ncalendar: office\npriority: priority\nstart: opened_at\nresolution: resolved_at\ntargets: { P1: { resolution: 4 } }\n',
    };
    const onSla = (unit: string) =>
      only('KPI0321', { source: 'incident-sla', measure: 'avg(resolution_hours)', where: '', unit }, [sla]);
    expect(onSla('minutes')[0]?.message).toBe(
      'KPI "itsm.mttr" has unit "minutes", but its measure avg(resolution_hours) gives hours.',
    );
    expect(onSla('hours')).toEqual([]);
  });

  it('stays silent for arithmetic whose unit it cannot be sure of', () => {
    for (const measure of [
      'avg(hours_between(opened_at, resolved_at)) * 60',
      'avg(hours_between(opened_at, resolved_at)) / 24',
      'sum(reopen_count)',
      'avg(coalesce(hours_between(opened_at, resolved_at), 0))',
    ]) {
      expect(only('KPI0321', { measure, unit: 'minutes' }), measure).toEqual([]);
    }
  });

  it('stays silent when the measure has errors of its own', () => {
    const issues = issuesOf({ measure: 'share(first_contct)', unit: 'hours' });
    expect(issues.map((i) => i.code).sort()).toEqual(['KPI0201', 'KPI0402']);
  });

  it('is an error under --strict', () => {
    const [issue] = issuesOf({ measure: 'count(*)', unit: 'hours' }, [], true);
    expect(issue).toMatchObject({ code: 'KPI0321', severity: 'error' });
  });

  it('reads in Swedish', () => {
    const [issue] = only('KPI0321', {
      measure: 'count(*) filter (where first_contact) / count(*)',
      unit: 'percent',
    });
    const sv = localizeIssue(issue!, 'sv');
    expect(sv.message).toBe(
      'Nyckeltalet "itsm.mttr" har enheten "percent", men dess mått count(*) / count(*) ger en kvot mellan två antal (som 0,25).',
    );
    expect(sv.hint).toBe(
      'Skriv unit: ratio, eller multiplicera måttet med 100 för att behålla unit: percent. Om enheten stämmer är det måttet som är fel: kontrollera det.',
    );
  });
});

// In `targets: [{ value: 12, … }]` the value starts in column 20 ("targets: [{ value: " is
// 19 characters); in a block list item `  - { value: 8, … }` in column 14.
const YEAR_2026 = 'from: 2026-01-01, until: 2026-12-31';
const target = (value: number) => `[{ value: ${value}, ${YEAR_2026} }]`;

describe('the target and the green threshold agree (KPI0322, KPI0323)', () => {
  it('warns when a value that misses a lower-is-better target is still green', () => {
    const issues = issuesOf({ targets: target(12), thresholds: '{ green: 16, amber: 20 }' });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'KPI0322',
        severity: 'warning',
        line: 15,
        column: 20,
        // halfway: (12 + 16) / 2 = 14, above the target 12 and at most green 16
        message:
          'Target 1 of KPI "itsm.mttr" is 12, but the green threshold is 16, so a value of 14 misses the target and is still green.',
        hint: 'Status comes from the thresholds when a KPI has them; the target is only shown beside the value. Set green to 12 so that green means on target, or change the target to 16.',
      }),
    ]);
  });

  it('warns when a value that misses a higher-is-better target is still green', () => {
    const higher = { direction: 'higher', targets: target(80), thresholds: '{ green: 70, amber: 60 }' };
    // (80 + 70) / 2 = 75: below the target 80, at least green 70
    expect(only('KPI0322', higher)[0]?.message).toBe(
      'Target 1 of KPI "itsm.mttr" is 80, but the green threshold is 70, so a value of 75 misses the target and is still green.',
    );
  });

  it('warns when a value that meets the target is amber, without touching amber when it need not move', () => {
    const [issue] = only('KPI0323', { targets: target(10), thresholds: '{ green: 8, amber: 12 }' });
    expect(issue).toMatchObject({ line: 15, column: 20, severity: 'warning' });
    // (10 + 8) / 2 = 9: at most the target 10, above green 8, at most amber 12
    expect(issue?.message).toBe(
      'Target 1 of KPI "itsm.mttr" is 10, but the green threshold is 8, so a value of 9 meets the target and is still amber.',
    );
    expect(issue?.hint).toBe(
      'Status comes from the thresholds when a KPI has them; the target is only shown beside the value. Set green to 10, or change the target to 8.',
    );
  });

  it('says a met target can be red, and that amber must move with green', () => {
    const [lower] = only('KPI0323', { targets: target(20), thresholds: '{ green: 8, amber: 12 }' });
    // (20 + 8) / 2 = 14 > amber 12: red; green 20 needs amber at least 20
    expect(lower?.message).toContain('so a value of 14 meets the target and is still red.');
    expect(lower?.hint).toContain('Set green to 20 and amber to at least 20, or change the target to 8.');
    const higher = { direction: 'higher', targets: target(60), thresholds: '{ green: 70, amber: 65 }' };
    const [issue] = only('KPI0323', higher);
    // (60 + 70) / 2 = 65 ≥ amber 65: amber; green 60 needs amber at most 60
    expect(issue?.message).toContain('so a value of 65 meets the target and is still amber.');
    expect(issue?.hint).toContain('Set green to 60 and amber to at most 60, or change');
  });

  it('writes the value in between without binary noise', () => {
    const [issue] = only('KPI0322', { targets: target(0.1), thresholds: '{ green: 0.2, amber: 0.3 }' });
    // (0.1 + 0.2) / 2 is 0.15000000000000002 in binary floating point
    expect(issue?.params?.example).toBe(0.15);
  });

  it('compares the thresholds with the newest target only, pointing at it', () => {
    const block = (a: number, b: number) =>
      `\n  - { value: ${a}, from: 2025-01-01, until: 2025-12-31 }\n  - { value: ${b}, ${YEAR_2026} }`;
    // 2025's easier target of 10 is history: the thresholds describe 2026's 8
    expect(issuesOf({ targets: block(10, 8), thresholds: '{ green: 8, amber: 12 }' })).toEqual([]);
    const [issue] = only('KPI0323', { targets: block(8, 10), thresholds: '{ green: 8, amber: 12 }' });
    expect(issue).toMatchObject({ line: 17, column: 14 });
    expect(issue?.message).toMatch(/^Target 2 of KPI "itsm.mttr" is 10,/);
  });

  it('takes a dated target as newer than one without dates', () => {
    const targets = `[{ value: 8 }, { value: 10, ${YEAR_2026} }]`;
    expect(only('KPI0323', { targets, thresholds: '{ green: 10, amber: 12 }' })).toEqual([]);
    expect(only('KPI0323', { targets, thresholds: '{ green: 8, amber: 12 }' })[0]?.params?.index).toBe(2);
  });

  it('stays silent when target and green agree, without thresholds, and for thresholds the wrong way round', () => {
    expect(issuesOf({ targets: target(8), thresholds: '{ green: 8, amber: 12 }' })).toEqual([]);
    expect(issuesOf({ targets: target(5), thresholds: '' })).toEqual([]);
    const wrongWay = issuesOf({ targets: target(5), thresholds: '{ green: 12, amber: 8 }' });
    expect(wrongWay.map((i) => i.code)).toEqual(['KPI0309']);
  });

  it('reads in Swedish', () => {
    const [issue] = only('KPI0323', { targets: target(20), thresholds: '{ green: 8, amber: 12 }' });
    const sv = localizeIssue(issue!, 'sv');
    expect(sv.message).toBe(
      'Mål 1 för nyckeltalet "itsm.mttr" är 20, men gränsen för grönt är 8, så värdet 14 når målet och är ändå rött.',
    );
    expect(sv.hint).toBe(
      'Status kommer från tröskelvärdena när nyckeltalet har sådana; målet visas bara bredvid värdet. Sätt green till 20 och amber till minst 20, eller ändra målet till 8.',
    );
  });
});
