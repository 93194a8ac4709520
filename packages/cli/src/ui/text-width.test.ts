import { describe, expect, it } from 'vitest';
import { formatTable } from './table.js';
import { padText, textWidth } from './text-width.js';

describe('textWidth', () => {
  it('counts one column per letter, Swedish letters included', () => {
    expect(textWidth('Lösningstid')).toBe(11);
  });

  it('counts a letter with a combining accent as one column', () => {
    expect(textWidth('e\u0301')).toBe(1);
  });

  it('counts CJK characters and emoji as two columns each', () => {
    expect(textWidth('日本')).toBe(4);
    expect(textWidth('👍')).toBe(2);
    expect(textWidth('🇸🇪')).toBe(2);
  });

  it('ignores ANSI colour escapes', () => {
    expect(textWidth('\x1b[31mred\x1b[39m')).toBe(3);
  });
});

describe('padText', () => {
  it('pads by display width on either side', () => {
    expect(padText('åäö', 5)).toBe('åäö  ');
    expect(padText('42', 5, 'right')).toBe('   42');
    expect(padText('日本', 5)).toBe('日本 ');
  });
});

describe('formatTable', () => {
  it('aligns columns by display width, numbers to the right', () => {
    const table = formatTable(
      [
        ['itsm.mttr', 'Lösningstid', '9.4'],
        ['cx.nps', '顧客', '71.25'],
      ],
      { header: ['KPI', 'Title', 'Value'], align: ['left', 'left', 'right'] },
    );
    // Widths: KPI column max("KPI", "itsm.mttr", "cx.nps") = 9; Title max(5, 11, 4) = 11; Value max(5, 3, 5) = 5.
    // 顧客 is 2 × 2 = 4 columns, so 11 − 4 = 7 spaces of padding plus the 2-space gap before 71.25.
    expect(table).toBe(
      [
        'KPI        Title        Value',
        '---------  -----------  -----',
        'itsm.mttr  Lösningstid    9.4',
        'cx.nps     顧客         71.25',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing for no rows and no header', () => {
    expect(formatTable([])).toBe('');
  });
});
