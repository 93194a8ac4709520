import { DefaultQueryCompiler } from 'kysely';

/**
 * Kysely's query compiler with DuckDB's conventions: `$1, $2…` placeholders (kysely's
 * default), double-quoted identifiers with embedded quotes doubled, and single-quoted
 * string literals with embedded quotes doubled. DuckDB, like PostgreSQL, treats a
 * backslash in a standard string literal as an ordinary character, so doubling the
 * quote is the whole escape.
 *
 * @example
 * const db = createQueryBuilder(); // uses this compiler
 * db.selectFrom('src_tickets').select('id').compile().sql; // select "id" from "src_tickets"
 */
export class DuckDbQueryCompiler extends DefaultQueryCompiler {
  protected override getCurrentParameterPlaceholder(): string {
    return `$${this.numParameters}`;
  }

  protected override getLeftIdentifierWrapper(): string {
    return '"';
  }

  protected override getRightIdentifierWrapper(): string {
    return '"';
  }

  protected override sanitizeIdentifier(identifier: string): string {
    return identifier.replaceAll('"', '""');
  }

  protected override sanitizeStringLiteral(value: string): string {
    return value.replaceAll("'", "''");
  }
}
