import {
  buildCalendarLookup,
  businessTimeReference,
  type CalendarModel,
  type DayInterval,
  expandCalendar,
  type Weekday,
} from '@nyckeltal/spec';
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestDb } from '../../test/duckdb-harness.js';
import { createQueryBuilder } from '../dialect/duckdb-dialect.js';
import { businessTimeBetween } from './business-time-sql.js';
import { calendarRelationName } from './calendar-relation-name.js';
import { calendarTableSql } from './calendar-table-sql.js';

// The SQL against the slow, obvious reference (businessTimeReference: day by day, Intl
// conversions, no running totals) on 10,000 random intervals over 20 random calendars:
// random hours (to the minute, several stretches a day, round-the-clock, none),
// schedule changes, listed and Swedish holidays, special and shortened days, and zones
// with daylight saving, half-hour offsets and a half-hour DST shift (Lord Howe).
// Everything is batched: one SQL query per calendar.

const zones = ['Europe/Stockholm', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const origin = { file: 'random.yaml', line: 1, column: 1 };

const dayHours: fc.Arbitrary<readonly DayInterval[]> = fc.oneof(
  { weight: 1, arbitrary: fc.constant([]) },
  { weight: 1, arbitrary: fc.constant([{ start: 0, end: 1440 }]) },
  {
    weight: 6,
    arbitrary: fc
      .uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 6 })
      .map((points) => {
        const sorted = [...points].sort((a, b) => a - b);
        const out: DayInterval[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) out.push({ start: sorted[i]!, end: sorted[i + 1]! });
        return out;
      }),
  },
);
const week = fc
  .tuple(...weekdays.map(() => dayHours))
  .map((days) => Object.fromEntries(weekdays.map((d, i) => [d, days[i]!])) as Record<Weekday, DayInterval[]>);
const date = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86400000).toISOString().slice(0, 10));

const calendar = (id: string): fc.Arbitrary<CalendarModel> =>
  fc
    .record({
      timeZone: fc.constantFrom(...zones),
      first: week,
      second: fc.option(fc.tuple(date, week), { nil: undefined }),
      holidays: fc.uniqueArray(date, { maxLength: 12 }),
      rules: fc.boolean(),
      special: fc.array(fc.tuple(date, dayHours), { maxLength: 6 }),
      beforeHoliday: fc.option(dayHours, { nil: undefined }),
    })
    .map((r) => {
      const schedules = r.second
        ? [
            {
              until: new Date(Date.parse(r.second[0]) - 86400000).toISOString().slice(0, 10),
              hours: r.first,
            },
            { from: r.second[0], hours: r.second[1] },
          ]
        : [{ hours: r.first }];
      return {
        id,
        timeZone: r.timeZone,
        schedules,
        holidays: r.holidays,
        holidayRules: r.rules ? ['se'] : [],
        specialDays: Object.fromEntries(r.special),
        ...(r.beforeHoliday && { beforeHolidayHours: r.beforeHoliday }),
        origin,
      };
    });

// Mostly short tickets, some weeks long, a few over a year; ends sometimes missing or reversed.
const duration = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 3 * 86400 }) },
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 30 * 86400 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 * 86400 }) },
  { weight: 1, arbitrary: fc.integer({ min: -86400, max: 0 }) },
);
const interval = fc
  .record({
    a: fc.integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2027, 11, 31) / 1000 }),
    d: duration,
    missing: fc.integer({ min: 0, max: 40 }),
  })
  .map(({ a, d, missing }) => ({ a: missing === 0 ? null : a, b: missing === 1 ? null : a + d }));

const calendarCount = 20;
const perCalendar = 500;
const seed = 20260409;
const cases = fc
  .sample(fc.tuple(...Array.from({ length: calendarCount }, (_, i) => calendar(`random-${i}`))), {
    numRuns: 1,
    seed,
  })[0]!
  .map((cal, i) => ({
    cal,
    intervals: fc.sample(interval, { numRuns: perCalendar, seed: seed + i }),
  }));

const db = createQueryBuilder();
let duck: TestDb;
beforeAll(async () => {
  duck = await TestDb.open();
});
afterAll(() => duck.close());

describe('business time in SQL against the reference', () => {
  it(`agrees on ${calendarCount * perCalendar} random intervals over ${calendarCount} random calendars`, {
    timeout: 180_000,
  }, async () => {
    const mismatches: string[] = [];
    let nonZero = 0;
    for (const { cal, intervals } of cases) {
      await duck.run(calendarTableSql(buildCalendarLookup(expandCalendar(cal, '2024-12-01', '2029-03-01'))));
      const list = (xs: readonly (number | null)[]) => xs.map((x) => (x === null ? '' : String(x))).join(',');
      // The intervals travel as two bound texts, unnested in step: one query per calendar.
      const call = (unit: 'hours' | 'days') =>
        businessTimeBetween({
          fn: `business_${unit}_between`,
          unit,
          from: sql.ref('t.a'),
          to: sql.ref('t.b'),
          calendar: cal,
        });
      const query = sql`
        select t.n, ${call('hours')} as hours, ${call('days')} as days
        from (select generate_subscripts(xs, 1) as n, to_timestamp(nullif(unnest(xs), '')::bigint) as a,
                     to_timestamp(nullif(unnest(ys), '')::bigint) as b
              from (select string_split(${list(intervals.map((i) => i.a))}, ',') as xs,
                           string_split(${list(intervals.map((i) => i.b))}, ',') as ys)) t,
             ${sql.table(calendarRelationName(cal.id))}
        order by t.n`;
      const rows = await duck.run(query.compile(db));
      expect(rows.length).toBe(intervals.length);
      rows.forEach((row, k) => {
        const { a, b } = intervals[k]!;
        const want = a === null || b === null ? null : businessTimeReference(cal, a, b);
        const gotSeconds = row.hours === null ? null : Number(row.hours) * 3600;
        const ok =
          want === null
            ? row.hours === null && row.days === null
            : gotSeconds !== null &&
              Math.abs(gotSeconds - want.seconds) < 1e-6 &&
              Math.abs(Number(row.days) - want.days) < 1e-9;
        if (want && want.seconds > 0) nonZero++;
        if (!ok && mismatches.length < 5) {
          mismatches.push(
            `${cal.id} (${cal.timeZone}) a=${a} b=${b}: sql ${gotSeconds}s/${row.days}d, reference ${JSON.stringify(want)}`,
          );
        }
      });
    }
    expect(mismatches).toEqual([]);
    // The sample must exercise real working time, not mostly zeros.
    expect(nonZero).toBeGreaterThan(calendarCount * perCalendar * 0.5);
  });
});
