import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { kpi, project, source, tickets } from '../test/fixture-project.js';
import type { BusinessTimeSql } from './measure/expr-context.js';
import { planKpis } from './plan-kpis.js';

const surveys = source(
  'cx.surveys',
  { id: 'string', answered_at: 'timestamp', score: 'integer' },
  'Europe/Oslo',
);
const p = project(
  [
    kpi({ id: 'itsm.volume', measure: 'count(*)', time: 'opened_at' }),
    kpi({ id: 'itsm.mttr', measure: 'avg(hours_between(opened_at, resolved_at))', breakdowns: ['priority'] }),
    kpi({ id: 'itsm.fcr', measure: 'share(reopen_count = 0)' }),
    kpi({ id: 'cx.nps', measure: 'nps(score)', time: 'answered_at', source: surveys }),
    kpi({ id: 'cx.csat', measure: 'top_box(score, 4)', time: 'answered_at', source: surveys }),
    kpi({
      id: 'itsm.frt-business',
      measure: "avg(business_hours_between(opened_at, first_response_at, 'se-office'))",
    }),
  ],
  [tickets, surveys],
);

describe('planKpis', () => {
  it('makes one query per source, however many KPIs read it, each scanning its source once', () => {
    const plan = planKpis(p, {
      kpis: ['itsm.volume', 'cx.nps', 'itsm.mttr', 'itsm.fcr', 'cx.csat'],
      grain: 'month',
    });
    expect(plan.queries.map((q) => [q.source, q.kpis.map((k) => k.kpi)])).toEqual([
      ['tickets', ['itsm.volume', 'itsm.mttr', 'itsm.fcr']],
      ['cx.surveys', ['cx.nps', 'cx.csat']],
    ]);
    for (const q of plan.queries) {
      expect(q.query.sql.match(/\bfrom "src_/g)).toHaveLength(1);
      expect(q.query.sql.match(/\bselect\b/g)).toHaveLength(2); // the rows CTE and the aggregate
    }
    expect(plan.queries[1]!.query.sql).toContain('from "src_cx_surveys"');
    expect(plan.queries[1]!.query.parameters[0]).toBe('Europe/Oslo');
  });

  it('names result columns after the KPI and sets numerator, denominator and negative only where they apply', () => {
    const [q] = planKpis(p, { kpis: ['itsm.mttr', 'itsm.fcr'], grain: 'week' }).queries;
    expect(q?.kpis).toEqual([
      {
        kpi: 'itsm.mttr',
        value: 'itsm.mttr:value',
        sample: 'itsm.mttr:sample',
        negative: 'itsm.mttr:negative',
        timeField: 'resolved_at',
        grouping: 'resolved_at',
      },
      {
        kpi: 'itsm.fcr',
        value: 'itsm.fcr:value',
        sample: 'itsm.fcr:sample',
        numerator: 'itsm.fcr:numerator',
        denominator: 'itsm.fcr:denominator',
        timeField: 'resolved_at',
        grouping: 'resolved_at',
      },
    ]);
    expect(q?.grain).toBe('week');
    expect(q?.query.sql).toContain(`date_trunc('week'`);
  });

  it('plans each KPI once when the request names it twice', () => {
    const plan = planKpis(p, { kpis: ['itsm.fcr', 'itsm.fcr'], grain: 'day' });
    expect(plan.queries[0]?.kpis.map((k) => k.kpi)).toEqual(['itsm.fcr']);
  });

  it('lists a business-time KPI as unsupported, without computing it, when no calendar SQL is given', () => {
    const plan = planKpis(p, { kpis: ['itsm.frt-business', 'itsm.fcr'], grain: 'month' });
    expect(plan.unsupported).toEqual([
      {
        kpi: 'itsm.frt-business',
        reason: 'unknown-calendar',
        fn: 'business_hours_between',
        calendar: 'se-office',
      },
    ]);
    expect(plan.queries[0]?.kpis.map((k) => k.kpi)).toEqual(['itsm.fcr']);
    const withCalendar = {
      ...p,
      calendars: new Map([
        [
          'se-office',
          {
            id: 'se-office',
            timeZone: 'Europe/Stockholm',
            schedules: [],
            holidays: [],
            holidayRules: [],
            specialDays: {},
            origin: tickets.origin,
          },
        ],
      ]),
    };
    const noSql = planKpis(withCalendar, { kpis: ['itsm.frt-business'], grain: 'month' });
    expect(noSql.unsupported.map((u) => u.reason)).toEqual(['business-time-not-available']);
    expect(noSql.queries).toEqual([]);
  });

  it('hands business time to the calendar SQL extension, with its CTEs before the rows', () => {
    const businessTime: BusinessTimeSql = {
      between: (call) => sql`business_seconds(${call.from}, ${call.to}, ${call.calendar.id}) / 3600.0`,
      ctes: (calendars) => calendars.map((c) => ({ name: `calendar_${c.id}`, query: sql`select 1 as x` })),
    };
    const withCalendar = {
      ...p,
      calendars: new Map([
        [
          'se-office',
          {
            id: 'se-office',
            timeZone: 'Europe/Stockholm',
            schedules: [],
            holidays: [],
            holidayRules: [],
            specialDays: {},
            origin: tickets.origin,
          },
        ],
      ]),
    };
    const plan = planKpis(withCalendar, { kpis: ['itsm.frt-business'], grain: 'month' }, { businessTime });
    expect(plan.unsupported).toEqual([]);
    const text = plan.queries[0]!.query.sql;
    expect(text).toContain('with "tickets_rows" as (');
    expect(text).toContain('"calendar_se-office" as (');
    // A negative duration is left out (null) and counted, as for calendar-time durations.
    expect(text).toContain('avg(case when "first_response_at" >= "opened_at" then business_seconds(');
    expect(plan.queries[0]!.query.parameters).toContain('se-office');
  });

  it('treats an unknown KPI id as the caller’s bug', () => {
    expect(() => planKpis(p, { kpis: ['nope'], grain: 'month' })).toThrow(/unknown KPI "nope"/);
  });
});
