import {
  type CalendarModel,
  type DayInterval,
  type ExprNode,
  type KpiModel,
  type LocalizedText,
  type ProjectModel,
  printExpr,
  type ScorecardModel,
  type SourceModel,
  walkExpr,
} from '@nyckeltal/spec';

/** One comparable setting of a definition: its text as shown in a diff, and whether changing it can change numbers. */
export interface FlatValue {
  readonly text: string;
  readonly breaking: boolean;
}

/** A definition as field path → shown value; two of these are compared key by key. */
export type Flat = ReadonlyMap<string, FlatValue>;

const KPI_BREAKING = new Set(['measure', 'where', 'time', 'source', 'unit']);

/**
 * A KPI's own settings as comparable text. Measures and filters are printed canonically
 * (printExpr), so an edit that only changes spacing or letter case compares equal.
 *
 * @example
 * flattenKpi(kpi).get('measure'); // { text: 'avg(hours_between(opened_at, resolved_at))', breaking: true }
 */
export function flattenKpi(kpi: KpiModel): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking: KPI_BREAKING.has(key) });
  };
  put('version', String(kpi.version));
  putTitle(put, kpi.title);
  put('description', kpi.description.trim());
  put('category', kpi.category);
  put('level', kpi.level);
  put('owner.name', kpi.owner.name);
  put('owner.team', kpi.owner.team);
  put('owner.email', kpi.owner.email);
  put('source', kpi.source);
  put('measure', printExpr(kpi.measure.ast));
  put('where', kpi.where ? printExpr(kpi.where.ast) : undefined);
  put('time', kpi.time);
  put('unit', kpi.unit);
  put('direction', kpi.direction);
  put('breakdowns', kpi.breakdowns.join(', '));
  put(
    'targets',
    kpi.targets
      .map((t) => `${t.value}${t.from || t.until ? ` (${t.from ?? '…'} – ${t.until ?? '…'})` : ''}`)
      .join('; '),
  );
  put(
    'thresholds',
    kpi.thresholds ? `green ${kpi.thresholds.green}, amber ${kpi.thresholds.amber}` : undefined,
  );
  put('baseline', kpi.baseline ? `${kpi.baseline.value} (${kpi.baseline.period})` : undefined);
  put('review', kpi.review);
  put('supports', kpi.supports.join(', '));
  put('influence', kpi.influence);
  put('min_sample', String(kpi.minSample));
  return out;
}

/**
 * What a KPI's numbers depend on outside its own file: the source's `from`, time zone and
 * the column, type and format of each field the KPI reads, and every setting of a
 * business-hours calendar it uses. All breaking: a change here can change its values.
 *
 * @example
 * kpiDependencies(kpi, project).get('source.fields.resolved_at.column'); // { text: 'sys_resolved_at', breaking: true }
 */
export function kpiDependencies(
  kpi: KpiModel,
  project: Pick<ProjectModel, 'root' | 'sources' | 'calendars'>,
): Flat {
  const out = new Map<string, FlatValue>();
  const source = project.sources.get(kpi.source);
  if (source) {
    for (const [key, value] of flattenSource(source, project.root)) {
      if (key === 'from' || key === 'time_zone') out.set(`source.${key}`, value);
    }
    for (const name of fieldsRead(kpi)) {
      const field = source.fields.get(name);
      if (!field) continue;
      out.set(`source.fields.${name}.column`, { text: field.column, breaking: true });
      out.set(`source.fields.${name}.type`, { text: field.type, breaking: true });
      if (field.format) out.set(`source.fields.${name}.format`, { text: field.format, breaking: true });
    }
  }
  for (const id of calendarsUsed(kpi)) {
    const calendar = project.calendars.get(id);
    if (!calendar) continue;
    for (const [key, value] of flattenCalendar(calendar)) {
      if (key !== 'title.en' && key !== 'title.sv')
        out.set(`calendar.${id}.${key}`, { ...value, breaking: true });
    }
  }
  return out;
}

/** Fields the KPI's numbers read: measure, filter and time field (not breakdowns, which only split them). */
export function fieldsRead(kpi: KpiModel): string[] {
  return [...new Set([...kpi.measure.fields, ...(kpi.where?.fields ?? []), kpi.time])].sort();
}

/** Calendar ids named by business_*_between calls in the measure or filter. */
export function calendarsUsed(kpi: KpiModel): string[] {
  const ids = new Set<string>();
  const visit = (node: ExprNode) => {
    if (node.kind !== 'call' || !node.fn.startsWith('business_')) return;
    const last = node.args.at(-1);
    if (last?.kind === 'literal' && typeof last.value === 'string') ids.add(last.value);
  };
  walkExpr(kpi.measure.ast, visit);
  if (kpi.where) walkExpr(kpi.where.ast, visit);
  return [...ids].sort();
}

/** A source's settings; `from`, time zone and each field's column, type and format are breaking. */
export function flattenSource(source: SourceModel, root: string): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined, breaking = false) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking });
  };
  putTitle(put, source.title);
  put('description', source.description?.trim());
  const from = source.from;
  put(
    'from',
    from.kind === 'file'
      ? `file ${relativeTo(root, from.path)}${from.table ? ` (table ${from.table})` : ''}`
      : from.kind === 'table'
        ? `table ${from.table}`
        : `sql ${from.sql.trim().replace(/\s+/g, ' ')}`,
    true,
  );
  put('time_zone', source.timeZone, true);
  for (const field of source.fields.values()) {
    const at = `fields.${field.name}`;
    put(`${at}.type`, field.type, true);
    put(`${at}.column`, field.column, true);
    put(`${at}.format`, field.format, true);
    put(`${at}.key`, field.key ? 'true' : undefined);
    put(`${at}.values`, field.values?.join(', '));
    put(`${at}.description`, field.description?.trim());
  }
  return out;
}

/** A scorecard's settings; none is breaking (scorecards only group KPIs). */
export function flattenScorecard(card: ScorecardModel): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking: false });
  };
  putTitle(put, card.title);
  put('description', card.description?.trim());
  put('audience', card.audience);
  put('kpis', card.kpis.join(', '));
  put('grain', card.grain);
  put('history', String(card.history));
  put('compare', card.compare);
  put('private', card.private?.audiences.join(', '));
  return out;
}

/** A calendar's settings; everything but the title changes business-time numbers. */
export function flattenCalendar(calendar: CalendarModel): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined, breaking = true) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking });
  };
  if (calendar.title) putTitle((k, v) => put(k, v, false), calendar.title);
  put('time_zone', calendar.timeZone);
  calendar.schedules.forEach((s, i) => {
    const span = s.from || s.until ? ` (${s.from ?? '…'} – ${s.until ?? '…'})` : '';
    const days = Object.entries(s.hours)
      .filter(([, intervals]) => intervals.length > 0)
      .map(([day, intervals]) => `${day} ${intervals.map(clock).join(', ')}`);
    put(`hours${calendar.schedules.length > 1 ? `[${i}]` : ''}`, `${days.join('; ')}${span}`);
  });
  put('holidays', calendar.holidays.join(', '));
  put('holiday_rules', calendar.holidayRules.join(', '));
  put(
    'special_days',
    Object.entries(calendar.specialDays)
      .map(([day, intervals]) => `${day} ${intervals.map(clock).join(', ') || 'closed'}`)
      .join('; '),
  );
  put('before_holiday_hours', calendar.beforeHolidayHours?.map(clock).join(', '));
  return out;
}

function putTitle(put: (key: string, value: string | undefined) => void, title: LocalizedText): void {
  for (const lang of Object.keys(title).sort()) put(`title.${lang}`, title[lang]);
}

function clock(interval: DayInterval): string {
  const hm = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return `${hm(interval.start)}-${hm(interval.end)}`;
}

function relativeTo(root: string, path: string): string {
  const base = root.endsWith('/') ? root : `${root}/`;
  return path.startsWith(base) ? path.slice(base.length) : path;
}
