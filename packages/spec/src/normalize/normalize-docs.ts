import type { LoadedDoc } from '../load/loaded-doc.js';
import type {
  CalendarModel,
  CalendarSchedule,
  DayInterval,
  KpiModel,
  Origin,
  ProjectModel,
  ScorecardModel,
  SourceModel,
  Weekday,
} from '../model.js';
import { joinPath } from '../posix-path.js';
import { type DocIndex, indexDocs, type Typed } from '../rules/doc-index.js';
import { typeKpiExpressions } from '../rules/typed-kpi.js';
import type { CalendarDoc } from '../schemas/calendar-schema.js';
import type { KpiDoc } from '../schemas/kpi-schema.js';
import type { ScorecardDoc } from '../schemas/scorecard-schema.js';
import type { SourceDoc } from '../schemas/source-schema.js';
import { fileFormat } from './file-format.js';
import { normalizeSettings } from './normalize-settings.js';
import { normalizeSla, slaSource } from './normalize-sla.js';
import { normalizeTest } from './normalize-test.js';
import { localize } from './normalize-text.js';
import { expandDays, parseHours, weekdays } from './parse-hours.js';

/** A source without `time_zone` reads and cuts time in UTC. */
export const DEFAULT_TIME_ZONE = 'UTC';

/**
 * Builds the ProjectModel from loaded documents that passed validation: defaults filled in,
 * titles localized, paths resolved against `root`, measures parsed and typed. Call it only
 * when validation found no errors; it reads schema-valid documents and throws (a bug) if a
 * KPI's measure did not type-check.
 *
 * @example
 * const model = normalizeDocs(docs, '/work/kpis');
 * model.kpis.get('itsm.mttr')?.minSample; // 30
 */
export function normalizeDocs(docs: readonly LoadedDoc[], root: string): ProjectModel {
  const index = indexDocs(docs);
  const settings = normalizeSettings(index.projects[0]?.data, root);
  const sources = new Map(index.sources.map((s) => [s.data.id, normalizeSource(s, root)] as const));
  const kpis = new Map(index.kpis.map((k) => [k.data.id, normalizeKpi(index, k)] as const));
  const scorecards = new Map(index.scorecards.map((s) => [s.data.id, normalizeScorecard(s)] as const));
  const calendars = new Map(index.calendars.map((c) => [c.data.id, normalizeCalendar(c)] as const));
  const slas = new Map(index.slas.map((s) => [s.data.id, normalizeSla(index, s)] as const));
  // An SLA policy is also a source (of its tickets with their clocks), under its own id.
  for (const sla of slas.values()) {
    const tickets = sources.get(sla.source);
    if (tickets) sources.set(sla.id, slaSource(sla, tickets));
  }
  const tests = new Map(index.tests.map((t) => [t.data.id, normalizeTest(t)] as const));
  return { root, settings, kpis, sources, scorecards, calendars, slas, tests };
}

function originOf(doc: LoadedDoc): Origin {
  return { file: doc.file, line: 1, column: 1 };
}

function normalizeSource({ doc, data }: Typed<SourceDoc>, root: string): SourceModel {
  const { file, table, sql } = data.from;
  const from: SourceModel['from'] =
    file !== undefined
      ? {
          kind: 'file',
          path: joinPath(root, file),
          format: fileFormat(file) ?? 'csv',
          ...(table !== undefined ? { table } : {}),
        }
      : table !== undefined
        ? { kind: 'table', table }
        : { kind: 'sql', sql: sql ?? '' };
  return {
    id: data.id,
    title: localize(data.title ?? data.id),
    ...(data.description !== undefined ? { description: data.description } : {}),
    from,
    timeZone: data.time_zone ?? DEFAULT_TIME_ZONE,
    fields: indexDocs([doc]).fields(data.id) ?? new Map(),
    origin: originOf(doc),
  };
}

function normalizeKpi(index: DocIndex, kpi: Typed<KpiDoc>): KpiModel {
  const { data, doc } = kpi;
  const typed = typeKpiExpressions(index, kpi);
  if (!typed.measure || !typed.ok)
    throw new Error(`Bug: normalize called on KPI ${data.id} whose measure has errors`);
  const targets = [...(data.targets ?? [])]
    .map((t) => ({
      value: t.value,
      ...(t.from ? { from: t.from } : {}),
      ...(t.until ? { until: t.until } : {}),
    }))
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return {
    id: data.id,
    version: data.version,
    title: localize(data.title),
    description: data.description?.trim() ?? '',
    category: data.category,
    // A KPI without a level gets a SMART warning; until it has one it sits in the middle of the tree.
    level: data.level ?? 'process',
    owner: data.owner ? { ...data.owner } : { name: 'Unassigned' },
    source: data.source,
    measure: typed.measure,
    ...(typed.where ? { where: typed.where } : {}),
    time: data.time,
    unit: data.unit,
    direction: data.direction,
    breakdowns: [...(data.breakdowns ?? [])],
    targets,
    ...(data.thresholds ? { thresholds: { ...data.thresholds } } : {}),
    ...(data.baseline
      ? { baseline: { value: data.baseline.value, period: String(data.baseline.period) } }
      : {}),
    ...(data.review ? { review: data.review } : {}),
    supports: [...(data.supports ?? [])],
    ...(data.influence ? { influence: data.influence } : {}),
    minSample: data.min_sample ?? 1,
    origin: originOf(doc),
  };
}

function normalizeScorecard({ doc, data }: Typed<ScorecardDoc>): ScorecardModel {
  return {
    id: data.id,
    title: localize(data.title),
    ...(data.description !== undefined ? { description: data.description } : {}),
    audience: data.audience,
    kpis: [...data.kpis],
    grain: data.grain ?? 'month',
    history: data.history ?? 13,
    compare: data.compare ?? 'previous',
    ...(data.private ? { private: { audiences: [...data.private.audiences] } } : {}),
    origin: originOf(doc),
  };
}

function normalizeCalendar({ doc, data }: Typed<CalendarDoc>): CalendarModel {
  const weeks = data.schedules ?? (data.hours ? [{ hours: data.hours }] : []);
  const schedules: CalendarSchedule[] = weeks
    .map((s) => ({
      ...('from' in s && s.from ? { from: s.from } : {}),
      ...('until' in s && s.until ? { until: s.until } : {}),
      hours: weekHours(s.hours as Readonly<Record<string, string>>),
    }))
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  const specialDays: Record<string, readonly DayInterval[]> = {};
  for (const [day, text] of Object.entries((data.special_days ?? {}) as Readonly<Record<string, string>>)) {
    specialDays[day] = parseHours(text).intervals;
  }
  return {
    id: data.id,
    ...(data.title !== undefined ? { title: localize(data.title) } : {}),
    timeZone: data.time_zone,
    schedules,
    holidays: [...(data.holidays ?? [])].sort(),
    holidayRules: [...(data.holiday_rules ?? [])],
    specialDays,
    ...(data.before_holiday !== undefined
      ? { beforeHolidayHours: parseHours(data.before_holiday).intervals }
      : {}),
    origin: originOf(doc),
  };
}

function weekHours(hours: Readonly<Record<string, string>>): Record<Weekday, readonly DayInterval[]> {
  const week = Object.fromEntries(weekdays.map((d) => [d, [] as readonly DayInterval[]])) as Record<
    Weekday,
    readonly DayInterval[]
  >;
  for (const [key, text] of Object.entries(hours)) {
    const { intervals } = parseHours(text);
    for (const day of expandDays(key)) week[day] = intervals;
  }
  return week;
}
