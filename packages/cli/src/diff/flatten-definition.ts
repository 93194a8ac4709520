import {
  type CalendarModel,
  type DayInterval,
  type KpiModel,
  type LocalizedText,
  printExpr,
  type ScorecardModel,
  type SourceModel,
  type Weekday,
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

/**
 * A calendar's settings, one key per weekday, holiday and special day so that a changed
 * day shows alone; everything but the title changes business-time numbers. One weekly
 * schedule without dates is `hours.<day>`; dated or several are `schedules[i].<day>`.
 *
 * @example
 * flattenCalendar(seOffice).get('hours.fri'); // { text: '08:00-15:00', breaking: true }
 * flattenCalendar(seOffice).get('holidays.2026-12-28'); // { text: 'day off', breaking: true }
 */
export function flattenCalendar(calendar: CalendarModel): Flat {
  const out = new Map<string, FlatValue>();
  const put = (key: string, value: string | undefined, breaking = true) => {
    if (value !== undefined && value !== '') out.set(key, { text: value, breaking });
  };
  if (calendar.title) putTitle((k, v) => put(k, v, false), calendar.title);
  put('time_zone', calendar.timeZone);
  const [only, ...more] = calendar.schedules;
  const plain = only !== undefined && more.length === 0 && !only.from && !only.until;
  calendar.schedules.forEach((s, i) => {
    const at = plain ? 'hours' : `schedules[${i}]`;
    if (!plain) {
      put(`${at}.from`, s.from ?? '…');
      put(`${at}.until`, s.until ?? '…');
    }
    for (const day of weekdays) put(`${at}.${day}`, s.hours[day].map(clock).join(', '));
  });
  put('holiday_rules', calendar.holidayRules.join(', '));
  for (const day of [...calendar.holidays].sort()) put(`holidays.${day}`, 'day off');
  for (const day of Object.keys(calendar.specialDays).sort())
    put(`special_days.${day}`, calendar.specialDays[day]?.map(clock).join(', ') || 'closed');
  put('before_holiday', calendar.beforeHolidayHours?.map(clock).join(', '));
  return out;
}

const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Puts `title.<lang>` for each language of a title, languages sorted. */
export function putTitle(put: (key: string, value: string | undefined) => void, title: LocalizedText): void {
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
