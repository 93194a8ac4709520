import type { Snapshot } from '@nyckeltal/spec';

/** Why a snapshot could not be shown; `kind` is stable and part of the `kpi-error` event. */
export interface SnapshotError {
  readonly kind: 'network' | 'http' | 'json' | 'schema' | 'invalid' | 'not-found';
  readonly message: string;
  /** Details the element words in the reader's language (URL, HTTP status, path…). */
  readonly detail: string;
  readonly status?: number;
}

export type CheckResult =
  | { readonly ok: true; readonly snapshot: Snapshot }
  | { readonly ok: false; readonly error: SnapshotError };

// The schema version this build reads. Written out (not imported) so no spec code
// lands in the bundle; the type import below keeps it equal to the contract's.
const SCHEMA: Snapshot['schema'] = 'nyckeltal.snapshot/v1';
const statuses = new Set(['green', 'amber', 'red', 'insufficient', 'no-target']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberOrNull = (v: unknown): boolean => v === null || typeof v === 'number';

function kpiProblem(kpi: unknown, at: string): string | null {
  if (!isObject(kpi)) return `${at} is not an object`;
  if (typeof kpi.id !== 'string') return `${at}.id is missing`;
  const where = `KPI ${kpi.id}`;
  if (!isObject(kpi.title) || typeof kpi.title.en !== 'string') return `${where}: title.en is missing`;
  if (typeof kpi.unit !== 'string') return `${where}: unit is missing`;
  if (kpi.direction !== 'higher' && kpi.direction !== 'lower')
    return `${where}: direction is not higher or lower`;
  if (!statuses.has(kpi.status as string)) return `${where}: status is not a known status`;
  if (!isNumberOrNull(kpi.value) || !isNumberOrNull(kpi.target))
    return `${where}: value or target is not a number`;
  if (typeof kpi.sample !== 'number') return `${where}: sample is missing`;
  const previous = kpi.previous;
  if (previous !== null && (!isObject(previous) || typeof previous.period !== 'string'))
    return `${where}: previous is not null or a period with a value`;
  if (!isNumberOrNull(kpi.delta)) return `${where}: delta is not a number`;
  if (!Array.isArray(kpi.series)) return `${where}: series is missing`;
  for (const point of kpi.series) {
    if (!isObject(point) || typeof point.period !== 'string' || !isNumberOrNull(point.value)) {
      return `${where}: a series point has no period or value`;
    }
  }
  if (!isObject(kpi.breakdowns)) return `${where}: breakdowns is missing`;
  for (const rows of Object.values(kpi.breakdowns)) {
    if (!Array.isArray(rows) || !rows.every((r) => isObject(r) && isNumberOrNull(r.value))) {
      return `${where}: a breakdown row has no value`;
    }
  }
  if (!Array.isArray(kpi.supports) || !kpi.supports.every((s) => typeof s === 'string')) {
    return `${where}: supports is not a list of KPI ids`;
  }
  if (kpi.thresholds !== null && kpi.thresholds !== undefined && !isObject(kpi.thresholds)) {
    return `${where}: thresholds is not an object`;
  }
  return null;
}

/**
 * Checks that parsed JSON is a snapshot this build can draw: the schema version, and the
 * fields the elements read, with the types they need. Never throws.
 *
 * @example
 * checkSnapshot({ schema: 'nyckeltal.snapshot/v9' });
 * // { ok: false, error: { kind: 'schema', detail: 'nyckeltal.snapshot/v9', … } }
 */
export function checkSnapshot(json: unknown): CheckResult {
  const fail = (kind: SnapshotError['kind'], detail: string, message: string): CheckResult => ({
    ok: false,
    error: { kind, detail, message },
  });
  if (!isObject(json)) return fail('invalid', 'not an object', 'The snapshot is not a JSON object.');
  if (json.schema !== SCHEMA) {
    const schema = String(json.schema ?? '(none)');
    return fail('schema', schema, `Unknown snapshot schema "${schema}"; this build reads ${SCHEMA}.`);
  }
  const problem = snapshotProblem(json);
  if (problem) return fail('invalid', problem, `Malformed snapshot: ${problem}.`);
  // The checks above cover every field the elements read.
  return { ok: true, snapshot: json as unknown as Snapshot };
}

function snapshotProblem(json: Json): string | null {
  if (
    !isObject(json.scorecard) ||
    !isObject(json.scorecard.title) ||
    typeof json.scorecard.title.en !== 'string'
  ) {
    return 'scorecard.title.en is missing';
  }
  if (!isObject(json.period) || typeof json.period.key !== 'string') return 'period.key is missing';
  if (!Array.isArray(json.kpis)) return 'kpis is not a list';
  for (const [i, kpi] of json.kpis.entries()) {
    const problem = kpiProblem(kpi, `kpis[${i}]`);
    if (problem) return problem;
  }
  if (
    json.issues !== undefined &&
    (!Array.isArray(json.issues) || !json.issues.every((i) => isObject(i) && typeof i.message === 'string'))
  )
    return 'issues is not a list of issues with a message';
  return null;
}
