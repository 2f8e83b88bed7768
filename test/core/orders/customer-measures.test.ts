import { describe, expect, it } from 'vitest';
import {
  customerKey,
  customerStatus,
  DEFAULT_LIFECYCLE_RULE,
  indexKeys,
  lifecycleStage,
  shareOfWallet,
  trend,
} from '../../../src/core/orders';

describe('trend', () => {
  it('is the change over the previous value’s size, null with nothing to compare', () => {
    expect(trend(125, 100)).toBe(0.25);
    expect(trend(50, 100)).toBe(-0.5);
    expect(trend(-5, -10)).toBe(0.5);
    expect(trend(10, 0)).toBeNull();
    expect(trend(10, null)).toBeNull();
  });
});

describe('customerStatus', () => {
  it.each([
    [0, 'active'],
    [89, 'active'],
    [90, 'dormant'],
    [364, 'dormant'],
    [365, 'lost'],
    [null, null],
  ])('%j days since the last order → %j', (days, status) => {
    expect(customerStatus(days, 90, 365)).toBe(status);
  });
});

describe('shareOfWallet', () => {
  it('annualises the window’s revenue over the budget; null without a budget', () => {
    expect(shareOfWallet(30_000, 365, 100_000)).toBeCloseTo(0.3, 12);
    expect(shareOfWallet(30_000, 73, 600_000)).toBeCloseTo(0.25, 12);
    expect(shareOfWallet(30_000, 365, NaN)).toBeNull();
    expect(shareOfWallet(30_000, 365, 0)).toBeNull();
    expect(shareOfWallet(30_000, 365, null)).toBeNull();
  });
});

describe('lifecycleStage', () => {
  const windows = { current: { first: 1000, last: 1364 }, previous: { first: 635, last: 999 } };
  const stage = (
    value: number,
    previous: number,
    firstOrderDay: number | null,
    daysSinceLastOrder: number | null,
  ): string | null =>
    lifecycleStage(
      { value, previous, firstOrderDay, daysSinceLastOrder },
      windows,
      DEFAULT_LIFECYCLE_RULE,
    );

  it.each([
    ['pause', [0, 100, 10, 365]],
    ['hibernation', [0, 100, 10, 90]],
    ['breakthrough', [100, 0, 1000, 5]],
    ['consolidation', [100, 50, 635, 5]],
    ['growth', [110, 100, 10, 5]],
    ['harvest', [109.9, 100, 10, 5]],
    ['harvest', [90.1, 100, 10, 5]],
    ['defence', [90, 100, 10, 5]],
    ['growth', [5, 0, 10, 5]],
    ['defence', [-5, 0, 10, 5]],
    ['harvest', [0, 0, 10, 5]],
    [null, [0, 0, null, null]],
  ] as const)('%s', (expected, [v, p, first, since]) => {
    expect(stage(v, p, first, since)).toBe(expected);
  });
});

describe('customer keys', () => {
  it('match text and numbers, trim spaces, refuse non-ids', () => {
    expect(customerKey(' C-17 ')).toBe('C-17');
    expect(customerKey(1001)).toBe('1001');
    expect(customerKey('00001')).toBe('00001');
    expect(customerKey('')).toBe('');
    expect(customerKey(true)).toBeNull();
    expect(customerKey(new Date())).toBeNull();
  });
  it('index the first row of each key, prototype names included', () => {
    const index = indexKeys(['a', '', 'constructor', 'a', '__proto__']);
    expect([...index]).toEqual([
      ['a', 0],
      ['constructor', 2],
      ['__proto__', 4],
    ]);
  });
});
