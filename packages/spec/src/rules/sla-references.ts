import type { Issue, SourceLocation } from '../issues/issue.js';
import { createIssue } from '../issues/issue-catalog.js';
import { type DocPath, type LoadedDoc, locate, locateKey } from '../load/loaded-doc.js';
import type { FieldModel, FieldType } from '../model.js';
import { slaClockFields } from '../normalize/sla-fields.js';
import type { SlaDoc } from '../schemas/sla-schema.js';
import { suggestName } from '../suggest-name.js';
import { type DocIndex, didYouMean, indexDocs, listNames, type Typed } from './doc-index.js';
import { typeExpression } from './typed-kpi.js';

/** One field an SLA policy names: where in the file, its role in words, the type it must have. */
interface FieldUse {
  readonly path: DocPath;
  readonly name: string | undefined;
  readonly role: string;
  readonly type?: FieldType;
}

/**
 * An SLA policy's references resolve and make sense: its tickets source and pause-events
 * source exist; the calendar exists; every field it names exists with the right type
 * (timestamps for the clocks, true/false for the vendor flag); a ticket can be identified;
 * targets are hours above 0 and response targets have a response field; priorities and
 * pause states are values the fields allow (when they declare values); the policy's id
 * and clock fields clash with no source or field.
 *
 * @example
 * slaReferences(docs)[0]?.message; // 'SLA policy "incident-sla" uses calendar "se-ofice", which does not exist. Did you mean "se-office"?'
 */
export function slaReferences(docs: readonly LoadedDoc[]): Issue[] {
  const index = indexDocs(docs);
  return index.slas.flatMap((sla) => checkSla(index, sla));
}

function checkSla(index: DocIndex, { doc, data }: Typed<SlaDoc>): Issue[] {
  const issues: Issue[] = [];
  const sla = data.id;
  if (index.ids.source.has(sla)) issues.push(createIssue('KPI0807', { sla }, locate(doc, ['id'])));
  if (!index.ids.calendar.has(data.calendar)) {
    const suggestion = suggestName(data.calendar, [...index.ids.calendar.keys()]);
    const params = {
      sla,
      calendar: data.calendar,
      suggestion: suggestion ? ` Did you mean "${suggestion}"?` : '',
    };
    issues.push(createIssue('KPI0801', params, locate(doc, ['calendar'])));
  }
  for (const [priority, target] of Object.entries(data.targets)) {
    for (const kind of ['response', 'resolution'] as const) {
      const value = target[kind];
      if (value === undefined || value > 0) continue;
      const params = { sla, priority, target: kind, value };
      issues.push(createIssue('KPI0802', params, locate(doc, ['targets', priority, kind])));
    }
    if (target.response !== undefined && data.response === undefined) {
      issues.push(createIssue('KPI0810', { sla, priority }, locate(doc, ['targets', priority, 'response'])));
    }
  }

  const tickets = sourceFields(index, doc, sla, data.source, 'tickets', ['source'], issues);
  if (tickets) {
    const uses: FieldUse[] = [
      { path: ['key'], name: data.key, role: 'key' },
      { path: ['priority'], name: data.priority, role: 'priority' },
      { path: ['start'], name: data.start, role: 'start', type: 'timestamp' },
      { path: ['response'], name: data.response, role: 'response time', type: 'timestamp' },
      { path: ['resolution'], name: data.resolution, role: 'resolution time', type: 'timestamp' },
      { path: ['vendor_flag'], name: data.vendor_flag, role: 'vendor flag', type: 'boolean' },
    ];
    issues.push(...checkFields(doc, sla, data.source, tickets, uses));
    if (data.where !== undefined) {
      const calendars = new Set(index.ids.calendar.keys());
      issues.push(
        ...typeExpression(doc, 'where', data.where, { fields: tickets, role: 'where', calendars }).issues,
      );
    }
    if (data.key === undefined) {
      const keys = [...tickets.values()].filter((f) => f.key).length;
      if (keys !== 1)
        issues.push(
          createIssue('KPI0809', { sla, source: data.source, count: keys }, locate(doc, ['source'])),
        );
    }
    const priority = tickets.get(data.priority);
    issues.push(
      ...allowedValues(sla, data.source, priority, Object.keys(data.targets), 'targets', (value) =>
        locateKey(doc, ['targets'], value),
      ),
    );
    for (const clock of slaClockFields) {
      if (!tickets.has(clock.name)) continue;
      issues.push(
        createIssue('KPI0811', { sla, source: data.source, field: clock.name }, locate(doc, ['source'])),
      );
    }
  }

  const pauses = data.pauses;
  if (pauses) {
    const events = sourceFields(index, doc, sla, pauses.events, 'pauses', ['pauses', 'events'], issues);
    if (events) {
      const uses: FieldUse[] = [
        { path: ['pauses', 'ticket'], name: pauses.ticket, role: 'pause ticket' },
        { path: ['pauses', 'status'], name: pauses.status, role: 'pause status' },
        { path: ['pauses', 'at'], name: pauses.at, role: 'pause time', type: 'timestamp' },
      ];
      issues.push(...checkFields(doc, sla, pauses.events, events, uses));
      const status = events.get(pauses.status);
      const where = 'pauses: states';
      issues.push(
        ...allowedValues(sla, pauses.events, status, pauses.states, where, (_, i) =>
          locate(doc, ['pauses', 'states', i]),
        ),
      );
    }
  }
  return issues;
}

/** The fields of a source the policy names, or undefined (with KPI0805 when it is unknown). */
function sourceFields(
  index: DocIndex,
  doc: LoadedDoc,
  sla: string,
  source: string,
  role: string,
  path: DocPath,
  issues: Issue[],
): ReadonlyMap<string, FieldModel> | undefined {
  if (!index.ids.source.has(source)) {
    const known = [...index.ids.source.keys()];
    const params = {
      sla,
      role,
      source,
      suggestion: didYouMean(suggestName(source, known)),
      known: listNames(known),
    };
    issues.push(createIssue('KPI0805', params, locate(doc, path)));
    return undefined;
  }
  // A source with schema errors reports those; its fields cannot be checked here.
  return index.sources.some((s) => s.data.id === source) ? index.fields(source) : undefined;
}

function checkFields(
  doc: LoadedDoc,
  sla: string,
  source: string,
  fields: ReadonlyMap<string, FieldModel>,
  uses: readonly FieldUse[],
): Issue[] {
  const issues: Issue[] = [];
  for (const use of uses) {
    if (use.name === undefined) continue;
    const field = fields.get(use.name);
    const at = locate(doc, use.path);
    if (!field) {
      const suggestion = suggestName(use.name, [...fields.keys()]);
      const params = {
        sla,
        field: use.name,
        role: use.role,
        source,
        suggestion: suggestion ? ` Did you mean "${suggestion}"?` : '',
      };
      issues.push(createIssue('KPI0803', params, at));
    } else if (use.type && field.type !== use.type) {
      const params = { sla, field: use.name, source, role: use.role, found: field.type, expected: use.type };
      issues.push(createIssue('KPI0806', params, at));
    }
  }
  return issues;
}

/** KPI0808 for each listed value the field's declared `values:` do not allow. */
function allowedValues(
  sla: string,
  source: string,
  field: FieldModel | undefined,
  listed: readonly string[],
  where: string,
  at: (value: string, i: number) => SourceLocation,
): Issue[] {
  const allowed = field?.values;
  if (!field || !allowed) return [];
  return listed.flatMap((value, i) =>
    allowed.includes(value)
      ? []
      : [
          createIssue(
            'KPI0808',
            { sla, value, where, field: field.name, source, allowed: allowed.join(', ') },
            at(value, i),
          ),
        ],
  );
}
