import { buildCalendarLookup, type CalendarModel, expandCalendar } from '@nyckeltal/spec';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, handWorkedCases } from '../../../spec/src/calendar/hand-worked-cases.js';
import { TestDb } from '../../test/duckdb-harness.js';
import { createQueryBuilder } from '../dialect/duckdb-dialect.js';
import { businessTimeBetween } from './business-time-sql.js';
import { calendarRelationName } from './calendar-relation-name.js';
import { calendarTableSql } from './calendar-table-sql.js';

// The hand-worked cases (hand-worked-cases.ts shows the arithmetic of each),
// computed by the compiled SQL on a real DuckDB whose session zone is Los Angeles.

const db = createQueryBuilder();
let duck: TestDb;

async function registerCalendar(cal: CalendarModel): Promise<void> {
  await duck.run(calendarTableSql(buildCalendarLookup(expandCalendar(cal, '2025-12-01', '2027-02-01'))));
}

async function between(cal: CalendarModel, a: string | null, b: string | null) {
  const call = (unit: 'hours' | 'minutes' | 'days') =>
    businessTimeBetween({
      fn: `business_${unit}_between`,
      unit,
      from: a === null ? sql`null::timestamptz` : sql`to_timestamp(${at(a)})`,
      to: b === null ? sql`null::timestamptz` : sql`to_timestamp(${at(b)})`,
      calendar: cal,
    });
  const query = sql`select ${call('hours')} as hours, ${call('minutes')} as minutes, ${call('days')} as days from ${sql.table(calendarRelationName(cal.id))}`;
  const [row] = await duck.run(query.compile(db));
  return row!;
}

beforeAll(async () => {
  duck = await TestDb.open();
  for (const cal of new Set(handWorkedCases.map((c) => c.calendar))) await registerCalendar(cal);
});
afterAll(() => duck.close());

describe('business time in SQL', () => {
  for (const c of handWorkedCases) {
    it(c.name, async () => {
      const row = await between(c.calendar, c.a, c.b);
      expect(row.hours).toBeCloseTo(c.seconds / 3600, 12);
      expect(row.minutes).toBeCloseTo(c.seconds / 60, 10);
      if (c.days !== undefined) expect(row.days).toBeCloseTo(c.days, 12);
    });
  }

  it('is null when either end is null', async () => {
    const cal = handWorkedCases[0]!.calendar;
    expect(await between(cal, null, '2026-04-20T09:30+02:00')).toEqual({
      hours: null,
      minutes: null,
      days: null,
    });
    expect(await between(cal, '2026-04-20T09:30+02:00', null)).toEqual({
      hours: null,
      minutes: null,
      days: null,
    });
  });

  it('is null, not a wrong number, outside the range the calendar was expanded for', async () => {
    const cal = handWorkedCases[0]!.calendar;
    // expanded 2025-12-01 … 2027-02-01; 2024 is outside
    const row = await between(cal, '2024-06-03T08:00+02:00', '2026-04-20T09:30+02:00');
    expect(row.hours).toBeNull();
  });

  it('counts each second: 08:00:00 to 08:00:01 is one second', async () => {
    const row = await between(
      handWorkedCases[0]!.calendar,
      '2026-04-20T08:00:00+02:00',
      '2026-04-20T08:00:01+02:00',
    );
    expect(Number(row.hours) * 3600).toBeCloseTo(1, 9);
    expect(at('2026-04-20T08:00:01+02:00') - at('2026-04-20T08:00:00+02:00')).toBe(1);
  });
});
