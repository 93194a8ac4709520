import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type DemoDataOptions, type DemoPlan, planDemoData } from './demo-options.js';
import { calendarSql } from './sql/calendar-sql.js';
import { changesProblemsSql } from './sql/changes-problems-sql.js';
import { officeHoursSql } from './sql/office-hours-sql.js';
import { operationsSql } from './sql/operations-sql.js';
import { customersSql, employeesSql } from './sql/people-sql.js';
import { randomMacros } from './sql/random-macros.js';
import { surveysSql } from './sql/surveys-sql.js';
import { ticketEventsSql } from './sql/ticket-events-sql.js';
import { ticketsSql } from './sql/tickets-sql.js';

/** What a generation run produced: rows per table and how long it took. */
export interface Stats {
  readonly file: string;
  readonly seed: number;
  /** First day of the data, inclusive (`YYYY-MM-DD`). */
  readonly start: string;
  /** Day after the data, exclusive (`YYYY-MM-DD`). */
  readonly end: string;
  readonly rows: Readonly<Record<string, number>>;
  readonly milliseconds: number;
}

/** The tables written, in the order they are built (later ones read earlier ones). */
export const DEMO_TABLES = [
  'tickets',
  'ticket_events',
  'employees',
  'headcount',
  'customers',
  'customer_months',
  'changes',
  'problems',
  'outages',
  'service_availability',
  'self_service_sessions',
  'system_usage',
  'survey_responses',
] as const;

type Step = { readonly tables: readonly string[]; readonly sql: (plan: DemoPlan) => string };

const steps: readonly Step[] = [
  { tables: ['tickets'], sql: ticketsSql },
  { tables: ['ticket_events'], sql: ticketEventsSql },
  { tables: ['employees', 'headcount'], sql: employeesSql },
  { tables: ['customers', 'customer_months'], sql: customersSql },
  { tables: ['changes', 'problems'], sql: changesProblemsSql },
  {
    tables: ['outages', 'service_availability', 'self_service_sessions', 'system_usage'],
    sql: operationsSql,
  },
  { tables: ['survey_responses'], sql: surveysSql },
];

/**
 * Writes a seeded, realistic two-year service-desk organisation into a DuckDB file:
 * tickets and their events, changes, problems, surveys, employees and headcount,
 * customers and revenue, outages and availability, self-service and system usage.
 * The data is generated inside DuckDB (no row loop in JavaScript) into a temporary file
 * beside the target, which replaces the target only when complete.
 *
 * @example
 * const stats = await generateDemoData({ file: 'kpis/data/demo.duckdb' });
 * console.log(stats.rows.tickets); // 50000
 */
export async function generateDemoData(
  options: DemoDataOptions,
  onProgress?: (tables: readonly string[], milliseconds: number) => void,
): Promise<Stats> {
  const plan = planDemoData(options);
  const started = performance.now();
  const temp = `${plan.file}.${process.pid}.tmp`;
  await mkdir(dirname(plan.file), { recursive: true });
  await rm(temp, { force: true });
  await rm(`${temp}.wal`, { force: true });
  const rows: Record<string, number> = {};
  try {
    const instance = await DuckDBInstance.create(temp);
    try {
      const connection = await instance.connect();
      try {
        await connection.run("set TimeZone = 'Europe/Stockholm'");
        // Row order carries no meaning here (every row is keyed), and unique-id strings gain
        // little from FSST compression while its analysis costs ~10 % of the run.
        await connection.run('set preserve_insertion_order = false');
        await connection.run("set disabled_compression_methods = 'fsst'");
        await connection.run(randomMacros(plan));
        await connection.run(calendarSql(plan));
        await connection.run(officeHoursSql(plan));
        for (const step of steps) {
          const began = performance.now();
          await connection.run(step.sql(plan));
          for (const table of step.tables) {
            const result = await connection.runAndReadAll(`select count(*)::bigint as n from ${table}`);
            rows[table] = Number(result.getRowObjects()[0]?.n ?? 0);
          }
          onProgress?.(step.tables, Math.round(performance.now() - began));
        }
        await connection.run('checkpoint');
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
    }
    await rename(temp, plan.file);
  } catch (error) {
    await rm(temp, { force: true });
    await rm(`${temp}.wal`, { force: true });
    throw error;
  }
  return {
    file: plan.file,
    seed: plan.seed,
    start: plan.start,
    end: plan.end,
    rows,
    milliseconds: Math.round(performance.now() - started),
  };
}
