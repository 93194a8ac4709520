import { type CompiledQuery, DefaultQueryCompiler, type QueryId, type RootOperationNode } from 'kysely';

/**
 * Kysely's query compiler with DuckDB's conventions: `$1, $2…` placeholders (kysely's
 * default), double-quoted identifiers with embedded quotes doubled, and single-quoted
 * string literals with embedded quotes doubled. DuckDB, like PostgreSQL, treats a
 * backslash in a standard string literal as an ordinary character, so doubling the
 * quote is the whole escape.
 *
 * Equal primitive values share one placeholder. A KPI's `where` is repeated in each of
 * its aggregates; with one placeholder per occurrence DuckDB would see different
 * expressions and compute each filtered count again, with a shared one its optimizer
 * computes an aggregate once however often it is written (measured: 1.5× faster on the
 * fused benchmark).
 *
 * @example
 * const db = createQueryBuilder(); // uses this compiler
 * db.selectFrom('src_tickets').select('id').compile().sql; // select "id" from "src_tickets"
 */
export class DuckDbQueryCompiler extends DefaultQueryCompiler {
  private placeholders = new Map<string, number>();

  override compileQuery(node: RootOperationNode, queryId: QueryId): CompiledQuery {
    this.placeholders = new Map();
    return super.compileQuery(node, queryId);
  }

  protected override appendValue(parameter: unknown): void {
    const type = typeof parameter;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && type !== 'bigint') {
      super.appendValue(parameter);
      return;
    }
    const key = `${type}:${String(parameter)}`;
    const known = this.placeholders.get(key);
    if (known !== undefined) {
      this.append(`$${known}`);
      return;
    }
    super.appendValue(parameter);
    this.placeholders.set(key, this.numParameters);
  }

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
