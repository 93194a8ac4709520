import { buildCalendarLookup, expandCalendar } from '@nyckeltal/spec';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { office9 } from '../../../spec/src/calendar/hand-worked-cases.js';
import { TestDb } from '../../test/duckdb-harness.js';
import { createQueryBuilder } from '../dialect/duckdb-dialect.js';
import { calendarTableSql } from './calendar-table-sql.js';
import { pausedTimeSql } from './pause-clock-sql.js';
import { type SlaPolicy, slaClocksSql, slaReconciliationSql, slaTicketsSql } from './sla-sql.js';

// The worked example of docs/business-time.md: office hours 08:00–17:00 on weekdays,
// Europe/Stockholm, April 2026 (CEST, +02:00).
const db = createQueryBuilder();
let duck: TestDb;
const ts = (local: string) => `timestamptz '2026-04-${local}:00+02'`;

beforeAll(async () => {
  duck = await TestDb.open();
  await duck.run(calendarTableSql(buildCalendarLookup(expandCalendar(office9, '2026-01-01', '2027-01-01'))));
  await duck.exec(`create table src_tickets as select * from (values
    ('T1', 'P2', ${ts('20 09:00')}, ${ts('20 10:00')}, ${ts('22 12:00')}, true),
    ('T2', 'P1', ${ts('17 16:00')}, ${ts('17 16:30')}, ${ts('20 09:30')}, false),
    ('T3', 'P1', ${ts('23 09:00')}, ${ts('23 09:30')}, ${ts('23 16:00')}, true),
    ('T4', 'P1', ${ts('20 08:00')}, ${ts('20 10:00')}, ${ts('20 11:00')}, true),
    ('T5', 'P3', ${ts('20 08:00')}, ${ts('20 09:00')}, ${ts('20 10:00')}, true),
    ('T6', 'P1', ${ts('20 08:00')}, null, ${ts('20 09:00')}, true)
  ) t(id, priority, opened_at, first_response_at, resolved_at, made_sla)`);
  await duck.exec(`create table src_ticket_events as select * from (values
    ('T1', 'New', ${ts('20 09:00')}), ('T1', 'Pending customer', ${ts('20 11:00')}),
    ('T1', 'In progress', ${ts('21 10:00')}), ('T1', 'Awaiting User Info', ${ts('21 15:00')}),
    ('T1', 'In progress', ${ts('21 16:30')}), ('T1', 'Resolved', ${ts('22 12:00')}),
    ('T3', 'New', ${ts('23 09:00')}), ('T3', 'Pending customer', ${ts('23 10:00')}),
    ('T3', null, ${ts('23 11:00')})
  ) t(ticket_id, status, changed_at)`);
});
afterAll(() => duck.close());

const clock = {
  events: 'src_ticket_events',
  ticket: 'ticket_id',
  status: 'status',
  at: 'changed_at',
  states: ['Pending customer', 'Awaiting User Info'],
};
const policy: SlaPolicy = {
  id: 'incidents',
  calendar: office9,
  tickets: 'src_tickets',
  key: 'id',
  priority: 'priority',
  opened: 'opened_at',
  responded: 'first_response_at',
  resolved: 'resolved_at',
  targets: { P1: { response: 1, resolution: 4 }, P2: { response: 2, resolution: 12 } },
  pauses: clock,
  vendorMet: 'made_sla',
};

describe('pause clocks', () => {
  it('sums closed pauses in calendar time without a window', async () => {
    const rows = await duck.run(sql`${pausedTimeSql(clock)} order by 1`.compile(db));
    // T1: Mon 11:00 → Tue 10:00 = 23 h, Tue 15:00 → 16:30 = 1.5 h → 24.5 h = 88,200 s; T3's pause never closes
    expect(rows).toEqual([{ ticket: 'T1', paused_seconds: 88200 }]);
  });

  it('sums pauses in business time, clipped to opened → resolved', async () => {
    const query = pausedTimeSql(
      { ...clock, calendar: office9 },
      { tickets: 'src_tickets', key: 'id', from: 'opened_at', to: 'resolved_at' },
    );
    const rows = await duck.run(sql`${query} order by 1`.compile(db));
    // T1: Mon 11–17 = 6 h + Tue 08–10 = 2 h, Tue 15:00–16:30 = 1.5 h → 9.5 h = 34,200 s
    // T3: pending from 10:00 until resolved at 16:00 = 6 h = 21,600 s (the 11:00 row has no
    // status — a reply, not a status change — so it does not end the pause)
    expect(rows).toEqual([
      { ticket: 'T1', paused_seconds: 34200 },
      { ticket: 'T3', paused_seconds: 21600 },
    ]);
  });
});

describe('SLA from first principles', () => {
  it('computes net business hours and met or breached per ticket', async () => {
    const rows = await duck.run(sql`${slaTicketsSql(policy)} order by ticket`.compile(db));
    const pick = rows.map((r) => [r.ticket, r.response_hours, r.resolution_hours, r.met]);
    expect(pick).toEqual([
      // Mon 09–10 = 1 h; Mon 8 h + Tue 9 h + Wed 4 h = 21 h − 9.5 h paused = 11.5 h ≤ 12 → met
      ['T1', 1, 11.5, true],
      // Fri 16:00–16:30 = 0.5 h; Fri 1 h + Mon 1.5 h = 2.5 h ≤ 4 → met
      ['T2', 0.5, 2.5, true],
      // 0.5 h; Thu 09–16 = 7 h − 6 h pending = 1 h → met
      ['T3', 0.5, 1, true],
      // response 2 h > 1 h → breached (resolution 3 h ≤ 4 h)
      ['T4', 2, 3, false],
      // P3 has no targets: neither met nor breached
      ['T5', 1, 2, null],
      // resolved in 1 h but no response recorded: the response clock never stopped → undecided
      ['T6', null, 1, null],
    ]);
  });

  it('reconciles with the vendor flag: counts and examples of each disagreement', async () => {
    const [row] = await duck.run(slaReconciliationSql(policy).compile(db));
    expect(row).toMatchObject({
      agree: 2,
      disagree: 2,
      we_met_vendor_breached: 1,
      we_breached_vendor_met: 1,
      undecided: 2, // T5 (no target) and T6 (no response)
    });
    expect(JSON.stringify(row?.met_but_vendor_breached_examples)).toContain('T2');
    expect(JSON.stringify(row?.breached_but_vendor_met_examples)).toContain('T4');
  });

  it('keeps every ticket column beside the clocks, with the pauses inside opened → resolved', async () => {
    const rows = await duck.run(sql`${slaClocksSql(policy)} order by id`.compile(db));
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'id',
      'priority',
      'opened_at',
      'first_response_at',
      'resolved_at',
      'made_sla',
      'response_hours',
      'resolution_hours',
      'paused_hours',
      'response_target',
      'resolution_target',
      'response_met',
      'resolution_met',
      'met',
    ]);
    const pick = rows.map((r) => [
      r.id,
      r.paused_hours,
      r.response_target,
      r.resolution_target,
      r.response_met,
      r.resolution_met,
    ]);
    expect(pick).toEqual([
      // T1 (P2: 2 h / 12 h): paused 6 + 2 + 1.5 = 9.5 h; response 1 h ≤ 2, resolution 11.5 h ≤ 12
      ['T1', 9.5, 2, 12, true, true],
      // T2 (P1: 1 h / 4 h): no status history → 0 paused; 0.5 ≤ 1, 2.5 ≤ 4
      ['T2', 0, 1, 4, true, true],
      // T3: pending 10:00 → resolved 16:00 = 6 h
      ['T3', 6, 1, 4, true, true],
      // T4: response 2 h > 1 h; resolution 3 h ≤ 4 h
      ['T4', 0, 1, 4, false, true],
      // T5: P3 has no targets
      ['T5', 0, null, null, null, null],
      // T6: resolution 1 h ≤ 4 h; no response yet, so its response verdict is unknown
      ['T6', 0, 1, 4, null, true],
    ]);
  });

  it('gives examples with the hours and the targets they were held to', async () => {
    const [row] = await duck.run(slaReconciliationSql(policy).compile(db));
    expect(row?.breached_but_vendor_met_examples).toEqual([
      {
        ticket: 'T4',
        priority: 'P1',
        response_hours: 2,
        response_target: 1,
        resolution_hours: 3,
        resolution_target: 4,
      },
    ]);
  });
});
