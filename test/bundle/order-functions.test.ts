import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalAppsScript } from '../../src/local/runtime';

// ORDER_TOTALS, TIER_MIGRATION and TIER_FORECAST through the built bundle, called the way
// Sheets calls them: ranges as 2-D arrays, a single cell as its value, '' for blanks, dates as
// Date (the instant of the typed wall-clock time in the spreadsheet's time zone).

const runtimes = new Map<string, LocalAppsScript>();
function runtime(timeZone: string, locale: string): LocalAppsScript {
  const key = `${timeZone}/${locale}`;
  let app = runtimes.get(key);
  if (!app) {
    app = new LocalAppsScript({
      workbook: { timeZone, locale, sheets: [{ name: 'Sheet1', values: [] }] },
    });
    runtimes.set(key, app);
  }
  return app;
}

function call(
  name: string,
  args: unknown[],
  options: { timeZone?: string; locale?: string } = {},
): { ok: boolean; value?: unknown; error?: string; calls: number } {
  const result = runtime(options.timeZone ?? 'Asia/Shanghai', options.locale ?? 'en_US').run(
    name,
    args,
    { authMode: 'CUSTOM_FUNCTION' },
  );
  return {
    ok: result.ok,
    value: result.value,
    error: result.error?.message,
    calls: result.callCount,
  };
}

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);
/** A wall-clock time in Shanghai (UTC+8, no daylight saving). */
const sh = (day: string, time = '00:00'): Date => new Date(`${day}T${time}:00+08:00`);

describe('ORDER_TOTALS through the bundle', () => {
  const customers = column(['c1', 'c2', '', 'c3', 'c1']);
  const orderCustomers = column(['c1', 'c2', 'c1', 'ghost', 'c2', '', 'c3']);
  const amounts = column([100, 50, -30, 999, 25, '', 7]);

  it('totals per customer in one column, refunds counted, blanks blank, no service call', () => {
    const out = call('ORDER_TOTALS', [customers, orderCustomers, amounts]);
    expect(out).toMatchObject({ ok: true, calls: 0 });
    expect(out.value).toEqual(column([70, 75, '', 7, 70]));
  });

  it('answers a single customer cell with a number and a row with a row', () => {
    expect(call('ORDER_TOTALS', ['c2', orderCustomers, amounts]).value).toBe(75);
    expect(call('ORDER_TOTALS', [[['c3', 'c1']], orderCustomers, amounts]).value).toEqual([
      [7, 70],
    ]);
  });

  it('matches numbers and text ids, trimming spaces', () => {
    const out = call('ORDER_TOTALS', [
      column([1001, ' 1002']),
      column(['1001', 1002]),
      column([5, 6]),
    ]);
    expect(out.value).toEqual(column([5, 6]));
  });

  it('counts an order at 23:59 of the last day and not one at 00:00 of the next', () => {
    const dates = column([
      sh('2026-10-31', '23:59'),
      sh('2026-11-01', '00:00'),
      sh('2026-11-30', '23:59'),
      sh('2026-12-01', '00:00'),
    ]);
    const ids = column(['c1', 'c1', 'c1', 'c1']);
    const amts = column([1, 10, 100, 1000]);
    const out = call('ORDER_TOTALS', ['c1', ids, amts, dates, sh('2026-11-01'), sh('2026-11-30')]);
    expect(out.value).toBe(110);
    // The zone, then the UTC offset at a few instants around from and to: none per order line.
    expect(out.calls).toBeLessThanOrEqual(10);
    expect(call('ORDER_TOTALS', ['c1', ids, amts, dates, sh('2026-11-01')]).value).toBe(1110);
    expect(call('ORDER_TOTALS', ['c1', ids, amts, dates, '', sh('2026-10-31')]).value).toBe(1);
    // The same wall-clock times in New York (daylight saving ends 2026-11-01).
    const ny = (day: string, time: string, offset: string): Date =>
      new Date(`${day}T${time}:00${offset}`);
    const nyDates = column([
      ny('2026-10-31', '23:59', '-04:00'),
      ny('2026-11-01', '00:00', '-04:00'),
      ny('2026-11-30', '23:59', '-05:00'),
      ny('2026-12-01', '00:00', '-05:00'),
    ]);
    const from = ny('2026-11-01', '00:00', '-04:00');
    const to = ny('2026-11-30', '00:00', '-05:00');
    expect(
      call('ORDER_TOTALS', ['c1', ids, amts, nyDates, from, to], {
        timeZone: 'America/New_York',
      }).value,
    ).toBe(110);
  });

  it.each([
    [
      [customers, orderCustomers, column([1, 2, 'n/a', 4, 5, '', 7])],
      'ORDER_TOTALS: order_amounts row 3 is "n/a", not a number',
    ],
    [
      [customers, orderCustomers, column([1, 2, 3, 4, 5, '1,200', 7])],
      'ORDER_TOTALS: order_amounts row 6 is "1,200", a number stored as text; type it as a number or convert it with VALUE()',
    ],
    [
      [customers, orderCustomers, column([1, 2, 3, 4, 5, 6, 7])],
      'ORDER_TOTALS: order_customer_ids row 6 is blank but order_amounts row 6 is not',
    ],
    [
      [customers, orderCustomers, column([1, 2])],
      'ORDER_TOTALS: order_customer_ids has 7 rows but order_amounts has 2; pass ranges of the same size',
    ],
    [
      [customers, orderCustomers, amounts, '', sh('2026-01-01')],
      'ORDER_TOTALS: from and to need order_dates to pick the orders',
    ],
    [
      [customers, column(['c1']), column([1]), column(['2026-01-01']), sh('2026-01-01')],
      'ORDER_TOTALS: order_dates row 1 is "2026-01-01", not a date',
    ],
    [
      [customers, column(['c1']), column([1]), column([sh('2026-01-01')]), 'last year'],
      'ORDER_TOTALS: from must be a date, not "last year"',
    ],
    [
      [
        customers,
        column(['c1']),
        column([1]),
        column([sh('2026-01-01')]),
        sh('2026-02-01'),
        sh('2026-01-01'),
      ],
      'ORDER_TOTALS: from (2026-02-01) is after to (2026-01-01)',
    ],
    [
      [
        [
          ['a', 'b'],
          ['c', 'd'],
        ],
        orderCustomers,
        amounts,
      ],
      'ORDER_TOTALS: customer_ids must be a single column or row, not 2 rows × 2 columns',
    ],
    [
      [column([true]), orderCustomers, amounts],
      'ORDER_TOTALS: customer_ids row 1 is not a customer id',
    ],
  ])('refuses bad input, naming the argument and row: %#', (args, message) => {
    const out = call('ORDER_TOTALS', args);
    expect(out.ok).toBe(false);
    expect(out.error).toBe(message);
  });
});

const tiers = (s: string): string[][] => s.split('').map((c) => [c === '.' ? '' : c]);
// The hand-computed example of the core tests: ten customers, '.' = blank.
const FROM = tiers('AABBBBC..D');
const TO = tiers('ABBBC.CADD');

describe('TIER_MIGRATION through the bundle', () => {
  it('returns the 7 × 7 table in English and Chinese', () => {
    const out = call('TIER_MIGRATION', [FROM, TO, 'en']);
    expect(out).toMatchObject({ ok: true, calls: 0 });
    expect(out.value).toEqual([
      ['From \\ To', 'A', 'B', 'C', 'D', 'Gone', 'Total'],
      ['A', 1, 1, 0, 0, 0, 2],
      ['B', 0, 2, 1, 0, 1, 4],
      ['C', 0, 0, 1, 0, 0, 1],
      ['D', 0, 0, 0, 1, 0, 1],
      ['New', 1, 0, 0, 1, 0, 2],
      ['Total', 2, 3, 2, 2, 1, 10],
    ]);
    const zh = call('TIER_MIGRATION', [FROM, TO], { locale: 'zh_CN' }).value as string[][];
    expect(zh[0]).toEqual(['从 \\ 到', 'A', 'B', 'C', 'D', '离开', '合计']);
    expect(zh.map((r) => r[0])).toEqual(['从 \\ 到', 'A', 'B', 'C', 'D', '新增', '合计']);
  });

  it('takes two-dimensional ranges and single cells', () => {
    const out = call('TIER_MIGRATION', [
      [
        ['A', 'B'],
        ['', 'c'],
      ],
      [
        ['B', 'B'],
        ['D', ''],
      ],
      'en',
    ]);
    expect((out.value as number[][])[6]![6]).toBe(4);
    expect((call('TIER_MIGRATION', ['A', 'B', 'en']).value as number[][])[1]).toEqual([
      'A',
      0,
      1,
      0,
      0,
      0,
      1,
    ]);
  });

  it.each([
    [
      [tiers('AB'), tiers('AX')],
      'TIER_MIGRATION: to_tiers row 2 is "X", not a tier (A, B, C, D or blank)',
    ],
    [
      [[['A', 'E']], [['A', 'B']]],
      'TIER_MIGRATION: from_tiers column 2 is "E", not a tier (A, B, C, D or blank)',
    ],
    [
      [
        [
          ['A', 'B'],
          ['C', 7],
        ],
        [
          ['A', 'B'],
          ['C', 'D'],
        ],
      ],
      'TIER_MIGRATION: from_tiers row 2, column 2 is 7, not a tier (A, B, C, D or blank)',
    ],
    [
      [tiers('AB'), tiers('A')],
      'TIER_MIGRATION: from_tiers is 2 × 1 but to_tiers is 1 × 1; pass ranges of the same shape',
    ],
    [
      [tiers('A'), tiers('A'), 'fr'],
      /^TIER_MIGRATION: unknown language "fr": language must be "en" or "zh"/,
    ],
    [
      [tiers('A'), tiers('A'), 'constructor'],
      /^TIER_MIGRATION: unknown language "constructor": language must be "en" or "zh"/,
    ],
  ])('refuses bad input: %#', (args, message) => {
    const out = call('TIER_MIGRATION', args);
    expect(out.ok).toBe(false);
    if (typeof message === 'string') expect(out.error).toBe(message);
    else expect(out.error).toMatch(message);
  });
});

describe('TIER_FORECAST through the bundle', () => {
  it('forecasts the hand-computed example one and two periods on', () => {
    expect(call('TIER_FORECAST', [FROM, TO, '', 'en']).value).toEqual([
      ['Tier', 'Now', 'Expected after 1 period(s)'],
      ['A', 2, 2],
      ['B', 3, 2.5],
      ['C', 2, 2.75],
      ['D', 2, 3],
      ['Gone', 0, 0.75],
      ['Total', 9, 10.25],
    ]);
    const two = call('TIER_FORECAST', [FROM, TO, 2, 'zh']).value as (string | number)[][];
    expect(two[0]).toEqual(['级别', '当前', '2 期后预计']);
    expect(two.slice(1).map((r) => r[2])).toEqual([2, 2.25, 3.375, 4, 1.375, 11.625]);
  });

  it.each([0, 2.5, 101, 'two'])('refuses periods = %j', (periods) => {
    expect(call('TIER_FORECAST', [FROM, TO, periods]).error).toMatch(/^TIER_FORECAST: periods /);
  });
});

// CDNOW: 69,659 order lines of 23,570 customers, 1997-01 … 1998-06.
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const file = path.resolve(repoRoot, '../shared/datasets/cdnow/CDNOW_master.txt');
const present = existsSync(file);
if (!present)
  console.log(
    `CDNOW ORDER_TOTALS test skipped: ${file} is absent (the data set is not in the repo).`,
  );

describe.skipIf(!present)('ORDER_TOTALS on the CDNOW order lines', () => {
  const rows = present
    ? readFileSync(file, 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((f) => f.length === 4)
    : [];
  const ids = [...new Set(rows.map((f) => f[0]!))];
  // Dates as Sheets passes them: midnight of the typed day in the sheet's zone.
  const dates = rows.map((f) => [
    new Date(`${f[1]!.slice(0, 4)}-${f[1]!.slice(4, 6)}-${f[1]!.slice(6)}T00:00:00-05:00`),
  ]);

  /** The independent computation: string comparison of yyyymmdd, summed in cents. */
  function naive(first: string, last: string): Map<string, number> {
    const cents = new Map<string, number>();
    for (const [id, day, , dollars] of rows as string[][]) {
      if (day! < first || day! > last) continue;
      cents.set(id!, (cents.get(id!) ?? 0) + Math.round(Number(dollars) * 100));
    }
    return cents;
  }

  it('has every line', () => {
    expect(rows.length).toBe(69_659);
    expect(ids.length).toBe(23_570);
  });

  it('totals the 12 months to 1998-06-30 like an independent computation', () => {
    const out = call(
      'ORDER_TOTALS',
      [
        column(ids),
        column(rows.map((f) => f[0])),
        column(rows.map((f) => Number(f[3]))),
        dates,
        new Date('1997-07-01T00:00:00-05:00'),
        new Date('1998-06-30T00:00:00-05:00'),
      ],
      { timeZone: 'America/New_York' },
    );
    expect(out.ok).toBe(true);
    const expected = naive('19970701', '19980630');
    const totals = (out.value as number[][]).map((r) => r[0]!);
    ids.forEach((id, i) => {
      expect(Math.round(totals[i]! * 100)).toBe(expected.get(id) ?? 0);
    });
    expect(totals.filter((t) => t > 0).length).toBe(expected.size);
  });

  it('totals every line without dates', () => {
    const out = call('ORDER_TOTALS', [
      column(ids),
      column(rows.map((f) => f[0])),
      column(rows.map((f) => Number(f[3]))),
    ]);
    const expected = naive('0', '99999999');
    (out.value as number[][]).forEach((r, i) => {
      expect(Math.round(r[0]! * 100)).toBe(expected.get(ids[i]!) ?? 0);
    });
  });
});
