import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Snapshot } from '../snapshot.js';
import { publishedSchemas, schemaJson } from './schemas.js';
import type { SnapshotDoc } from './snapshot-schema.js';

const stems = Object.keys(publishedSchemas) as (keyof typeof publishedSchemas)[];

describe('published JSON schemas', () => {
  it.each(stems)('schema/%s.schema.json is exactly what the TypeScript schema produces', (stem) => {
    const committed = readFileSync(new URL(`../../schema/${stem}.schema.json`, import.meta.url), 'utf8');
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

  it('describes a snapshot the same way as the Snapshot interface of snapshot.ts', () => {
    // Both directions of assignability, ignoring readonly: a drift in either file fails typecheck.
    type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
    expectTypeOf<Mutable<Snapshot>>().toMatchTypeOf<SnapshotDoc>();
    expect(publishedSchemas.snapshot.required).toContain('kpis');
  });
});
