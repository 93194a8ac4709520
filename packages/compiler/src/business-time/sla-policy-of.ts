import type { ProjectModel, SlaModel } from '@nyckeltal/spec';
import { sourceRelationName } from '../source-relation-name.js';
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
  return {
    id: sla.id,
    calendar,
    tickets: sourceRelationName(sla.source),
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
