import { describe, expect, it } from 'vitest';
import { loadFiles } from './load-files.js';

function issuesOf(text: string) {
  return loadFiles([{ path: 'itsm/x.yaml', text }]).issues;
}

const KPI = `kind: kpi
id: itsm.x
version: 1
title: X
category: itsm
source: tickets
measure: count(*)
time: opened_at
unit: count
direction: lower
`;

describe('schema errors, worded for a KPI owner and placed in the file', () => {
  it('points an unknown setting at its key and suggests the nearest valid name', () => {
    const [issue, ...rest] = issuesOf(`${KPI}treshold: 3\n`);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      code: 'KPI0101',
      line: 11,
      column: 1,
      message: '"treshold" is not a setting of a KPI.',
    });
    expect(issue?.hint).toMatch(
      /^Did you mean "thresholds"\? The settings allowed here are: kind, id, version/,
    );
  });

  it('points a missing required setting at the mapping that lacks it', () => {
    const [issue] = issuesOf(KPI.replace('unit: count\n', ''));
    expect(issue).toMatchObject({
      code: 'KPI0102',
      line: 1,
      column: 1,
      message: 'A KPI needs the setting "unit".',
    });
    expect(issue?.hint).toContain('The unit of the value');
  });

  it('names a missing setting inside a nested mapping', () => {
    const [issue] = issuesOf(`${KPI}thresholds: { green: 8 }\n`);
    expect(issue).toMatchObject({
      code: 'KPI0102',
      line: 11,
      column: 13,
      message: '"thresholds" needs the setting "amber".',
    });
  });

  it('lists the allowed values of an enum and suggests the closest', () => {
    const [issue] = issuesOf(KPI.replace('direction: lower', 'direction: lowr'));
    expect(issue).toMatchObject({ code: 'KPI0103', line: 10, column: 12 });
    expect(issue?.message).toBe('"lowr" is not an allowed value for "direction".');
    expect(issue?.hint).toBe('Did you mean "lower"? Use one of: higher, lower.');
  });

  it('says what kind of value was expected and what was found', () => {
    const [issue] = issuesOf(`${KPI}targets: [{ value: eight }]\n`);
    expect(issue).toMatchObject({ code: 'KPI0104', line: 11, column: 20 });
    expect(issue?.message).toBe(
      '"value" in targets → item 1 should be a number, but it is the text "eight".',
    );
  });

  it('explains a malformed date and an impossible one', () => {
    const issues = issuesOf(`${KPI}targets: [{ value: 8, from: 2026-1-1, until: 2026-02-30 }]\n`);
    expect(issues.map((i) => i.code)).toEqual(['KPI0105', 'KPI0105']);
    expect(issues[0]?.message).toContain('a date is written YYYY-MM-DD');
    expect(issues[1]?.message).toContain('there is no such day');
  });

  it('reports a version of zero as out of range', () => {
    const [issue] = issuesOf(KPI.replace('version: 1', 'version: 0'));
    expect(issue).toMatchObject({
      code: 'KPI0106',
      line: 3,
      message: '"version" is 0, but it must be at least 1.',
    });
  });

  it('reports a fractional version as a wrong kind of value', () => {
    const [issue] = issuesOf(KPI.replace('version: 1', 'version: 1.5'));
    expect(issue).toMatchObject({ code: 'KPI0104', line: 3 });
    expect(issue?.message).toContain('should be a whole number');
  });

  it('reports only the fitting form of a text-or-mapping title', () => {
    const issues = issuesOf(KPI.replace('title: X', 'title: { en: X, sv: Y, svv: Z }'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'KPI0101', line: 4, column: 24 });
  });

  it('suggests the field type when a shorthand type is misspelled', () => {
    const text = 'kind: source\nid: t\nfrom: { table: t }\nfields:\n  opened_at: timestmp\n';
    const [issue, ...rest] = loadFiles([{ path: 'sources/t.yaml', text }]).issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'KPI0103', line: 5, column: 14 });
    expect(issue?.hint).toMatch(/^Did you mean "timestamp"\?/);
  });

  it('points a field name that is not an identifier at the name', () => {
    const text = 'kind: source\nid: t\nfrom: { table: t }\nfields:\n  opened at: timestamp\n';
    const [issue] = loadFiles([{ path: 'sources/t.yaml', text }]).issues;
    expect(issue).toMatchObject({ code: 'KPI0105', line: 5, column: 3 });
  });

  it('marks a document valid only when its schema passes', () => {
    expect(loadFiles([{ path: 'a.yaml', text: KPI }]).docs[0]?.valid).toBe(true);
    expect(loadFiles([{ path: 'a.yaml', text: `${KPI}x: 1\n` }]).docs[0]?.valid).toBe(false);
  });
});
