/**
 * The engine's one audited place where text becomes SQL text.
 *
 * DuckDB cannot bind prepared parameters inside DDL: `CREATE VIEW v AS SELECT * FROM
 * read_csv(?)` and `ATTACH ? AS db` fail with "This type of statement can't be
 * prepared". Source views must be DDL (the compiler's queries read them by name), so
 * file paths, table names and time zones from the project are quoted here instead:
 * a string literal doubles every single quote, an identifier doubles every double
 * quote, and both refuse NUL (which DuckDB's parser would treat as the end of text).
 * Nothing else in the engine builds SQL from project text.
 */

/**
 * Quotes text as a SQL string literal.
 *
 * @example
 * sqlString("/data/o'brien.csv"); // "'/data/o''brien.csv'"
 */
export function sqlString(text: string): string {
  refuseNul(text);
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Quotes a name as a SQL identifier (a column, view, table or database alias).
 *
 * @example
 * sqlIdentifier('resolved "at"'); // '"resolved ""at"""'
 */
export function sqlIdentifier(name: string): string {
  refuseNul(name);
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a possibly qualified table name ('schema.table' or 'db.schema.table') part by part.
 *
 * @example
 * sqlQualifiedName('main.tickets'); // '"main"."tickets"'
 */
export function sqlQualifiedName(name: string): string {
  return name.split('.').map(sqlIdentifier).join('.');
}

function refuseNul(text: string): void {
  if (text.includes('\u0000')) throw new Error('Bug: NUL character in text meant for SQL');
}
