import { describe, expect, it } from 'vitest';
import {
  buildPyramid,
  paretoCount,
  paretoShare,
  paretoShareOfSorted,
} from '../../../src/core/pyramid';

describe('paretoShare', () => {
  it('is the share of value held by the best ceil(f·n) customers', () => {
    expect(paretoShare([50, 30, 10, 5, 5], 0.2)).toBe(0.5);
    expect(paretoShare([50, 30, 10, 5, 5], 0.4)).toBe(0.8);
    expect(paretoShare([50, 30, 10, 5, 5])).toBe(0.5);
    // ceil(0.2 · 7) = 2 customers
    expect(paretoShare([5, 1, 1, 1, 1, 1, 0])).toBeCloseTo(6 / 10, 12);
  });

  it('counts values ≤ 0 as 0 and skips blanks', () => {
    expect(paretoShare([10, -100, NaN, 10, 0, 0], 0.2)).toBe(0.5);
  });

  it("reads a pyramid's sorted values the same as the values it was built from", () => {
    const values = [10, -100, NaN, 10, 0, 0, 7, 3];
    for (const top of [0.2, 0.5, 1])
      expect(paretoShareOfSorted(buildPyramid(values).sorted, top)).toBe(paretoShare(values, top));
  });

  it('is NaN when no customer has a positive value', () => {
    expect(paretoShare([0, -1])).toBeNaN();
    expect(paretoShare([])).toBeNaN();
  });

  it('rejects a share outside (0, 1]', () => {
    expect(() => paretoShare([1], 20)).toThrow(/top_share must be a share.*not 20/);
    expect(() => paretoShare([1], 0)).toThrow(/top_share/);
  });
});

describe('paretoCount', () => {
  it('is the smallest share of customers holding the value share', () => {
    expect(paretoCount([50, 30, 10, 5, 5], 0.8)).toEqual({ customers: 2, n: 5, share: 0.4 });
    expect(paretoCount([50, 30, 10, 5, 5], 0.81)).toEqual({ customers: 3, n: 5, share: 0.6 });
    expect(paretoCount([50, 30, 10, 5, 5], 1)).toEqual({ customers: 5, n: 5, share: 1 });
    expect(paretoCount([1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 0.3).customers).toBe(3);
  });

  it('counts all customers in n, including those with value ≤ 0, but not blanks', () => {
    expect(paretoCount([10, 0, -5, NaN], 0.8)).toEqual({ customers: 1, n: 3, share: 1 / 3 });
  });

  it('is NaN for a book with no positive value', () => {
    expect(paretoCount([0, 0]).share).toBeNaN();
  });

  it('rejects a bad value_share', () => {
    expect(() => paretoCount([1], 80)).toThrow(/value_share .*not 80/);
  });
});
