import {
  createIssue,
  type Issue,
  type LoadedDoc,
  loadFiles,
  locate,
  normalizeDocs,
  type ProjectFile,
  type ProjectModel,
  validateProject,
} from '@nyckeltal/spec';
import type { DefinitionChange } from './diff-projects.js';

/** One side of a diff: the definitions as far as they could be read, and what validation said. */
export interface ReadSide {
  /** The normalized project when valid; else the valid documents normalized, when that works. */
  readonly model: ProjectModel | undefined;
  /** True when validateProject accepted the files (warnings allowed). */
  readonly valid: boolean;
  readonly issues: readonly Issue[];
  /** Loaded documents, for pointing at lines (a version key, a scorecard's list entry). */
  readonly docs: readonly LoadedDoc[];
  /**
   * Definitions in the files that `model` leaves out because they have errors, as
   * `kind:id`: there but unreadable, so not "removed".
   */
  readonly unreadable: ReadonlySet<string>;
}

/**
 * Validates and normalizes one side of a diff with spec (pure). When the files have
 * errors, the schema-valid documents are still normalized where possible — first all of
 * them, then those in files without errors — so a pull request that breaks a reference
 * still shows what it changed.
 *
 * @example
 * const head = readSide({ root: '/repo/kpis', files });
 * head.model?.kpis.get('itsm.mttr')?.version; // 2
 */
export function readSide(input: { readonly root: string; readonly files: readonly ProjectFile[] }): ReadSide {
  const result = validateProject(input);
  const { docs } = loadFiles(input.files);
  const none = new Set<string>();
  if (result.model)
    return { model: result.model, valid: true, issues: result.issues, docs, unreadable: none };
  const attempt = (list: readonly LoadedDoc[]) => {
    try {
      return normalizeDocs(list, input.root);
    } catch {
      // A document that passed its schema but not the rules (a KPI whose source is gone, a
      // measure that does not type-check) cannot be normalized.
      return undefined;
    }
  };
  const schemaValid = docs.filter((d) => d.valid);
  const errorFiles = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.file));
  const used = [schemaValid, schemaValid.filter((d) => !errorFiles.has(d.file))];
  for (const list of used) {
    const model = attempt(list);
    if (!model) continue;
    const unreadable = new Set(docs.filter((d) => !list.includes(d)).map((d) => `${d.kind}:${d.id}`));
    return { model, valid: false, issues: result.issues, docs, unreadable };
  }
  // Then this side has no model and only its issues are reported.
  return { model: undefined, valid: false, issues: result.issues, docs, unreadable: none };
}

/**
 * The rules of a KPI change: a breaking change needs a higher version (KPI0700, pointing
 * at the `version:` line) — also when the change is in the SLA policy or calendar the KPI
 * reads; a removed KPI may not still be named by a scorecard or another KPI's `supports`
 * (KPI0701), nor a removed SLA policy by a KPI's `source:` (KPI0706), each pointing at
 * the name. File paths as in the docs.
 *
 * @example
 * checkChanges(changes, base, head); // [{ code: 'KPI0700', message: 'KPI "itsm.mttr" changes …', hint: 'Set version: 2 in itsm/mttr.yaml, …' }]
 */
export function checkChanges(
  changes: readonly DefinitionChange[],
  base: ReadSide,
  head: ReadSide,
  shown: (path: string) => string = (path) => path,
): Issue[] {
  const issues: Issue[] = [];
  const docOf = (kind: string, id: string) => head.docs.find((d) => d.kind === kind && d.id === id);
  for (const change of changes) {
    if (change.kind !== 'kpi') continue;
    if (change.change === 'changed' && change.breaking) {
      const before = base.model?.kpis.get(change.id)?.version ?? 1;
      const after = head.model?.kpis.get(change.id)?.version ?? 1;
      if (after > before) continue;
      const doc = docOf('kpi', change.id);
      const fields = [...new Set(change.fields.filter((f) => f.breaking).map((f) => f.field))].join(', ');
      const at = doc ? locateVersion(doc) : { file: change.file, subject: change.id };
      issues.push(
        createIssue(
          'KPI0700',
          { kpi: change.id, fields, version: after, next: before + 1, file: shown(change.file) },
          at,
        ),
      );
    }
    if (change.change === 'removed') issues.push(...referencesTo(change.id, head.docs));
  }
  for (const change of changes) {
    if (change.kind === 'sla' && change.change === 'removed') issues.push(...readersOf(change.id, head.docs));
  }
  return issues;
}

function locateVersion(doc: LoadedDoc) {
  // Point at the version value when there is one, else at the id (where `version:` would go).
  return doc.value.version !== undefined ? locate(doc, ['version']) : locate(doc, ['id']);
}

function referencesTo(id: string, docs: readonly LoadedDoc[]): Issue[] {
  const out: Issue[] = [];
  for (const doc of docs) {
    const list = doc.kind === 'scorecard' ? 'kpis' : doc.kind === 'kpi' ? 'supports' : undefined;
    const names = list ? doc.value[list] : undefined;
    if (!list || !Array.isArray(names)) continue;
    names.forEach((name, index) => {
      if (name !== id) return;
      const user = doc.kind === 'scorecard' ? `scorecard "${doc.id}"` : `KPI "${doc.id}" (under supports)`;
      out.push(createIssue('KPI0701', { kpi: id, user }, locate(doc, [list, index])));
    });
  }
  return out;
}

/** KPI0706 for each KPI whose `source:` still names a removed SLA policy. */
function readersOf(slaId: string, docs: readonly LoadedDoc[]): Issue[] {
  return docs
    .filter((doc) => doc.kind === 'kpi' && doc.value.source === slaId)
    .map((doc) => createIssue('KPI0706', { sla: slaId, kpi: doc.id ?? '' }, locate(doc, ['source'])));
}
