import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../src/core/store/a1';
import { readCell } from '../../../src/core/store/read-cell';
import { headerProblemMessage, mapHeaders } from '../../../src/core/store/headers';
import { CUSTOMERS, INTERACTIONS } from '../../../src/core/store/schema';
import { readTable, TableHeaderError } from '../../../src/core/store/table';

const col = (key: string) => CUSTOMERS.columns.find((c) => c.key === key)!;
const icol = (key: string) => INTERACTIONS.columns.find((c) => c.key === key)!;

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i → %s', (i, letters) => expect(columnLetter(i)).toBe(letters));
});

describe('mapHeaders', () => {
  it('finds columns by name whatever their case, spacing and order, keeping extra columns', () => {
    const result = mapHeaders(CUSTOMERS, ['My notes', ' NAME ', 'customer  id', 'Revenue', '']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.map.index.name).toBe(1);
    expect(result.map.index.id).toBe(2);
    expect(result.map.index.revenue).toBe(3);
    expect(result.map.index.tier).toBe(-1);
    expect(result.map.width).toBe(4);
  });

  it('names a missing required header and a duplicated one', () => {
    const missing = mapHeaders(CUSTOMERS, ['Customer ID', 'Revenue']);
    expect(missing.ok).toBe(false);
    if (missing.ok) return;
    expect(headerProblemMessage('Customers', missing.problems, 'en')).toMatch(
      /^Customers: the required column "Name" is missing/,
    );
    const twice = mapHeaders(CUSTOMERS, ['Customer ID', 'Name', 'Name ']);
    expect(twice.ok).toBe(false);
    if (twice.ok) return;
    expect(headerProblemMessage('Customers', twice.problems, 'zh')).toMatch(
      /“Name”列出现了多次（B1, C1）/,
    );
  });
});

describe('readCell', () => {
  it('reads numbers, blanks, dates, codes and labels', () => {
    expect(readCell(col('revenue'), 12, 'UTC')).toEqual({ ok: true, value: 12 });
    expect(readCell(col('revenue'), '', 'UTC')).toEqual({ ok: true, value: null });
    expect(readCell(col('firstOrder'), new Date('2025-01-01T16:00:00Z'), 'Asia/Shanghai')).toEqual({
      ok: true,
      value: '2025-01-02',
    });
    expect(readCell(icol('kind'), 'Trade show', 'UTC')).toEqual({ ok: true, value: 'trade_show' });
    expect(readCell(icol('kind'), '拜访', 'UTC')).toEqual({ ok: true, value: 'visit' });
    expect(readCell(col('owners'), 'a@x.com; b@y.org', 'UTC')).toEqual({
      ok: true,
      value: ['a@x.com', 'b@y.org'],
    });
  });

  it('refuses text in a number column, a score of 6 and an unknown code', () => {
    expect(readCell(col('revenue'), 'twelve', 'UTC').ok).toBe(false);
    expect(readCell(col('revenue'), '1,200', 'UTC').ok).toBe(false);
    expect(readCell(icol('perceived'), 6, 'UTC').ok).toBe(false);
    expect(readCell(icol('dealProbability'), 60, 'UTC').ok).toBe(false);
    expect(readCell(icol('kind'), 'party', 'UTC').ok).toBe(false);
  });
});

describe('readTable', () => {
  const values = [
    ['Customer ID', 'Name', 'Revenue'],
    ['C1', 'Acme', 100],
    ['', '', ''],
    ['C2', 'Bolt', 'twelve'],
    ['', 'no id', 5],
  ];

  it('names each bad cell like Customers!C4 and skips blank rows and rows without an id', () => {
    const table = readTable(CUSTOMERS, values, { timeZone: 'UTC', locale: 'en', keyColumn: 'id' });
    expect(table.rows.map((r) => [r.row, r.cells.id])).toEqual([
      [2, 'C1'],
      [4, 'C2'],
    ]);
    expect(table.errors).toEqual(['Customers!C4: expected a number, got "twelve"']);
    expect(table.errorKeys).toEqual(['revenue']);
    expect(table.lastRow).toBe(5);
  });

  it('says the same in Chinese', () => {
    const table = readTable(CUSTOMERS, values, { timeZone: 'UTC', locale: 'zh', keyColumn: 'id' });
    expect(table.errors).toEqual(['Customers!C4：应为数字，实际为 "twelve"']);
  });

  it('throws a header error naming the sheet', () => {
    expect(() => readTable(CUSTOMERS, [['Name']], { timeZone: 'UTC', locale: 'en' })).toThrow(
      TableHeaderError,
    );
  });
});
