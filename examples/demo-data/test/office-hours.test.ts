import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { businessTimeReference, type CalendarModel, validateProject } from '@nyckeltal/spec';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CALENDAR } from '../src/demo-calendar.js';
import { planDemoData } from '../src/demo-options.js';
import { officeCum, officeDayEnd, officeHoursSql, officeInstant } from '../src/sql/office-hours-sql.js';
import { type DemoDb, openDemoDb, scalar } from './demo-db.js';

const KPIS = join(import.meta.dirname, '../../../kpis');

/** The catalog's se-office calendar, normalized by spec from kpis/calendars/se-office.yaml. */
async function catalogCalendar(): Promise<CalendarModel> {
  const path = 'calendars/se-office.yaml';
  const text = await readFile(join(KPIS, path), 'utf8');
  const calendar = validateProject({ root: KPIS, files: [{ path, text }] }).model?.calendars.get('se-office');
  if (!calendar) throw new Error('kpis/calendars/se-office.yaml did not normalize');
  return calendar;
}

describe('the demo calendar', () => {
  it('is the catalog’s se-office calendar', async () => {
    const { origin: _ours, ...ours } = DEMO_CALENDAR;
    const { origin: _theirs, ...theirs } = await catalogCalendar();
    expect(ours).toEqual(theirs);
  });
});

describe('placing working time on the office clock in SQL', () => {
  let instance: DuckDBInstance;
  /** `expr` evaluated with `_office` as `o`, for x = the instant `at` (Stockholm wall clock). */
  let at: (expr: (x: string) => string, wall: string) => Promise<string>;
  const H = 3_600_000_000; // µs in an hour

  beforeAll(async () => {
    instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run("set TimeZone = 'Europe/Stockholm'");
    await connection.run(officeHoursSql(planDemoData({ file: 'unused', start: '2025-11-01', months: 14 })));
    at = async (expr, wall) => {
      const x = `epoch_us(timestamptz '${wall}')`;
      const sql = `select strftime(make_timestamptz(${expr(x)}), '%a %Y-%m-%d %H:%M') as t from _office o`;
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
      return String(rows[0]?.t);
    };
  });
  afterAll(() => instance.closeSync());

  const plus = (hours: number) => (x: string) => officeInstant(`${officeCum(x)} + ${hours * H}`);

  it('moves a ticket from Friday afternoon to Monday morning', async () => {
    // Friday closes at 15:00: 14:30 + 2 working hours = 0.5 h on Friday + 1.5 h from Monday 08:00
    expect(await at(plus(2), '2026-03-13 14:30')).toBe('Mon 2026-03-16 09:30');
    // opened after closing on Friday: all 2 hours fall on Monday, 08:00–10:00
    expect(await at(plus(2), '2026-03-13 16:30')).toBe('Mon 2026-03-16 10:00');
  });

  it('skips the lunch break, the night, Easter and the change to summer time', async () => {
    // Thursday 11:30 + 1 h = 0.5 h before lunch + 0.5 h after 13:00
    expect(await at(plus(1), '2026-03-12 11:30')).toBe('Thu 2026-03-12 13:30');
    // Thursday 16:00 before Easter + 2 h: 1 h on Thursday; Good Friday and Easter Monday are off
    expect(await at(plus(2), '2026-04-02 16:00')).toBe('Tue 2026-04-07 09:00');
    // Friday 27 March 14:00 (CET) + 2 h: 1 h on Friday, then Monday 08:00 (CEST) + 1 h
    expect(await at(plus(2), '2026-03-27 14:00')).toBe('Mon 2026-03-30 09:00');
  });

  it('follows the summer hours and sends out-of-hours instants to the next opening', async () => {
    // summer schedule from 22 June 2026: 09:00–15:00, so 08:00 + 1 h is 10:00
    expect(await at(plus(1), '2026-06-22 08:00')).toBe('Mon 2026-06-22 10:00');
    // no working time has passed at 20:00: the clock resumes at 08:00 the next morning
    expect(await at(plus(0), '2026-03-09 20:00')).toBe('Tue 2026-03-10 08:00');
  });

  it('knows when each working day ends', async () => {
    const dayEnd = (x: string) => officeDayEnd(officeCum(x));
    expect(await at(dayEnd, '2026-03-13 09:00')).toBe('Fri 2026-03-13 15:00');
    expect(await at(dayEnd, '2026-03-12 09:00')).toBe('Thu 2026-03-12 17:00');
    // the shortened day before Christmas Eve
    expect(await at(dayEnd, '2026-12-23 09:00')).toBe('Wed 2026-12-23 13:00');
  });
});

/** SQL: is the Stockholm wall-clock time of `t` inside the se-office hours (holidays aside)? */
function inOfficeHours(t: string): string {
  const minute = `(hour(${t}) * 60 + minute(${t}))`;
  const summer = `${t}::date between date '2026-06-22' and date '2026-08-09'`;
  return `(case when ${summer} then isodow(${t}) <= 5 and ${minute} between 540 and 899
    else (isodow(${t}) <= 4 and (${minute} between 480 and 719 or ${minute} between 780 and 1019))
      or (isodow(${t}) = 5 and ${minute} between 480 and 899) end)`;
}

// 10,000 tickets, so that the ~100 critical incidents say something.
describe('the demo service desk works office hours', () => {
  let db: DemoDb;
  beforeAll(async () => {
    db = await openDemoDb({ tickets: 10_000 });
  });
  afterAll(async () => {
    await db.close();
  });

  it('records the times placed on the office clock in whole seconds', async () => {
    const fraction = (t: string) => `coalesce(epoch_us(${t}) % 1000000 <> 0, false)::int`;
    const tickets = await scalar(
      db,
      `select sum(${fraction('first_response_at')} + ${fraction('resolved_at')} + ${fraction('closed_at')}) from tickets`,
    );
    expect(tickets).toBe(0);
    expect(await scalar(db, `select sum(${fraction('event_at')}) from ticket_events`)).toBe(0);
  });

  it('resolves most tickets that are not critical in office hours, a few in the evening', async () => {
    const [row] = await db.query(
      `select avg(${inOfficeHours('resolved_at')}::int) as office,
         avg((isodow(resolved_at) <= 5 and hour(resolved_at) between 15 and 22 and not ${inOfficeHours('resolved_at')})::int)
           as evening
       from tickets where resolved_at is not null and priority <> '1 - Critical'`,
    );
    // 4 % are finished in the evening and a quarter of the ~15 % calls and chats opened out of hours
    // are answered (and, at first contact, resolved) at once: about 95 % in office hours
    expect(Number(row?.office)).toBeGreaterThan(0.9);
    expect(Number(row?.evening)).toBeGreaterThan(0.02);
    expect(Number(row?.evening)).toBeLessThan(0.07);
  });

  it('answers written tickets in office hours, but some calls and chats at any time', async () => {
    const outside = (channels: string) =>
      scalar(
        db,
        `select avg((not ${inOfficeHours('first_response_at')})::int) from tickets
         where first_response_at is not null and priority <> '1 - Critical' and channel in (${channels})`,
      );
    expect(await outside(`'portal', 'email'`)).toBeLessThan(0.005);
    const live = await outside(`'phone', 'chat'`);
    expect(live).toBeGreaterThan(0.005);
    expect(live).toBeLessThan(0.1);
  });

  it('works critical incidents around the clock', async () => {
    const outside = await scalar(
      db,
      `select avg((not ${inOfficeHours('resolved_at')})::int) from tickets
       where resolved_at is not null and priority = '1 - Critical'`,
    );
    // opened at any hour (15 % out of hours) and resolved about an hour later, nights included
    expect(outside).toBeGreaterThan(0.1);
  });

  it('gives incidents a mean time to resolve in business hours a fraction of the calendar hours', async () => {
    const rows = await db.query(
      `select epoch(opened_at) as a, epoch(resolved_at) as b from tickets
       where type = 'incident' and resolved_at is not null and priority <> '1 - Critical'`,
    );
    const calendar = await catalogCalendar();
    let calendarHours = 0;
    let businessHours = 0;
    for (const r of rows) {
      const a = Number(r.a);
      const b = Number(r.b);
      calendarHours += (b - a) / 3600;
      businessHours += businessTimeReference(calendar, a, b).seconds / 3600;
    }
    const ratio = calendarHours / businessHours;
    // An office week has 39 working hours of 168; work carried over nights and weekends makes
    // calendar time several times business time (2 working hours from Friday 14:00 are 67 h),
    // work finished the same day keeps it near 1. Seed 42: 20.8 calendar h against 4.2 business h.
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(6);
  });
});
