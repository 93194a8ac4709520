/** The data file formats the engine reads, by file name ending. */
const FORMATS: readonly (readonly [string, 'csv' | 'parquet' | 'json' | 'duckdb'])[] = [
  ['.csv', 'csv'],
  ['.csv.gz', 'csv'],
  ['.tsv', 'csv'],
  ['.parquet', 'parquet'],
  ['.json', 'json'],
  ['.jsonl', 'json'],
  ['.ndjson', 'json'],
  ['.json.gz', 'json'],
  ['.duckdb', 'duckdb'],
];

/**
 * The format of a source's data file, from its name; undefined for files that cannot be read.
 *
 * @example
 * fileFormat('../data/tickets.csv.gz'); // 'csv'
 * fileFormat('tickets.xlsx');           // undefined
 */
export function fileFormat(path: string): 'csv' | 'parquet' | 'json' | 'duckdb' | undefined {
  const lower = path.toLowerCase();
  return FORMATS.find(([ending]) => lower.endsWith(ending))?.[1];
}
