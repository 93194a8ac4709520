import type { AggregateNode, CalendarModel, ScalarFunction } from '@nyckeltal/spec';
import type { RawBuilder } from 'kysely';

/** SQL text that kysely compiles; values inside it are bound parameters. */
export type Sql = RawBuilder<unknown>;

/** The business-time functions, which need a calendar to compile. */
export type BusinessFunction = Extract<ScalarFunction, `business_${string}`>;

/** One `business_*_between(from, to, 'calendar')` call, handed to a {@link BusinessTimeSql}. */
export interface BusinessTimeCall {
  readonly fn: BusinessFunction;
  readonly unit: 'hours' | 'minutes' | 'days';
  /** The compiled start and end expressions (instants). */
  readonly from: Sql;
  readonly to: Sql;
  readonly calendar: CalendarModel;
}

/**
 * The extension point for business time. The compiler knows no calendar SQL of its own:
 * a KPI using `business_*_between` compiles only when the caller passes an implementation
 * (see README, "Business time"). Without one, the KPI is listed in the plan's
 * `unsupported` entries and left out of the queries — never computed with a stand-in.
 *
 * @example
 * const businessTime: BusinessTimeSql = {
 *   between: (call) => sql`business_seconds(${call.from}, ${call.to}, ${call.calendar.id}) / 3600.0`,
 * };
 * planKpis(project, { kpis: ['itsm.frt'], grain: 'month' }, { businessTime });
 */
export interface BusinessTimeSql {
  /** A scalar expression: working time between the instants, in `call.unit`; null when either is null. */
  between(call: BusinessTimeCall): Sql;
  /** Relations (CTEs) the expressions read, put before the source's rows CTE. */
  ctes?(
    calendars: readonly CalendarModel[],
  ): readonly { readonly name: string; readonly query: RawBuilder<Record<string, unknown>> }[];
  /** One-row relations, by name, cross joined with the source's rows; the expressions read their columns. */
  crossJoins?(calendars: readonly CalendarModel[]): readonly string[];
}

/** Why a KPI could not be compiled; the caller turns it into an issue. */
export interface UnsupportedConstruct {
  readonly kpi: string;
  readonly reason: 'business-time-not-available' | 'unknown-calendar';
  readonly fn: string;
  readonly calendar?: string;
}

/** What compiling one KPI's expressions needs and collects. */
export interface ExprContext {
  readonly kpi: string;
  readonly calendars: ReadonlyMap<string, CalendarModel>;
  readonly businessTime?: BusinessTimeSql;
  /** Filled while compiling: constructs that cannot be compiled. */
  readonly unsupported: UnsupportedConstruct[];
  /** Filled while compiling: calendars the expressions use. */
  readonly usedCalendars: Set<string>;
  /** Compiles an aggregate met in the expression; absent in row expressions (where aggregates are bugs). */
  readonly aggregate?: (node: AggregateNode) => Sql;
}
