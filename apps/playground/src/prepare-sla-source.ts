import { createQueryBuilder, slaClocksSql, slaPolicyOf, sourceRelationName } from '@nyckeltal/compiler';
import { type KpiModel, type ProjectModel, slaRelationName } from '@nyckeltal/spec';
import type { SqlRunner } from './browser-duckdb.js';
import { fingerprint, layOutCalendar, type YearSpan } from './lay-out-calendar.js';

const builder = createQueryBuilder();

/** SLA tables already made in this database: policy id → fingerprint of policy and calendar. */
const made = new WeakMap<SqlRunner, Map<string, string>>();

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Gets the browser database ready for a KPI whose source is an SLA policy (a derived
 * source, `kind: sla`), as the engine's prepareSlaSources does natively: lays the
 * policy's calendar out, creates `sla_<id>` — the covered tickets with their clocks —
 * from the compiler's own `slaClocksSql(slaPolicyOf(…))` over the tickets and
 * status-history sources (already loaded as `src_<id>` by prepareDatabase), and the
 * derived source's view `src_<id>` over it, one column per declared field. Does nothing
 * for a KPI on a plain source, and nothing again while the policy and its calendar are
 * unchanged. Throws on a SQL error (e.g. a source whose data the page does not ship).
 *
 * @example
 * await prepareSlaSource(db, model, model.kpis.get('itsm.mttr')!, { first: 2024, last: 2026 });
 * await db.query('select avg(resolution_hours) as h from src_service_desk_sla'); // [{ h: 3.9… }]
 */
export async function prepareSlaSource(
  db: SqlRunner,
  project: ProjectModel,
  kpi: KpiModel,
  years: YearSpan,
): Promise<void> {
  const source = project.sources.get(kpi.source);
  if (source?.derived?.kind !== 'sla') return;
  const sla = project.slas?.get(source.derived.sla);
  const calendar = sla && project.calendars.get(sla.calendar);
  const policy = sla && slaPolicyOf(project, sla);
  // A model from validateProject has the policy and its calendar (else KPI0801 and no model).
  if (!sla || !calendar || !policy)
    throw new Error(`Bug: SLA policy "${source.derived.sla}" or its calendar is missing from the model`);

  await layOutCalendar(db, calendar, years);
  const done = made.get(db) ?? new Map<string, string>();
  made.set(db, done);
  const print = fingerprint([sla, calendar, source.fields]);
  if (done.get(sla.id) === print) return;

  const clocks = slaClocksSql(policy).compile(builder);
  await db.query(
    `create or replace table ${quote(slaRelationName(sla.id))} as ${clocks.sql}`,
    clocks.parameters,
  );
  // The clock table's columns already have the declared types (the tickets' from their
  // typed view, the clocks as slaClocksSql makes them), so the view only picks the fields.
  // The derived source reads the table through its own `from` (select * from "sla_<id>").
  const from = source.from.kind === 'sql' ? `(${source.from.sql})` : quote(slaRelationName(sla.id));
  const fields = [...source.fields.values()].map((f) => `${quote(f.column)} as ${quote(f.name)}`);
  await db.execute(
    `create or replace view ${quote(sourceRelationName(source.id))} as select ${fields.join(', ')} from ${from} s`,
  );
  done.set(sla.id, print);
}
