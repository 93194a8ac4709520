import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type CompiledQuery, compileKpiSql, planKpis } from '../src/index.js';
import { allGrains, kpi, project } from './fixture-project.js';

// Golden SQL: the compiled text of each measure function and grain, kept in
// test/golden/*.sql and reviewed like code. A missing file is written; UPDATE_GOLDEN=1
// rewrites them all; otherwise the SQL must match exactly.
const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function golden(name: string, query: CompiledQuery): void {
  const text = `${query.sql}\n-- parameters: ${JSON.stringify(query.parameters)}\n`;
  const file = join(goldenDir, `${name}.sql`);
  if (update || !existsSync(file)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, text);
  }
  expect(text).toBe(readFileSync(file, 'utf8'));
}

const measures: Record<string, { measure: string; where?: string; title?: string }> = {
  'count-star': { measure: 'count(*)', where: "type = 'incident'", title: 'Incident volume' },
  count: { measure: 'count(score)' },
  'count-distinct': { measure: 'count_distinct(assignment_group)' },
  sum: { measure: 'sum(cost)' },
  avg: { measure: 'avg(cost)' },
  min: { measure: 'min(cost)' },
  max: { measure: 'max(cost)' },
  median: { measure: 'median(hours_between(opened_at, resolved_at))' },
  percentile: { measure: 'percentile(hours_between(opened_at, resolved_at), 0.9)' },
  share: { measure: "share(priority = '1 - Critical')", title: 'Share of critical tickets' },
  nps: { measure: 'nps(score)' },
  'top-box': { measure: 'top_box(score, 4)' },
  'filter-where': {
    measure: "count(*) filter (where channel in ('phone', 'email') and reopen_count not between 1 and 3)",
    where: "type = 'incident' and resolved_at is not null",
  },
  'hours-between': {
    measure: 'avg(hours_between(opened_at, resolved_at))',
    where: "type = 'incident'",
    title: 'Mean time to resolve',
  },
  'minutes-between': { measure: 'avg(minutes_between(opened_at, first_response_at))' },
  'days-between': { measure: 'max(days_between(opened_at, resolved_at))' },
  case: { measure: "sum(case when priority = 'P1' then 3 when priority = 'P2' then 2 else 1 end)" },
  'coalesce-least-greatest': { measure: 'sum(coalesce(least(cost, 100), greatest(cost, 0), -1))' },
  ratio: {
    measure: 'count(*) filter (where reopen_count = 0) * 100 / count(*)',
    title: 'First contact resolution',
  },
};

const p = project(Object.entries(measures).map(([id, m]) => kpi({ id, ...m })));

describe('golden SQL', () => {
  for (const id of Object.keys(measures)) {
    it(`compiles ${id} as in golden/measure-${id}.sql`, () => {
      golden(`measure-${id}`, compileKpiSql(p, id, 'month'));
    });
  }

  for (const grain of allGrains) {
    it(`compiles the ${grain} grain as in golden/grain-${grain}.sql`, () => {
      golden(`grain-${grain}`, compileKpiSql(p, 'hours-between', grain));
    });
  }

  it('compiles a fused scorecard on two time fields with breakdowns as in golden/fused-scorecard.sql', () => {
    const fused = project([
      kpi({
        id: 'itsm.volume',
        measure: 'count(*)',
        time: 'opened_at',
        breakdowns: ['channel'],
        title: 'Volume',
      }),
      kpi({ id: 'itsm.mttr', ...measures['hours-between']!, breakdowns: ['priority'] }),
      kpi({ id: 'itsm.fcr', ...measures.ratio!, breakdowns: ['channel'] }),
    ]);
    const plan = planKpis(fused, {
      kpis: ['itsm.volume', 'itsm.mttr', 'itsm.fcr'],
      grain: 'month',
      breakdownPeriod: '2026-10-01',
    });
    golden('fused-scorecard', plan.queries[0]!.query);
  });
});
