import '@nyckeltal/widgets';
import type { Grain, ProjectModel } from '@nyckeltal/spec';
import { grains, validateProject } from '@nyckeltal/spec';
import type { SqlRunner } from './browser-duckdb.js';
import { CATALOG_ROOT, catalogFiles, withEdit } from './catalog-files.js';
import { renderGutter, renderIssues, renderValues } from './editor-view.js';
import { prepareDatabase } from './prepare-database.js';
import { type KpiRun, runKpi, type YearSpan } from './run-kpi.js';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('kpi-yaml');
const gutter = $<HTMLDivElement>('gutter');
const picker = $<HTMLSelectElement>('kpi-picker');
const grainPicker = $<HTMLSelectElement>('grain-picker');
const status = $<HTMLParagraphElement>('status');
const sqlOut = $<HTMLPreElement>('sql');
const trend = $<HTMLElement & { data?: unknown }>('trend');

const files = catalogFiles();
const kpiFiles = files.filter((f) => /^kind:\s*kpi\s*$/m.test(String(f.text)));
let current = kpiFiles[0]?.path ?? '';
let database: { db: SqlRunner; years: YearSpan } | undefined;
let sequence = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

function setStatus(state: 'loading' | 'typing' | 'running' | 'ready' | 'invalid' | 'error', message: string) {
  status.dataset.state = state;
  status.textContent = message;
}

/** Validates the edited catalog, then compiles and runs the KPI; stale runs are dropped. */
async function update(): Promise<void> {
  const mine = ++sequence;
  const { model, issues } = validateProject({
    root: CATALOG_ROOT,
    files: withEdit(files, current, text.value),
  });
  const shown = issues.filter((i) => i.file === current || i.file === undefined || i.severity === 'error');
  renderIssues($('issues'), shown, current);
  renderGutter(
    gutter,
    text.value,
    shown.filter((i) => i.file === current),
  );
  if (!model) {
    setStatus(
      'invalid',
      `${issues.filter((i) => i.severity === 'error').length} error(s): fix them to see SQL and values.`,
    );
    return;
  }
  const id = kpiIdOf(model, current);
  if (!id) {
    setStatus('invalid', 'This file does not define a KPI.');
    return;
  }
  if (!database) return; // the first run starts once the data is loaded
  setStatus('running', 'Running…');
  try {
    const run = await runKpi(database.db, model, id, grainPicker.value as Grain, database.years);
    if (mine !== sequence) return;
    show(run);
    setStatus(
      'ready',
      `${id}: ${run.values.length} periods computed in your browser in ${run.milliseconds} ms.`,
    );
  } catch (error) {
    if (mine !== sequence) return;
    setStatus(
      'error',
      `The query failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }
}

function show(run: KpiRun): void {
  const params = run.parameters.map((p, i) => `-- $${i + 1} = ${JSON.stringify(p)}`).join('\n');
  sqlOut.textContent = `${run.sql}\n${params}`;
  renderValues($('values'), run.values, run.snapshot.kpis[0]?.unit ?? '');
  trend.setAttribute('kpi', run.snapshot.kpis[0]?.id ?? '');
  trend.data = run.snapshot;
}

function kpiIdOf(model: ProjectModel, path: string): string | undefined {
  for (const kpi of model.kpis.values()) if (kpi.origin.file === path) return kpi.id;
  return undefined;
}

function schedule(): void {
  clearTimeout(timer);
  if (database) setStatus('typing', 'Checking…');
  timer = setTimeout(() => void update(), 250);
}

function open(path: string): void {
  current = path;
  text.value = String(files.find((f) => f.path === path)?.text ?? '');
  void update();
}

for (const f of kpiFiles) picker.add(new Option(f.path, f.path));
for (const g of grains) grainPicker.add(new Option(g, g, g === 'month', g === 'month'));
picker.addEventListener('change', () => open(picker.value));
grainPicker.addEventListener('change', () => void update());
text.addEventListener('input', schedule);
text.addEventListener('scroll', () => {
  gutter.scrollTop = text.scrollTop;
});
open(current);
setStatus('loading', 'Loading DuckDB and the demo data…');
prepareDatabase()
  .then((prepared) => {
    database = prepared;
    return update();
  })
  .catch((error: unknown) => setStatus('error', `Could not start DuckDB: ${String(error)}`));
