import { sourceRelationName } from '@nyckeltal/compiler';
import { validateProject } from '@nyckeltal/spec';
import { openBrowserDuckDb, type SqlRunner } from './browser-duckdb.js';
import { CATALOG_ROOT, catalogFiles } from './catalog-files.js';
import { installIcuShim } from './icu-shim.js';
import { loadParquetSource } from './parquet-source.js';
import type { YearSpan } from './run-kpi.js';

/**
 * Starts DuckDB-Wasm and loads the catalog's sources from the shipped Parquet files as
 * `src_<id>` views (data/index.json says which file holds which source), then installs the time-zone stand-in for the zones the sources and
 * calendars use, over the years the data spans (plus one either side).
 *
 * @example
 * const { db, years } = await prepareDatabase();
 * await db.query('select count(*) as n from src_tickets'); // [{ n: 2000 }]
 */
export async function prepareDatabase(): Promise<{ db: SqlRunner; years: YearSpan }> {
  const { model } = validateProject({ root: CATALOG_ROOT, files: catalogFiles() });
  if (!model) throw new Error('Bug: the catalog does not validate');
  const db = await openBrowserDuckDb();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  // The demo data shipped beside the page (scripts/make-data.ts): source id → Parquet file.
  const index = (await (await fetch(new URL('data/index.json', document.baseURI))).json()) as Record<
    string,
    string
  >;
  for (const [id, url] of Object.entries(index)) {
    const source = model.sources.get(id);
    if (!source) continue;
    const response = await fetch(new URL(url, document.baseURI));
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const relation = sourceRelationName(id);
    await loadParquetSource(db, source, relation, await response.arrayBuffer());
    const stamps = [...source.fields.values()]
      .filter((f) => f.type === 'timestamp')
      .map((f) => `"${f.name}"`);
    if (stamps.length === 0) continue;
    const [row] = await db.query(
      `select year(cast(min(least(${stamps.join(', ')})) as timestamp)) as first,
              year(cast(max(greatest(${stamps.join(', ')})) as timestamp)) as last from "${relation}"`,
    );
    if (typeof row?.first === 'number') first = Math.min(first, row.first);
    if (typeof row?.last === 'number') last = Math.max(last, row.last);
  }
  const years = Number.isFinite(first) ? { first, last } : { first: 2024, last: 2026 };
  const zones = [
    ...[...model.sources.values()].map((s) => s.timeZone),
    ...[...model.calendars.values()].map((c) => c.timeZone),
  ];
  await installIcuShim(db, zones, years.first - 1, years.last + 1);
  return { db, years };
}
