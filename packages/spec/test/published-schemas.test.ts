import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { publishedSchemas, schemaJson } from '../src/schemas/schemas.js';

const stems = Object.keys(publishedSchemas) as (keyof typeof publishedSchemas)[];

describe('published JSON schemas', () => {
  it.each(stems)('schema/%s.schema.json is exactly what the TypeScript schema produces', (stem) => {
    const committed = readFileSync(new URL(`../schema/${stem}.schema.json`, import.meta.url), 'utf8');
    // When this fails: pnpm exec tsx packages/spec/scripts/write-schemas.ts
    expect(committed).toBe(schemaJson(stem));
  });

  it.each(stems)('the %s schema compiles with ajv in strict mode apart from editor keywords', (stem) => {
    // Named properties (en, mon) also match patternProperties on purpose: named ones give editors completion.
    const ajv = new Ajv({
      strict: true,
      allowMatchingProperties: true,
      allowUnionTypes: true,
      allErrors: true,
      validateFormats: false,
    });
    ajv.addKeyword('patternErrorMessage');
    expect(() => ajv.compile(publishedSchemas[stem])).not.toThrow();
  });

  it('gives every top-level property of a definition a title and a description for editor hover', () => {
    for (const stem of ['kpi', 'source', 'scorecard', 'calendar', 'project'] as const) {
      const properties = publishedSchemas[stem].properties as Record<
        string,
        { title?: string; description?: string }
      >;
      for (const [name, property] of Object.entries(properties)) {
        expect(property.title, `${stem}.${name}`).toBeTruthy();
        expect(property.description, `${stem}.${name}`).toBeTruthy();
      }
    }
  });

  it('accepts a snapshot written as snapshot.ts describes it, and rejects one without kpis', () => {
    // The type-level agreement is checked at compile time in src/schemas/snapshot-schema.ts.
    const validate = new Ajv({ strict: false }).compile(publishedSchemas.snapshot);
    const kpi = {
      id: 'itsm.mttr',
      version: 1,
      title: { en: 'MTTR' },
      category: 'itsm',
      level: 'process',
      unit: 'hours',
      direction: 'lower',
      owner: { name: 'Lead' },
      value: 9.4,
      numerator: null,
      denominator: null,
      sample: 812,
      status: 'amber',
      target: 8,
      thresholds: { green: 8, amber: 12 },
      previous: { period: '2026-09', value: 10.1 },
      delta: -0.7,
      improved: true,
      series: [{ period: '2026-10', value: 9.4, sample: 812, target: 8, status: 'amber' }],
      breakdowns: { priority: [{ key: '1 - Critical', value: 3.2, sample: 40 }] },
      supports: [],
    };
    const snapshot = {
      schema: 'nyckeltal.snapshot/v1',
      scorecard: { id: 'sd', title: { en: 'SD' } },
      grain: 'month',
      period: { key: '2026-10', start: '2026-10-01', end: '2026-11-01' },
      built_at: '2026-11-27T08:00:00Z',
      data_through: null,
      kpis: [kpi],
      issues: [],
    };
    expect(validate(snapshot)).toBe(true);
    expect(validate({ ...snapshot, kpis: undefined })).toBe(false);
  });
});
