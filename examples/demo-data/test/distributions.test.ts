import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoDb, openDemoDb, scalar } from './demo-db.js';

// Ranges below are wide enough for sampling noise at 2,000 tickets (a binomial share p
// over n rows has a standard deviation of √(p(1−p)/n): 4.5 % over 2,000 rows is ±0.5 pt)
// and narrow enough to fail when a distribution is wrong.
describe('the demo organisation looks like a real service desk', () => {
  let db: DemoDb;
  beforeAll(async () => {
    db = await openDemoDb();
  });
  afterAll(async () => {
    await db.close();
  });

  it('sizes every table from the ticket count', () => {
    // 2,000 tickets: max(60, 2000/25) = 80 employees at the start + 80 × 15 % × 2 years = 24 hires;
    // 80 customers + 80 × 2.5 % × 24 months = 48 sign-ups; changes 2000/20 = 100; problems max(24, 20) = 24;
    // self-service 0.7 × 2000 = 1,400; availability 730 days × 8 services; usage 24 months × 8 systems.
    expect(db.stats.rows).toMatchObject({
      tickets: 2000,
      employees: 104,
      customers: 128,
      changes: 100,
      problems: 24,
      self_service_sessions: 1400,
      service_availability: 730 * 8,
      system_usage: 24 * 8,
    });
    expect(db.stats.rows.ticket_events).toBeGreaterThan(4 * 2000);
  });

  it('never resolves, responds to or closes a ticket before it was opened, nor after the data ends', async () => {
    const bad = await scalar(
      db,
      `select count(*) from tickets where first_response_at < opened_at or resolved_at < first_response_at
         or closed_at < resolved_at or (resolved_at is not null and first_response_at is null)
         or greatest(opened_at, first_response_at, resolved_at, closed_at) >= timestamptz '2026-11-01 00:00:00+01:00'
         or opened_at < timestamptz '2024-11-01 00:00:00+01:00'`,
    );
    expect(bad).toBe(0);
  });

  it('opens most tickets on weekdays between 08:00 and 17:00 Stockholm time, Mondays most', async () => {
    const office = await scalar(
      db,
      `select avg((isodow(opened_at) <= 5 and hour(opened_at) between 8 and 16)::int) from tickets`,
    );
    expect(office).toBeGreaterThan(0.7);
    const [busiest] = await db.query(
      'select isodow(opened_at) as dow, count(*) as n from tickets group by 1 order by n desc limit 1',
    );
    expect(Number(busiest?.dow)).toBe(1);
    const weekend = await scalar(db, 'select avg((isodow(opened_at) >= 6)::int) from tickets');
    expect(weekend).toBeLessThan(0.1);
  });

  it('has July as the quietest month of both years', async () => {
    const rows = await db.query(
      `select year(opened_at) as y, month(opened_at) as m, count(*) as n from tickets
       where opened_at >= timestamptz '2025-01-01 00:00:00+01:00' group by all`,
    );
    for (const year of [2025, 2026]) {
      const months = rows.filter((r) => Number(r.y) === year).sort((a, b) => Number(a.n) - Number(b.n));
      expect(Number(months[0]?.m), `quietest month of ${year}`).toBe(7);
    }
  });

  it('mixes priorities, channels and reopenings as a desk does', async () => {
    const p1 = await scalar(db, `select avg((priority = '1 - Critical')::int) from tickets`);
    expect(p1).toBeGreaterThan(0.002);
    expect(p1).toBeLessThan(0.03);
    const p34 = await scalar(db, `select avg((priority in ('3 - Moderate', '4 - Low'))::int) from tickets`);
    expect(p34).toBeGreaterThan(0.8);
    const walkInCustomers = await scalar(
      db,
      `select count(*) from tickets where requester_kind = 'customer' and channel = 'walk-in'`,
    );
    expect(walkInCustomers).toBe(0);
    const reopened = await scalar(
      db,
      `select avg((reopen_count > 0)::int) from tickets where type = 'incident' and resolved_at is not null`,
    );
    expect(reopened).toBeGreaterThan(0.02);
    expect(reopened).toBeLessThan(0.09);
  });

  it('marks the SLA met exactly when a ticket was resolved by its deadline', async () => {
    const bad = await scalar(
      db,
      `select count(*) from tickets where sla_met is distinct from
         (case when resolved_at is not null and sla_due_at is not null then resolved_at <= sla_due_at end)`,
    );
    expect(bad).toBe(0);
    const questionsWithSla = await scalar(
      db,
      `select count(*) from tickets where type = 'question' and sla_due_at is not null`,
    );
    expect(questionsWithSla).toBe(0);
  });

  it('gets survey answers from 15–30 % of those asked, each on its own scale', async () => {
    const rates = await db.query(
      `select survey, respondent_kind, avg((responded_at is not null)::int) as rate from survey_responses group by all`,
    );
    expect(rates.length).toBe(7); // csat × 2 kinds, ces, nps, enps, esat, engagement
    for (const r of rates) {
      expect(Number(r.rate), `${r.survey} ${r.respondent_kind}`).toBeGreaterThan(0.12);
      expect(Number(r.rate), `${r.survey} ${r.respondent_kind}`).toBeLessThan(0.35);
    }
    const outOfScale = await scalar(
      db,
      `select count(*) from survey_responses where score < scale_min or score > scale_max
         or (score is null) <> (responded_at is null) or responded_at < sent_at`,
    );
    expect(outOfScale).toBe(0);
  });

  it('numbers each ticket’s events 1, 2, 3 … in time order, starting with New when opened', async () => {
    const bad = await scalar(
      db,
      `select count(*) from (
         select ticket_id, seq, event_at, lag(event_at) over w as previous_at, row_number() over w as k
         from ticket_events window w as (partition by ticket_id order by seq))
       where seq <> k or event_at < previous_at`,
    );
    expect(bad).toBe(0);
    const badStart = await scalar(
      db,
      `select count(*) from tickets t left join ticket_events e on e.ticket_id = t.id and e.seq = 1
       where e.to_status is distinct from 'New' or e.event_at <> t.opened_at`,
    );
    expect(badStart).toBe(0);
  });

  it('counts the headcount from the employees, and downtime inside the agreed minutes', async () => {
    // October 2026, by plain counting: employed on the 1st, leavers whose last day is in October
    const [hc] = await db.query(
      `select sum(headcount_start) as s, sum(leavers) as l from headcount where month = date '2026-10-01'`,
    );
    const start = await scalar(
      db,
      `select count(*) from employees where hired_on <= date '2026-10-01' and coalesce(left_on, date '9999-12-31') >= date '2026-10-01'`,
    );
    const leavers = await scalar(
      db,
      `select count(*) from employees where left_on between date '2026-10-01' and date '2026-10-31'`,
    );
    expect(Number(hc?.s)).toBe(start);
    expect(Number(hc?.l)).toBe(leavers);
    const overAgreed = await scalar(
      db,
      'select count(*) from service_availability where unplanned_downtime_minutes + planned_downtime_minutes > agreed_minutes',
    );
    expect(overAgreed).toBe(0);
  });

  it('improves first contact resolution from the first half-year to the last', async () => {
    const fcr = (from: string, until: string) =>
      scalar(
        db,
        `select avg((first_contact and reassignment_count = 0 and reopen_count = 0)::int) from tickets
         where resolved_at >= timestamptz '${from}' and resolved_at < timestamptz '${until}'`,
      );
    const early = await fcr('2024-11-01 00:00:00+01', '2025-05-01 00:00:00+02');
    const late = await fcr('2026-05-01 00:00:00+02', '2026-11-01 00:00:00+01');
    expect(late - early).toBeGreaterThan(0.04);
  });
});
