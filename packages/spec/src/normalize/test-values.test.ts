import { describe, expect, it } from 'vitest';
import type { FieldModel, FieldType } from '../model.js';
import { readTestTimestamp, testValueProblem } from './test-values.js';

const field = (type: FieldType, values?: string[]): FieldModel => ({
  name: 'f',
  type,
  column: 'f',
  key: false,
  ...(values ? { values } : {}),
});

describe('testValueProblem', () => {
  it('accepts values of the field’s type, and empty for every type', () => {
    const fits: [FieldType, string | number | boolean][] = [
      ['string', 'INC1'],
      ['integer', 3],
      ['number', 2.5],
      ['number', 4],
      ['boolean', false],
      ['timestamp', '2026-10-05T08:00:00+02:00'],
      ['timestamp', '2026-10-05 08:00'],
      ['date', '2026-10-05'],
    ];
    for (const [type, value] of fits)
      expect(testValueProblem(field(type), value), `${type} ${value}`).toBeUndefined();
    for (const type of ['string', 'integer', 'timestamp'] as const)
      expect(testValueProblem(field(type), null)).toBeUndefined();
  });

  it('names what was expected when a value does not fit', () => {
    expect(testValueProblem(field('integer'), 2.5)).toMatchObject({
      kind: 'type',
      expected: 'a whole number',
    });
    expect(testValueProblem(field('string'), 17)).toMatchObject({ kind: 'type', expected: 'text' });
    expect(testValueProblem(field('date'), '2026-10-05T08:00')).toMatchObject({ kind: 'type' });
  });

  it('checks a string field’s declared values', () => {
    expect(testValueProblem(field('string', ['incident', 'request']), 'incident')).toBeUndefined();
    expect(testValueProblem(field('string', ['incident', 'request']), 'Incident')).toEqual({
      kind: 'not-allowed',
      allowed: ['incident', 'request'],
    });
  });
});

describe('readTestTimestamp', () => {
  it('tells a timestamp with its own zone from wall-clock time', () => {
    expect(readTestTimestamp('2026-10-05T08:00:00+02:00')).toEqual({ zoned: true });
    expect(readTestTimestamp('2026-10-05T06:00:00Z')).toEqual({ zoned: true });
    expect(readTestTimestamp('2026-10-05T08:00:00.250+0200')).toEqual({ zoned: true });
    expect(readTestTimestamp('2026-10-05 08:00')).toEqual({ zoned: false });
  });

  it('refuses times and dates that do not exist', () => {
    for (const text of ['2026-10-05T24:00', '2026-10-05T08:60', '2026-02-30T08:00', '2026-10-05', '08:00'])
      expect(readTestTimestamp(text), text).toBeUndefined();
  });
});
