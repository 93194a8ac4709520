import { describe, expect, it } from 'vitest';
import { paramsInSwedish } from './params-sv.js';

describe('paramsInSwedish', () => {
  it('turns "Did you mean" into "Menade du" whatever the quotes and spaces', () => {
    expect(paramsInSwedish('KPI0302', { suggestion: 'Did you mean "tickets"? ' }).suggestion).toBe(
      'Menade du "tickets"? ',
    );
    expect(paramsInSwedish('KPI0227', { suggestion: " Did you mean 'open'?" }).suggestion).toBe(
      " Menade du 'open'?",
    );
  });

  it('names places in a file in Swedish, keeping the keys as written', () => {
    const where = (text: string) => paramsInSwedish('KPI0101', { where: text }).where;
    expect(where('a KPI')).toBe('ett nyckeltal');
    expect(where('A KPI')).toBe('Ett nyckeltal');
    expect(where('item 2 of targets')).toBe('post 2 i targets');
    expect(where('"email" in owner')).toBe('"email" i owner');
    expect(where('"from" in targets → item 1')).toBe('"from" i targets → post 1');
    expect(where('A name in "hours"')).toBe('Ett namn i "hours"');
  });

  it('translates type words and lists of them', () => {
    const p = paramsInSwedish('KPI0104', { expected: 'text or a list', found: 'the number 8' });
    expect(p).toEqual({ expected: 'text eller en lista', found: 'talet 8' });
    expect(paramsInSwedish('KPI0220', { type: 'a whole number' }).type).toBe('ett heltal');
  });

  it('translates the rule a date breaks', () => {
    expect(paramsInSwedish('KPI0105', { rule: 'there is no such day' }).rule).toBe('den dagen finns inte');
  });

  it('translates the SMART details', () => {
    expect(
      paramsInSwedish('KPI0403', { detail: 'has an owner ("Anna") without a team or an email' }),
    ).toEqual({
      detail: 'har en ägare ("Anna") utan team eller e-postadress',
    });
    expect(paramsInSwedish('KPI0402', { detail: 'its source "tix" is not defined' }).detail).toBe(
      'dess källa "tix" inte är definierad',
    );
  });

  it('leaves names and values the user wrote alone, even when they look like a phrase', () => {
    expect(paramsInSwedish('KPI0013', { kind: 'KPI' }).kind).toBe('KPI');
    expect(paramsInSwedish('KPI0201', { field: 'priority' }).field).toBe('priority');
    expect(paramsInSwedish('KPI0103', { value: 'more than', field: '"direction"' })).toEqual({
      value: 'more than',
      field: '"direction"',
    });
    expect(paramsInSwedish('KPI0505', { reason: 'Invalid Input Error: no such file' }).reason).toBe(
      'Invalid Input Error: no such file',
    );
  });

  it('translates the advice for arithmetic on text, a condition or a timestamp, keeping the expression', () => {
    const advice = (text: string) => paramsInSwedish('KPI0228', { advice: text }).advice;
    expect(
      advice(
        "Text cannot be calculated with: compare it, as in type = 'incident', and count the rows that match with count(*) filter (where type = 'incident') or share(type = 'incident'). If it holds numbers, declare it as integer or number in the source.",
      ),
    ).toBe(
      "Med text går det inte att räkna: jämför den i stället, som i type = 'incident', och räkna raderna som stämmer med count(*) filter (where type = 'incident') eller share(type = 'incident'). Om den innehåller tal, deklarera den som integer eller number i källan.",
    );
    expect(
      advice(
        'met is true or false for each row: share(met) gives the percent of rows where it holds, count(*) filter (where met) how many they are.',
      ),
    ).toBe(
      'met är sant eller falskt för varje rad: share(met) ger andelen rader i procent där det gäller, count(*) filter (where met) hur många de är.',
    );
    expect(
      advice(
        'To measure time between two timestamps use hours_between(a, b), minutes_between or days_between.',
      ),
    ).toMatch(/^Tiden mellan två tidsstämplar/);
  });

  it('keeps numbers as numbers', () => {
    expect(paramsInSwedish('KPI0106', { limit: 0, comparison: 'at least' })).toEqual({
      limit: 0,
      comparison: 'minst',
    });
  });
});
