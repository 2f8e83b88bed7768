import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LocalAppsScript } from '../../src/local/runtime';

// The built bundle in the local runtime; each function called the way Sheets calls it:
// ranges as 2-D arrays, '' for blanks, dates as Date, in AuthMode.CUSTOM_FUNCTION.

interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: string;
  /** Service calls the execution made. */
  calls: number;
}

const runtimes = new Map<string, LocalAppsScript>();
function runtime(locale: string): LocalAppsScript {
  let app = runtimes.get(locale);
  if (!app) {
    app = new LocalAppsScript({ workbook: { locale, sheets: [{ name: 'Sheet1', values: [] }] } });
    runtimes.set(locale, app);
  }
  return app;
}

function call(name: string, args: unknown[], options: { locale?: string } = {}): Outcome {
  const result = runtime(options.locale ?? 'en_US').run(name, args, {
    authMode: 'CUSTOM_FUNCTION',
  });
  return {
    ok: result.ok,
    value: result.value,
    error: result.error?.message,
    calls: result.callCount,
  };
}

const column = (values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('CUSTOMER_TIER through the bundle', () => {
  it('tiers the 7-customer book with blanks inside and after, same shape, no service call', () => {
    const out = call('CUSTOMER_TIER', [
      column([5e6, 1.2e6, '', 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0, '', '']),
    ]);
    expect(out).toMatchObject({ ok: true, calls: 0 });
    expect(out.value).toEqual(column(['A', 'C', '', 'C', 'D', 'D', 'D', 'D', '', '']));
  });

  it('gives 1,000 customers 10 / 40 / 150 / 800 and accepts cuts typed as {10%, 30%, 60%}', () => {
    const values = column(Array.from({ length: 1000 }, (_, i) => ((i * 389) % 1000) + 1));
    const tiers = (call('CUSTOMER_TIER', [values]).value as string[][]).flat();
    const count = (t: string, list: string[]): number => list.filter((x) => x === t).length;
    expect(['A', 'B', 'C', 'D'].map((t) => count(t, tiers))).toEqual([10, 40, 150, 800]);
    const custom = (call('CUSTOMER_TIER', [values, [[0.1, 0.3, 0.6]]]).value as string[][]).flat();
    expect(['A', 'B', 'C', 'D'].map((t) => count(t, custom))).toEqual([100, 200, 300, 400]);
  });

  it('answers a row with a row', () => {
    expect(call('CUSTOMER_TIER', [[[3, '', 1]]]).value).toEqual([['A', '', 'D']]);
  });

  it.each([
    [
      [column([1, 2, 'twelve'])],
      'CUSTOMER_TIER: the 3rd value of values is "twelve", not a number',
    ],
    [
      [column([1, '$1,200'])],
      'CUSTOMER_TIER: the 2nd value of values is "$1,200", a number stored as text; type it as a number or convert it with VALUE()',
    ],
    [
      [column([1, true])],
      'CUSTOMER_TIER: the 2nd value of values is TRUE (a checkbox or logical value), not a number',
    ],
    [
      [5],
      /^CUSTOMER_TIER: values is a single cell; pass the whole column \(for example C2:C\): the answer ranks each customer .* would make every customer an A$/,
    ],
    [
      [column([1, 2]), [[0.05, 0.01, 0.2]]],
      /^CUSTOMER_TIER: cuts must increase .*5% is followed by 1%$/,
    ],
    [
      [column([1, 2]), [[1, 5, 20]]],
      /^CUSTOMER_TIER: cuts must be shares above 0% and at most 100%/,
    ],
    [[column([1, 2]), [[0.01, 'x', 0.2]]], 'CUSTOMER_TIER: cuts item 2 is "x", not a number'],
    [
      [
        [
          [1, 2],
          [3, 4],
        ],
      ],
      'CUSTOMER_TIER: values must be a single column or row, not 2 rows × 2 columns',
    ],
  ])('rejects bad input clearly: %j', (args, message) => {
    const out = call('CUSTOMER_TIER', args);
    expect(out.ok).toBe(false);
    if (typeof message === 'string') expect(out.error).toBe(message);
    else expect(out.error).toMatch(message);
  });

  it('rejects a date cell, built as the context’s own Date', () => {
    const out = call('CUSTOMER_TIER', [column([1, new Date(Date.UTC(2024, 0, 5))])]);
    expect(out.error).toBe(
      'CUSTOMER_TIER: the 2nd value of values is a date (2024-01-05), not a number',
    );
  });
});

describe('PARETO_SHARE and PARETO_COUNT through the bundle', () => {
  const book = column([50, 30, '', 10, 5, 5, '']);

  it('measures the share of the top customers and the customers for a share of value', () => {
    expect(call('PARETO_SHARE', [book]).value).toBe(0.5);
    expect(call('PARETO_SHARE', [book, 0.4]).value).toBe(0.8);
    expect(call('PARETO_COUNT', [book]).value).toBe(0.4);
    expect(call('PARETO_COUNT', [book, 0.81]).value).toBeCloseTo(0.6, 12);
  });

  it('explains a share typed as 20 instead of 20%, and a book with nothing to share', () => {
    expect(call('PARETO_SHARE', [book, 20]).error).toBe(
      'PARETO_SHARE: top_share must be a share above 0% and at most 100% (type 20% or 0.2), not 20',
    );
    expect(call('PARETO_COUNT', [column([0, -1])]).error).toBe(
      'PARETO_COUNT: values has no positive value, so no customers hold any value',
    );
    expect(call('PARETO_SHARE', [book, [[0.2, 0.3]]]).error).toBe(
      'PARETO_SHARE: top_share must be a single number, not a range',
    );
  });
});

describe('PYRAMID_SUMMARY through the bundle', () => {
  const seven = column([5e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0, '']);

  it('spills the table in the spreadsheet locale, reading the locale once', () => {
    const out = call('PYRAMID_SUMMARY', [seven]);
    expect(out.calls).toBe(2); // getActiveSpreadsheet + getSpreadsheetLocale
    const table = out.value as (string | number)[][];
    expect(table[0]).toEqual([
      'Tier',
      'Customers',
      '% of customers',
      'Value',
      '% of value',
      'Lowest value',
    ]);
    expect(table.map((r) => r[0])).toEqual([
      'Tier',
      'A (VIP)',
      'B (Major)',
      'C (Ordinary)',
      'D (Small)',
      'Total',
    ]);
    expect(table[1]).toEqual(['A (VIP)', 1, 1 / 7, 5e6, 5e6 / 8.55e6, 5e6]);
    expect(table[2]).toEqual(['B (Major)', 0, 0, 0, 0, '']);
    expect(table[3]![1]).toBe(2);
    expect(table[4]![1]).toBe(4);
    expect(table[5]![1]).toBe(7);
    expect(table[5]![3]).toBeCloseTo(8.55e6, 4);
    const zh = call('PYRAMID_SUMMARY', [seven], { locale: 'zh_CN' }).value as string[][];
    expect(zh[0]![0]).toBe('级别');
    expect(zh[1]![0]).toBe('A（VIP客户）');
    expect(zh[5]![0]).toBe('合计');
  });

  it('lets the language argument override the locale without reading it', () => {
    const out = call('PYRAMID_SUMMARY', [seven, '', 'zh'], { locale: 'en_US' });
    expect(out.calls).toBe(0);
    expect((out.value as string[][])[0]![0]).toBe('级别');
    expect(call('PYRAMID_SUMMARY', [seven, '', 'fr']).error).toMatch(
      /^PYRAMID_SUMMARY: unknown language "fr": language must be "en" or "zh"/,
    );
  });

  it('refuses names every object inherits as an unknown language, in each function', () => {
    for (const language of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])
      for (const [name, args] of [
        ['PYRAMID_SUMMARY', [seven, '', language]],
        ['VALUE_MATRIX', [column([1, 2]), column([1, 2]), '', '', language]],
        ['REVENUE_BAND', [column([1, 2]), '', '', language]],
      ] as const) {
        const out = call(name, [...args]);
        expect(out.ok, `${name} ${language}`).toBe(false);
        expect(out.error).toBe(
          `${name}: unknown language "${language}": language must be "en" or "zh" (or left out to follow the spreadsheet's locale)`,
        );
      }
  });
});

describe('VALUE_MATRIX through the bundle', () => {
  it('names quadrants around the medians, blank rows blank', () => {
    const out = call('VALUE_MATRIX', [column([1, 2, 3, 4, '']), column([40, 10, 30, 20, ''])]);
    expect(out.value).toEqual(column(['Iron', 'Lead', 'Platinum', 'Gold', '']));
  });

  it('uses given cuts and Chinese names', () => {
    const out = call('VALUE_MATRIX', [column([1, 5]), column([1, 5]), 5, 1, 'zh']);
    expect(out.value).toEqual(column(['铁质客户', '白金客户']));
  });

  it('rejects mismatched sizes and half-blank rows', () => {
    expect(call('VALUE_MATRIX', [column([1, 2]), column([1])]).error).toBe(
      'VALUE_MATRIX: current has 2 rows but potential has 1; pass ranges of the same size',
    );
    expect(call('VALUE_MATRIX', [column([1, '']), column([1, 2])]).error).toBe(
      'VALUE_MATRIX: the 2nd value of current is blank but that of potential is not; fill both or neither',
    );
    expect(call('VALUE_MATRIX', [column([1, 2]), column([1, 'high'])]).error).toBe(
      'VALUE_MATRIX: the 2nd value of potential is "high", not a number',
    );
  });
});

describe('REVENUE_BAND through the bundle', () => {
  it('bands by default thresholds and by a regional coefficient', () => {
    const values = column([6e6, 2e6, 1.8e6, 200_000, 10_000, 9_999, '']);
    expect(call('REVENUE_BAND', [values]).value).toEqual(
      column(['Diamond', 'Platinum', 'Gold', 'Gold', 'VIP', '', '']),
    );
    expect(call('REVENUE_BAND', [values, '', 0.9, 'zh']).value).toEqual(
      column(['钻石', '白金', '白金', '黄金', 'VIP', 'VIP', '']),
    );
  });

  it('rejects thresholds in the wrong order and a bad coefficient', () => {
    expect(call('REVENUE_BAND', [column([1]), [[10_000, 200_000, 2e6, 5e6]]]).error).toMatch(
      /^REVENUE_BAND: thresholds must go from highest to lowest/,
    );
    expect(call('REVENUE_BAND', [column([1]), '', -1]).error).toBe(
      'REVENUE_BAND: coefficient must be a positive number such as 1 or 0.85, not -1',
    );
  });
});

describe('every function', () => {
  it.each([
    ['PARETO_SHARE', [7]],
    ['PARETO_COUNT', [7]],
    ['PYRAMID_SUMMARY', [7, '', 'en']],
    ['VALUE_MATRIX', [7, column([1])]],
  ])(
    '%s refuses a single cell where the answer is a rank among customers, naming the argument',
    (name, args) => {
      const out = call(name, args);
      expect(out.ok).toBe(false);
      expect(out.error).toMatch(
        new RegExp(`^${name}: (values|current) is a single cell; pass the whole column`),
      );
    },
  );

  it('VALUE_MATRIX refuses a column paired with a row', () => {
    expect(call('VALUE_MATRIX', [column([1, 2]), [[1, 2]]]).error).toBe(
      'VALUE_MATRIX: current is a column but potential is a row; pass two columns',
    );
  });

  it('accepts the language as a code, a locale tag or a name', () => {
    for (const language of ['zh', 'zh-CN', 'zh_TW', 'Chinese', '中文']) {
      expect(call('REVENUE_BAND', [column([6e6]), '', '', language]).value).toEqual([['钻石']]);
    }
    for (const language of ['en', 'en_GB', 'English']) {
      expect(
        call('REVENUE_BAND', [column([6e6]), '', '', language], { locale: 'zh_CN' }).value,
      ).toEqual([['Diamond']]);
    }
  });

  it('follows a Chinese spreadsheet locale when no language is given', () => {
    expect(
      call('VALUE_MATRIX', [column([1, 2]), column([2, 1])], { locale: 'zh_CN' }).value,
    ).toEqual(column(['铁质客户', '黄金客户']));
  });
});

describe('errors', () => {
  it('turn an unexpected failure into one line naming the function, with no stack', () => {
    // A cell that throws when read cannot come from Sheets (nor cross the runtime's wire), so
    // this one case loads the bundle in a bare vm context to exercise the bug path.
    const context = vm.createContext({});
    vm.runInContext(readFileSync(new URL('../../dist/Code.js', import.meta.url), 'utf8'), context);
    const message = vm.runInContext(
      `var row = [1];
       Object.defineProperty(row, 0, { get: function () { throw new TypeError('boom'); } });
       try { CUSTOMER_TIER([row]); 'no error'; } catch (e) { e.message }`,
      context,
    ) as string;
    expect(message).toBe('CUSTOMER_TIER: unexpected error (boom); please report it');
  });
});
