import type { ProjectModel, SlaModel } from '@nyckeltal/spec';
import { compileScalar } from '../measure/compile-scalar.js';
import { sourceRelationName } from '../source-relation-name.js';
import { duckDbBusinessTime } from './business-time-sql.js';
import type { SlaPolicy } from './sla-sql.js';

/**
 * The SQL-level policy of a normalized SLA: relations are the engine's source views
 * (`src_<id>`), whose columns are field names; the calendar is the project's. Returns
 * undefined when the calendar is missing (validation reports that as KPI0801, so a
 * model from validateProject always has it).
 *
 * @example
 * const policy = slaPolicyOf(project, project.slas.get('incident-sla')!);
 * policy?.tickets; // 'src_tickets'
 */
export function slaPolicyOf(project: Pick<ProjectModel, 'calendars'>, sla: SlaModel): SlaPolicy | undefined {
  const calendar = project.calendars.get(sla.calendar);
  if (!calendar) return undefined;
  const p = sla.pauses;
  // The condition reads the tickets' columns only; business time in it may use the policy's calendar.
  const where = sla.where
    ? compileScalar(sla.where.ast, {
        kpi: sla.id,
        calendars: new Map([[calendar.id, calendar]]),
        businessTime: duckDbBusinessTime,
        unsupported: [],
        usedCalendars: new Set(),
      })
    : undefined;
  return {
    id: sla.id,
    calendar,
    tickets: sourceRelationName(sla.source),
    ...(where ? { where } : {}),
    key: sla.key,
    priority: sla.priority,
    opened: sla.start,
    ...(sla.response !== undefined ? { responded: sla.response } : {}),
    resolved: sla.resolution,
    targets: sla.targets,
    ...(p
      ? {
          pauses: {
            events: sourceRelationName(p.events),
            ticket: p.ticket,
            status: p.status,
            at: p.at,
            states: p.states,
          },
        }
      : {}),
    ...(sla.vendorFlag !== undefined ? { vendorMet: sla.vendorFlag } : {}),
  };
}
