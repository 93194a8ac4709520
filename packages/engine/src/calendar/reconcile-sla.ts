import { createQueryBuilder, slaReconciliationSql } from '@nyckeltal/compiler';
import type { ProjectModel, SnapshotIssue } from '@nyckeltal/spec';
import type { JsValue } from '../duckdb-value.js';
import type { EngineSession } from '../engine-session.js';
import { prepareSla } from './prepare-sla-sources.js';

/** One ticket where the computed verdict and the vendor's differ, with what it was held to. */
export interface SlaExample {
  readonly ticket: string;
  readonly priority: string | null;
  readonly responseHours: number | null;
  readonly responseTarget: number | null;
  readonly resolutionHours: number | null;
  readonly resolutionTarget: number | null;
}

/** The computed SLA verdicts set against the ticket tool's own flag. */
export interface SlaReconciliation {
  readonly sla: string;
  readonly vendorFlag: string;
  readonly tickets: number;
  /** Both verdicts known and equal. */
  readonly agree: number;
  readonly disagree: number;
  readonly weMetVendorBreached: number;
  readonly weBreachedVendorMet: number;
  /** Either verdict unknown: a clock still running, a priority without target, or no vendor flag. */
  readonly undecided: number;
  readonly examples: {
    readonly metButVendorBreached: readonly SlaExample[];
    readonly breachedButVendorMet: readonly SlaExample[];
  };
}

const db = createQueryBuilder();

/**
 * Reconciles an SLA policy's verdicts, computed from first principles (timestamps,
 * calendar, pauses), with its `vendor_flag` over every ticket in the data: agree and
 * disagree counts, each kind of disagreement with up to `examples` tickets (the first by
 * ticket id). The policy must name a vendor flag. `report` is absent when the policy's
 * sources could not be loaded; `issues` says why.
 *
 * @example
 * const { report } = await reconcileSla(session, project, 'incident-sla');
 * report?.disagree; // 9
 */
export async function reconcileSla(
  session: EngineSession,
  project: ProjectModel,
  slaId: string,
  options: { readonly examples?: number } = {},
): Promise<{ readonly report?: SlaReconciliation; readonly issues: readonly SnapshotIssue[] }> {
  const vendorFlag = project.slas?.get(slaId)?.vendorFlag;
  if (vendorFlag === undefined)
    throw new Error(`Bug: SLA policy "${slaId}" has no vendor flag to reconcile with`);
  const { policy, issues } = await prepareSla(session, project, slaId);
  if (!policy) return { issues };
  const [row] = await session.query(slaReconciliationSql(policy, options.examples ?? 5).compile(db));
  const count = (key: string) => Number(row?.[key] ?? 0);
  const agree = count('agree');
  const disagree = count('disagree');
  const undecided = count('undecided');
  return {
    report: {
      sla: slaId,
      vendorFlag,
      tickets: agree + disagree + undecided,
      agree,
      disagree,
      weMetVendorBreached: count('we_met_vendor_breached'),
      weBreachedVendorMet: count('we_breached_vendor_met'),
      undecided,
      examples: {
        metButVendorBreached: examplesOf(row?.met_but_vendor_breached_examples),
        breachedButVendorMet: examplesOf(row?.breached_but_vendor_met_examples),
      },
    },
    issues,
  };
}

function examplesOf(value: JsValue | undefined): SlaExample[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: JsValue) => {
    const r = (item ?? {}) as Readonly<Record<string, JsValue>>;
    const num = (key: string) => (typeof r[key] === 'number' ? (r[key] as number) : null);
    return {
      ticket: String(r.ticket ?? ''),
      priority: typeof r.priority === 'string' ? r.priority : null,
      responseHours: num('response_hours'),
      responseTarget: num('response_target'),
      resolutionHours: num('resolution_hours'),
      resolutionTarget: num('resolution_target'),
    };
  });
}
