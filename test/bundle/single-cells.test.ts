/**
 * A custom function given one cell receives its value, not a 2-D array
 * (https://developers.google.com/apps-script/guides/sheets/functions#arguments). Where one
 * customer's answer is defined on its own (fixed thresholds, explicit cuts) a single cell is
 * accepted, so banding row by row works; where the answer is a rank among customers it is
 * refused, and the message says why.
 */
import { describe, expect, it } from 'vitest';
import { LocalAppsScript } from '../../src/local/runtime';

const rt = new LocalAppsScript({
  workbook: {
    sheets: [
      {
        name: 'Customers',
        values: [
          ['Customer ID', 'Potential', 'Revenue'],
          ['C1', 300_000, 6e6],
          ['C2', 100_000, 150_000],
          ['C3', 250_000, 'twelve'],
        ],
      },
    ],
  },
});
const run = (fn: string, ...args: unknown[]) => rt.runCustomFunction(fn, args);

describe('the emulator passes cells as Sheets does', () => {
  it('a single cell as its value, a range as a 2-D array', () => {
    const probe = new LocalAppsScript({
      bundlePath: rt.bundlePath,
      workbook: { sheets: [{ name: 'S', values: [[1], [2]] }] },
    });
    // PARETO_SHARE refuses a non-array: proof that A1 alone arrived as a value.
    expect(probe.runCustomFunction('PARETO_SHARE', [{ ref: 'A1' }]).error?.message).toMatch(
      /single cell/,
    );
    expect(probe.runCustomFunction('PARETO_SHARE', [{ ref: 'A1:A2' }]).ok).toBe(true);
  });
});

describe('single cells', () => {
  it('=REVENUE_BAND(C2) bands one customer by the fixed thresholds', () => {
    expect(run('REVENUE_BAND', { ref: 'C2' }).value).toEqual([['Diamond']]);
    expect(run('REVENUE_BAND', { ref: 'C3' }).value).toEqual([['VIP']]);
  });

  it('=VALUE_MATRIX(C2, B2, 500000, 200000) places one customer with explicit cuts', () => {
    expect(run('VALUE_MATRIX', { ref: 'C2' }, { ref: 'B2' }, 500_000, 200_000).value).toEqual([
      ['Platinum'],
    ]);
  });

  it('a rank among customers refuses a single cell and says why', () => {
    for (const fn of ['CUSTOMER_TIER', 'PARETO_SHARE']) {
      expect(run(fn, { ref: 'C2' }).error?.message).toMatch(
        /single cell; pass the whole column .*would make every customer an A/,
      );
    }
    expect(run('VALUE_MATRIX', { ref: 'C2' }, { ref: 'B2' }).error?.message).toMatch(
      /^VALUE_MATRIX: current is a single cell/,
    );
  });

  it('a bad value names its place in the argument, not a sheet row the function cannot know', () => {
    expect(run('CUSTOMER_TIER', { ref: 'C2:C4' }).error?.message).toBe(
      'CUSTOMER_TIER: the 3rd value of values is "twelve", not a number',
    );
  });
});
