import { describe, expect, it, vi } from 'vitest';
import {
  choiceCell,
  decodeChoice,
  decodingTable,
  dropdownValues,
  encodeChoices,
} from '../../../src/core/store/choices';
import { readCell } from '../../../src/core/store/read-cell';
import { cellProblemMessage } from '../../../src/core/store/read-cell';
import { CUSTOMERS, INTERACTIONS, TABLES } from '../../../src/core/store/schema';

const col = (key: string) => CUSTOMERS.columns.find((c) => c.key === key)!;
const icol = (key: string) => INTERACTIONS.columns.find((c) => c.key === key)!;

describe('fixed-list cells', () => {
  it('every list of the schema decodes each code and label to one code', () => {
    for (const column of TABLES.flatMap((t) => t.columns))
      if (column.choices)
        for (const [code, labels] of Object.entries(column.choices)) {
          expect(() => decodingTable(column.choices!)).not.toThrow();
          for (const text of [code, labels.en, labels.zh].filter((t) => t !== ''))
            expect(decodeChoice(column, text), `${column.key}: ${text}`).toBe(code);
        }
  });

  it('a text naming two codes of one list is refused', () => {
    expect(() =>
      decodingTable({ a: { en: 'Same', zh: '甲' }, b: { en: 'same', zh: '乙' } }),
    ).toThrow(/"same" names both a and b/);
  });

  it('ignores case and surrounding spaces; decodes each column with its own list', () => {
    expect(decodeChoice(icol('kind'), '  trade SHOW ')).toBe('trade_show');
    expect(decodeChoice(icol('kind'), ' 电话 ')).toBe('call');
    expect(decodeChoice(icol('kind'), 'TRADE_SHOW')).toBe('trade_show');
    expect(decodeChoice(col('tier'), 'vip')).toBe('A');
    expect(decodeChoice(col('band'), 'vip')).toBe('vip');
    expect(decodeChoice(col('quadrant'), '白金客户')).toBe('platinum');
    expect(decodeChoice(col('band'), '白金客户')).toBeUndefined();
    expect(decodeChoice(col('band'), '白金')).toBe('platinum');
    expect(decodeChoice(icol('kind'), 'policy')).toBeUndefined();
  });

  it('a cell naming what every object inherits is not a code', () => {
    for (const text of ['constructor', '__proto__', 'Constructor ', 'hasOwnProperty'])
      expect(decodeChoice(icol('kind'), text), text).toBeUndefined();
    expect(readCell(icol('kind'), 'constructor', 'UTC').ok).toBe(false);
  });

  it('without own-property lookups, "constructor" would read as a code', async () => {
    vi.resetModules();
    vi.doMock('../../../src/core/lookup/own-entry', () => ({
      ownEntry: (table: Record<string, unknown>, key: string) => table[key],
    }));
    try {
      const unguarded = await import('../../../src/core/store/choices');
      expect(unguarded.decodeChoice(icol('kind'), 'constructor')).toBeDefined();
    } finally {
      vi.doUnmock('../../../src/core/lookup/own-entry');
      vi.resetModules();
    }
  });

  it('writes labels in the locale, Tier its letters, blank and none as blank', () => {
    expect(choiceCell(col('quadrant'), 'platinum', 'en')).toBe('Platinum');
    expect(choiceCell(col('quadrant'), 'platinum', 'zh')).toBe('白金客户');
    expect(choiceCell(col('band'), 'none', 'zh')).toBe('');
    expect(choiceCell(col('tier'), 'A', 'zh')).toBe('A');
    expect(choiceCell(icol('kind'), '', 'en')).toBe('');
    expect(dropdownValues(col('band'), 'en')).toEqual(['Diamond', 'Platinum', 'Gold', 'VIP']);
    expect(dropdownValues(col('tier'), 'zh')).toEqual(['A', 'B', 'C', 'D']);
    expect(
      encodeChoices(INTERACTIONS, { kind: 'visit', summary: 'visit', perceived: 4 }, 'zh'),
    ).toEqual({ kind: '拜访', summary: 'visit', perceived: 4 });
  });

  it('a cell naming no entry is a problem listing the dropdown in the reader’s language', () => {
    const read = readCell(icol('purpose'), 'party', 'UTC', 'zh');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(cellProblemMessage('Interactions!F2', read.problem, 'party', 'zh')).toContain(
      '政策沟通, 情感沟通, 信息沟通',
    );
    const en = readCell(icol('purpose'), 'party', 'UTC');
    if (!en.ok)
      expect(cellProblemMessage('Interactions!F2', en.problem, 'party', 'en')).toContain(
        'expected one of Policy, Emotional, Information',
      );
  });
});
