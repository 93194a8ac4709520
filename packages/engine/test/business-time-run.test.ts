import type { CalendarModel, DayInterval, Weekday } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarsBySource } from '../src/calendar/prepare-business-time.js';
import { EngineSession } from '../src/engine-session.js';
import { runKpis } from '../src/run-kpis.js';
import { kpiModel, projectModel } from './helpers/project-model.js';
import { sourceModel } from './helpers/source-model.js';

const nine: DayInterval[] = [{ start: 8 * 60, end: 17 * 60 }];
const hours = Object.fromEntries(
  (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => [
    d,
    ['sat', 'sun'].includes(d) ? [] : nine,
  ]),
) as Record<Weekday, DayInterval[]>;
const office: CalendarModel = {
  id: 'office-9',
  timeZone: 'Europe/Stockholm',
  schedules: [{ hours }],
  holidays: [],
  holidayRules: ['se'],
  specialDays: {},
  origin: { file: 'calendars/office-9.yaml', line: 1, column: 1 },
};

// Four tickets resolved in April 2026, instants written with their offsets.
const tickets = sourceModel(
  'tickets',
  {
    kind: 'sql',
    sql: `select * from (values
      ('T1', timestamptz '2026-04-17 16:00:00+02', timestamptz '2026-04-20 09:30:00+02'),
      ('T2', timestamptz '2026-04-02 16:00:00+02', timestamptz '2026-04-07 09:00:00+02'),
      ('T3', timestamptz '2026-04-18 10:00:00+02', timestamptz '2026-04-18 15:00:00+02'),
      ('T4', timestamptz '2026-04-20 07:00:00+02', timestamptz '2026-04-20 18:00:00+02')
    ) t(id, opened_at, resolved_at)`,
  },
  { id: { type: 'string', key: true }, opened_at: 'timestamp', resolved_at: 'timestamp' },
);
const business = kpiModel(tickets, {
  id: 'k.mttr-business',
  measure: "avg(business_hours_between(opened_at, resolved_at, 'office-9'))",
  unit: 'hours',
});
const calendarHours = kpiModel(tickets, {
  id: 'k.mttr',
  measure: 'avg(hours_between(opened_at, resolved_at))',
  unit: 'hours',
});
const project = {
  ...projectModel('/nowhere', [tickets], [business, calendarHours]),
  calendars: new Map([[office.id, office]]),
};

let session: EngineSession;
beforeAll(async () => {
  session = await EngineSession.open();
});
afterAll(() => session.close());

// The same four tickets plus T5, resolved (Tue 14:00) before it was opened (Tue 15:00).
const withBackwards = sourceModel(
  'backwards',
  {
    kind: 'sql',
    sql: `select * from (values
      ('T1', timestamptz '2026-04-17 16:00:00+02', timestamptz '2026-04-20 09:30:00+02'),
      ('T2', timestamptz '2026-04-02 16:00:00+02', timestamptz '2026-04-07 09:00:00+02'),
      ('T3', timestamptz '2026-04-18 10:00:00+02', timestamptz '2026-04-18 15:00:00+02'),
      ('T4', timestamptz '2026-04-20 07:00:00+02', timestamptz '2026-04-20 18:00:00+02'),
      ('T5', timestamptz '2026-04-21 15:00:00+02', timestamptz '2026-04-21 14:00:00+02')
    ) t(id, opened_at, resolved_at)`,
  },
  { id: { type: 'string', key: true }, opened_at: 'timestamp', resolved_at: 'timestamp' },
);
const businessBackwards = kpiModel(withBackwards, {
  id: 'k.mttr-business-backwards',
  measure: "avg(business_hours_between(opened_at, resolved_at, 'office-9'))",
  unit: 'hours',
});

describe('business hours in a KPI run', () => {
  it('leaves a resolution before the opening out of the value and reports it, as calendar hours do', async () => {
    const withIt = {
      ...projectModel('/nowhere', [withBackwards], [businessBackwards]),
      calendars: new Map([[office.id, office]]),
    };
    const snapshot = await runKpis(session, withIt, ['k.mttr-business-backwards'], { history: 1 });
    const [kpi] = snapshot.kpis;
    // T5 is not counted as 0 h: the value stays (2.5 + 2 + 0 + 9) / 4 = 3.375, with 5 rows sampled.
    expect(kpi?.value).toBeCloseTo(3.375, 9);
    expect(kpi?.sample).toBe(5);
    expect(snapshot.issues).toMatchObject([{ code: 'KPI0502', kpi: 'k.mttr-business-backwards', count: 1 }]);
    expect(snapshot.issues[0]?.examples).toMatchObject([{ id: 'T5' }]);
  });

  it('averages business hours per ticket, and calendar hours beside them', async () => {
    const snapshot = await runKpis(session, project, ['k.mttr-business', 'k.mttr'], { history: 1 });
    expect(snapshot.period.key).toBe('2026-04');
    const [b, c] = snapshot.kpis;
    // T1 Fri 16:00→Mon 09:30 = 1 + 1.5 = 2.5 h; T2 Thu 16:00 before Easter→Tue 09:00 = 1 + 1 = 2 h;
    // T3 Saturday = 0 h; T4 Mon 07:00→18:00 = 9 h. (2.5 + 2 + 0 + 9) / 4 = 3.375
    expect(b?.value).toBeCloseTo(3.375, 9);
    // Calendar hours: 65.5 + 113 + 5 + 11 = 194.5; / 4 = 48.625
    expect(c?.value).toBeCloseTo(48.625, 9);
    expect(snapshot.issues).toEqual([]);
  });

  it('lays the calendar out around the data only', async () => {
    const [row] = await session.query({
      sql: 'select make_timestamp("from") as first, make_timestamp("to") as last from cal_office_9',
      parameters: [],
    });
    // data in 2026 → local dates 2025-01-01 … 2028-01-01, whole UTC days inside that
    expect(row).toEqual({ first: '2025-01-01T00:00:00.000', last: '2027-12-31T00:00:00.000' });
  });

  it('finds the calendars a KPI names in its measure', () => {
    expect(calendarsBySource([business, calendarHours])).toEqual(
      new Map([['tickets', new Set(['office-9'])]]),
    );
  });
});
