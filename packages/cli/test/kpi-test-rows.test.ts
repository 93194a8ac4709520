import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { EngineSession } from '@nyckeltal/engine';
import { validateProject } from '@nyckeltal/spec';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTestRows, testModel } from '../src/kpi-test/load-test-rows.js';
import { writeKpiTestProject } from './kpi-test-fixture.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function files(root: string, folder = root): { path: string; text: string }[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(root, path);
    return [{ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }];
  });
}

describe('loadTestRows', () => {
  it('inserts each source’s rows in one statement with bound values, wall-clock times in the source’s zone', async () => {
    dir = writeKpiTestProject();
    const { model } = validateProject({ root: dir, files: files(dir) });
    const test = model?.tests?.get('desk');
    expect(test).toBeDefined();
    const project = testModel(model!);
    const session = await EngineSession.open({});
    try {
      const query = vi.spyOn(session, 'query');
      await loadTestRows(session, project, test!);
      // two sources have rows (tickets, surveys): two inserts, none pasting a value into the SQL
      expect(query).toHaveBeenCalledTimes(2);
      for (const [call] of query.mock.calls) {
        expect(call.sql).toMatch(/^insert into /);
        expect(call.sql).not.toContain('T1');
        expect(call.sql).not.toContain('2026-10');
      }
      query.mockRestore();
      // checked with plain SQL: T2 opened at 09:00 Stockholm summer time is 07:00 UTC
      const rows = await session.query({
        sql: "select id, strftime(timezone('UTC', opened_at), '%Y-%m-%d %H:%M') as opened from project.tickets order by id",
        parameters: [],
      });
      expect(rows.map((r) => [r.id, r.opened])).toEqual([
        ['T1', '2026-10-05 06:00'],
        ['T2', '2026-10-06 07:00'],
        ['T3', '2026-10-07 07:00'],
        ['T4', '2026-11-02 07:00'],
      ]);
      // the surveys file source reads a stand-in table holding the three answers
      const surveys = project.sources.get('surveys')?.from;
      expect(surveys?.kind).toBe('table');
      const table = surveys?.kind === 'table' ? surveys.table : '';
      const [sum] = await session.query({
        sql: `select sum(score) as s from project.${table}`,
        parameters: [],
      });
      expect(Number(sum?.s)).toBe(4 + 5 + 2);
    } finally {
      session.close();
    }
  });
});
