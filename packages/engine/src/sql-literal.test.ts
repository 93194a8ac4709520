import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { sqlIdentifier, sqlQualifiedName, sqlString } from './sql-literal.js';

describe('sqlString', () => {
  it('doubles single quotes and wraps the text in single quotes', () => {
    expect(sqlString("o'brien")).toBe("'o''brien'");
    expect(sqlString("'; drop table x; --")).toBe("'''; drop table x; --'");
  });

  it('refuses a NUL character', () => {
    expect(() => sqlString('a\u0000b')).toThrow(/NUL/);
  });

  it('round-trips hostile text through DuckDB unchanged', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const hostile = [
      "it's",
      "''",
      "\\'",
      "a'); select 1; --",
      'ünïcödé ✓',
      'line\nbreak',
      '$$x$$',
      "E'\\x41'",
    ];
    for (const text of hostile) {
      const reader = await connection.runAndReadAll(
        `select ${sqlString(text)} as t, ${sqlIdentifier(text)} as c from (select 1 as ${sqlIdentifier(text)})`,
      );
      expect(reader.getRowObjects()[0]).toEqual({ t: text, c: 1 });
    }
    connection.closeSync();
    instance.closeSync();
  });
});

describe('sqlIdentifier', () => {
  it('doubles double quotes', () => {
    expect(sqlIdentifier('a"b')).toBe('"a""b"');
  });

  it('quotes each part of a qualified name', () => {
    expect(sqlQualifiedName('raw.tickets')).toBe('"raw"."tickets"');
  });
});
