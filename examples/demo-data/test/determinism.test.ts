import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TABLES } from '../src/index.js';
import { type DemoDb, openDemoDb } from './demo-db.js';

// An order-independent fingerprint of a table's contents: row count and the xor of
// every row's hash. Row order may differ between runs (generation is parallel).
async function fingerprints(db: DemoDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of DEMO_TABLES) {
    const [row] = await db.query(`select count(*) as n, bit_xor(hash(t)) as h from ${table} t`);
    out[table] = `${row?.n}:${row?.h}`;
  }
  return out;
}

describe('the demo data is reproducible', () => {
  let first: DemoDb;
  let second: DemoDb;
  let otherSeed: DemoDb;
  beforeAll(async () => {
    first = await openDemoDb({ seed: 7 });
    second = await openDemoDb({ seed: 7 });
    otherSeed = await openDemoDb({ seed: 8 });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close(), otherSeed.close()]);
  });

  it('writes identical contents to every table for the same seed', async () => {
    expect(await fingerprints(second)).toEqual(await fingerprints(first));
  });

  it('writes different tickets, surveys and people for another seed', async () => {
    const a = await fingerprints(first);
    const b = await fingerprints(otherSeed);
    for (const table of [
      'tickets',
      'ticket_events',
      'survey_responses',
      'employees',
      'customers',
      'changes',
    ]) {
      expect(b[table], table).not.toEqual(a[table]);
    }
  });

  it('keeps the ticket count exact whatever the seed', async () => {
    expect(first.stats.rows.tickets).toBe(2000);
    expect(otherSeed.stats.rows.tickets).toBe(2000);
  });
});
