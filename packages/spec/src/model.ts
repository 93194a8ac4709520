import type { ExprNode, ValueType } from './measure/ast.js';

/**
 * The normalized project: what `normalize` returns once files are loaded and
 * validated, and what the compiler and engine read. Defaults are filled in, names
 * resolved, measure text parsed and type-checked. Nothing here holds raw YAML.
 *
 * @example
 * const kpi = project.kpis.get('itsm.mttr');
 * console.log(kpi?.unit, kpi?.measure.ast.kind); // 'hours' 'aggregate'
 */
export interface ProjectModel {
  /** Absolute folder of nyckeltal.yaml; relative paths resolve against it. */
  readonly root: string;
  readonly settings: ProjectSettings;
  readonly kpis: ReadonlyMap<string, KpiModel>;
  readonly sources: ReadonlyMap<string, SourceModel>;
  readonly scorecards: ReadonlyMap<string, ScorecardModel>;
  readonly calendars: ReadonlyMap<string, CalendarModel>;
  /** SLA policies (`kind: sla`); each is also in `sources` as a derived source under its id. Absent = none. */
  readonly slas?: ReadonlyMap<string, SlaModel>;
  /** KPI tests (`kind: test`, docs/kpi-tests.md) by id. Absent = none. */
  readonly tests?: ReadonlyMap<string, KpiTestModel>;
}

export type Grain = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const grains: readonly Grain[] = ['day', 'week', 'month', 'quarter', 'year'];

export type Category = 'itsm' | 'ex' | 'cx';
export type Level = 'input' | 'process' | 'output' | 'outcome';
export type Direction = 'higher' | 'lower';
export type Influence = 'high' | 'medium' | 'low';
export type Review = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** Text in several languages; `en` is always present after normalize. */
export interface LocalizedText {
  readonly en: string;
  readonly sv?: string;
  readonly [lang: string]: string | undefined;
}

/** Where a definition came from, for issues raised after loading. */
export interface Origin {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ProjectSettings {
  readonly name: string;
  /** Default language for output: 'en' or 'sv'. */
  readonly language: string;
  /** Default data: a DuckDB file the sources' `{ table: … }` read from, resolved to an absolute path. */
  readonly database?: string;
  /** Folder names (relative to root) holding definitions; default all folders. */
  readonly paths: readonly string[];
  /** Code-review handles per owner team, for CODEOWNERS (`kpi owners`). */
  readonly owners: Readonly<Record<string, string>>;
  /** Origins allowed to fetch snapshots from `kpi serve`. */
  readonly cors: readonly string[];
  /** Where `kpi build` writes snapshots, resolved to an absolute path. */
  readonly out: string;
}

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp' | 'date';

export interface FieldModel {
  readonly name: string;
  readonly type: FieldType;
  /** Column in the source's rows; the field name unless `column:` maps another. */
  readonly column: string;
  readonly key: boolean;
  /** Allowed values, for string fields that declare them. */
  readonly values?: readonly string[];
  /** A strptime format for text timestamps, e.g. '%d/%m/%Y %H:%M'. */
  readonly format?: string;
  readonly description?: string;
}

export type SourceFrom =
  | {
      readonly kind: 'file';
      readonly path: string;
      readonly format: 'csv' | 'parquet' | 'json' | 'duckdb';
      readonly table?: string;
    }
  | { readonly kind: 'table'; readonly table: string }
  | { readonly kind: 'sql'; readonly sql: string };

export interface SourceModel {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: string;
  readonly from: SourceFrom;
  /** IANA zone in which wall-clock timestamps are read and periods are cut. */
  readonly timeZone: string;
  readonly fields: ReadonlyMap<string, FieldModel>;
  /**
   * Set when the engine computes this source's rows from other definitions: an SLA
   * policy's tickets with their clocks. `from` then reads the relation the engine
   * prepares for it (see docs/business-time.md).
   */
  readonly derived?: { readonly kind: 'sla'; readonly sla: string };
  readonly origin: Origin;
}

export interface Owner {
  readonly name: string;
  readonly team?: string;
  readonly email?: string;
}

/** A target in force from `from` (inclusive) until `until` (inclusive); open ends when absent. */
export interface Target {
  readonly value: number;
  readonly from?: string;
  readonly until?: string;
}

/** Read with the KPI's direction: for `lower`, value ≤ green is green, ≤ amber is amber, else red. */
export interface Thresholds {
  readonly green: number;
  readonly amber: number;
}

/** A parsed, type-checked expression with the text it came from. */
export interface TypedExpr {
  readonly text: string;
  readonly ast: ExprNode;
  readonly type: ValueType;
  /** Source fields the expression reads, sorted. */
  readonly fields: readonly string[];
}

export interface KpiModel {
  readonly id: string;
  readonly version: number;
  readonly title: LocalizedText;
  readonly description: string;
  readonly category: Category;
  readonly level: Level;
  readonly owner: Owner;
  readonly source: string;
  readonly measure: TypedExpr;
  readonly where?: TypedExpr;
  /** The timestamp field that puts a row in a period. */
  readonly time: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly breakdowns: readonly string[];
  readonly targets: readonly Target[];
  readonly thresholds?: Thresholds;
  readonly baseline?: { readonly value: number; readonly period: string };
  readonly review?: Review;
  readonly supports: readonly string[];
  readonly influence?: Influence;
  /** Fewer rows than this in a period → status `insufficient`. Default 1. */
  readonly minSample: number;
  readonly origin: Origin;
}

export interface ScorecardModel {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: string;
  readonly audience: string;
  readonly kpis: readonly string[];
  readonly grain: Grain;
  readonly history: number;
  readonly compare: 'previous' | 'year_ago';
  /** When set, `kpi serve` shows the scorecard only to tokens of these audiences. */
  readonly private?: { readonly audiences: readonly string[] };
  readonly origin: Origin;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** An interval of working time within a day, in minutes after local midnight; end is exclusive. */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

export interface CalendarSchedule {
  /** First day (inclusive) this weekly schedule applies; absent = since always. */
  readonly from?: string;
  /** Last day (inclusive); absent = until further notice. */
  readonly until?: string;
  readonly hours: Readonly<Record<Weekday, readonly DayInterval[]>>;
}

export interface CalendarModel {
  readonly id: string;
  readonly title?: LocalizedText;
  readonly timeZone: string;
  /** Weekly schedules, sorted by `from`; their ranges do not overlap. */
  readonly schedules: readonly CalendarSchedule[];
  /** Days with no working time, as ISO dates. */
  readonly holidays: readonly string[];
  /** Holiday rule sets, e.g. 'se' for Swedish public holidays. */
  readonly holidayRules: readonly string[];
  /** Days with their own hours (e.g. shortened days), ISO date → intervals. */
  readonly specialDays: Readonly<Record<string, readonly DayInterval[]>>;
  /** Shortened hours on a working day whose next day is a holiday (e.g. 08:00–13:00); absent = normal hours. */
  readonly beforeHolidayHours?: readonly DayInterval[];
  readonly origin: Origin;
}

/** A pause clock: statuses in a status-history source during which a ticket's clocks stop. */
export interface PauseClockModel {
  /** The id of the source with one row per status change. */
  readonly events: string;
  /** Fields of that source: the ticket, the status entered, and when. */
  readonly ticket: string;
  readonly status: string;
  readonly at: string;
  /** Statuses that stop the clock; a pause lasts until the ticket's next status change. */
  readonly states: readonly string[];
}

/** Targets of one priority in business hours; at least one is set. */
export interface SlaTargetModel {
  readonly response?: number;
  readonly resolution?: number;
}

/** An SLA policy (`kind: sla`): targets per priority, clocks in a calendar's business hours, net of pauses. */
export interface SlaModel {
  readonly id: string;
  readonly title?: LocalizedText;
  readonly description?: string;
  /** The tickets source and its fields (field names, not columns). */
  readonly source: string;
  /** Which tickets the policy covers (a boolean condition on the source's fields); absent = all. */
  readonly where?: TypedExpr;
  readonly calendar: string;
  /** The field identifying a ticket: declared, or the source's `key: true` field. */
  readonly key: string;
  readonly priority: string;
  readonly start: string;
  readonly response?: string;
  readonly resolution: string;
  /** Priority value → targets. */
  readonly targets: Readonly<Record<string, SlaTargetModel>>;
  readonly pauses?: PauseClockModel;
  /** A boolean field with the ticket tool's own verdict (true = met), for reconciliation. */
  readonly vendorFlag?: string;
  readonly origin: Origin;
}

/** A value of a test row as written: text (also timestamps and dates), a number, true/false, or empty. */
export type TestRowValue = string | number | boolean | null;

/** One input row of a KPI test: values by field name (fields left out are empty). */
export interface KpiTestRow {
  readonly values: Readonly<Record<string, TestRowValue>>;
  readonly origin: Origin;
}

/** One expected value: a KPI in a period, with the grain the period key's form gives. */
export interface KpiTestExpectation {
  readonly kpi: string;
  /** The period key as text, e.g. '2026-10', '2026-Q4', '2026'. */
  readonly period: string;
  readonly grain: Grain;
  /** The expected value; null when the period must have no value. */
  readonly value: number | null;
  readonly sample?: number;
  /** Absolute tolerance for the value; 1e-6 unless the test says otherwise. */
  readonly tolerance: number;
  readonly origin: Origin;
}

/** A KPI test (`kind: test`): input rows per source and the KPI values they must give. */
export interface KpiTestModel {
  readonly id: string;
  readonly title?: LocalizedText;
  readonly description?: string;
  /** Rows by source id; every source not named here is empty while the test runs. */
  readonly rows: ReadonlyMap<string, readonly KpiTestRow[]>;
  /** Sources reading a file or SQL whose data the rows stand in for. */
  readonly replace: readonly string[];
  readonly expect: readonly KpiTestExpectation[];
  readonly origin: Origin;
}
