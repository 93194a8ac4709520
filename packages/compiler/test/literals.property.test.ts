import {
  checkExpr,
  type ExprNode,
  type LiteralNode,
  printExpr,
  type TypedExpr,
  walkExpr,
} from '@nyckeltal/spec';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileKpiSql } from '../src/index.js';
import { TestDb } from './duckdb-harness.js';
import { kpi, project, tickets } from './fixture-project.js';
import { measureArbitrary, whereArbitrary } from './measure-arbitrary.js';

function typedOrUndefined(ast: ExprNode, role: 'measure' | 'where'): TypedExpr | undefined {
  const checked = checkExpr(ast, { fields: tickets.fields, role });
  return checked.diagnostics.length > 0
    ? undefined
    : { text: printExpr(ast), ast, type: checked.type, fields: checked.fields };
}

function compile(measure: ExprNode, where: ExprNode | undefined) {
  const m = typedOrUndefined(measure, 'measure');
  const w = where && typedOrUndefined(where, 'where');
  fc.pre(m !== undefined && (where === undefined || w !== undefined));
  const base = kpi({ id: 'prop', measure: 'count(*)' });
  const model = { ...base, measure: m!, ...(w && { where: w }) };
  return compileKpiSql(project([model]), 'prop', 'month');
}

function literals(...asts: (ExprNode | undefined)[]): LiteralNode[] {
  const found: LiteralNode[] = [];
  for (const ast of asts) if (ast) walkExpr(ast, (n) => n.kind === 'literal' && found.push(n));
  return found;
}

/**
 * The same tree with other literal values: each distinct string becomes 'x0', 'x1'…, each
 * distinct number 1, 2…, so values that were equal stay equal (equal values share a
 * placeholder) and the SQL text must not change.
 */
function neutralized(...asts: (ExprNode | undefined)[]): (ExprNode | undefined)[] {
  const renamed = new Map<string, string | number>();
  const neutral = (value: string | number) => {
    const key = `${typeof value}:${value}`;
    if (!renamed.has(key))
      renamed.set(key, typeof value === 'string' ? `x${renamed.size}` : renamed.size + 1);
    return renamed.get(key);
  };
  return asts.map((ast) =>
    ast === undefined
      ? undefined
      : (JSON.parse(JSON.stringify(ast), (_key, value) =>
          value && typeof value === 'object' && value.kind === 'literal' && value.value !== null
            ? { ...value, value: neutral(value.value) }
            : value,
        ) as ExprNode),
  );
}

const arbitraryKpi = fc.tuple(measureArbitrary, whereArbitrary);

describe('literals from the measure language are always bound parameters', () => {
  it('never appear in the SQL text, and all appear among the parameters', () => {
    fc.assert(
      fc.property(arbitraryKpi, ([measure, where]) => {
        const { sql, parameters } = compile(measure, where);
        for (const literal of literals(measure, where)) {
          expect(parameters).toContain(literal.value);
          if (typeof literal.value === 'string') {
            expect(sql).not.toContain(`'${literal.value.replaceAll("'", "''")}'`);
            if (/['«"\\]|drop/.test(literal.value)) expect(sql).not.toContain(literal.value);
          } else if (/\.\d{2,}$/.test(String(literal.value))) {
            // e.g. 123456.789: text that no keyword, placeholder or constant of ours contains
            expect(sql).not.toContain(String(literal.value));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('give the same SQL text whatever their values', () => {
    fc.assert(
      fc.property(arbitraryKpi, ([measure, where]) => {
        const original = compile(measure, where);
        const [otherMeasure, otherWhere] = neutralized(measure, where);
        const neutral = compile(otherMeasure!, otherWhere);
        expect(original.sql).toBe(neutral.sql);
        expect(original.parameters).toHaveLength(neutral.parameters.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('random valid measures compile to SQL DuckDB runs', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await TestDb.open();
    await db.exec(`create table tickets (id varchar, type varchar, priority varchar, channel varchar,
      assignment_group varchar, opened_at timestamptz, first_response_at timestamptz, resolved_at timestamptz,
      reopen_count integer, score integer, cost double)`);
    await db.exec(`insert into tickets values
      ('a', 'incident', 'P1', 'phone', 'g1', '2026-03-01 08:00:00+00', '2026-03-01 09:00:00+00', '2026-03-02 08:00:00+00', 0, 9, 10.5),
      ('b', $$'; drop table x; --$$, null, 'email', 'g2', '2026-03-03 08:00:00+00', null, '2026-03-03 07:00:00+00', 2, 4, null)`);
    await db.exec('create view src_tickets as select * from tickets');
  });
  afterAll(() => db.close());

  it('runs every generated measure, and the tickets table survives', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryKpi, async ([measure, where]) => {
        const rows = await db.run(compile(measure, where));
        expect(rows.length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
    expect(await db.select('select count(*) as n from tickets')).toEqual([{ n: 2 }]);
  });
});
