import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paretoCount, paretoShare, rankCount } from '../../../src/core/pyramid';

const positiveBook = fc
  .array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 200 })
  .filter((xs) => xs.some((x) => x > 0));
const share = fc.integer({ min: 1, max: 100 }).map((p) => p / 100);

describe('Pareto properties', () => {
  it('the customers PARETO_COUNT finds hold at least that share, and one fewer would not', () => {
    fc.assert(
      fc.property(positiveBook, share, (values, wanted) => {
        const { customers, n } = paretoCount(values, wanted);
        expect(n).toBe(values.length);
        const held = (k: number): number => paretoShare(values, k / n);
        expect(held(customers)).toBeGreaterThanOrEqual(wanted - 1e-9);
        if (customers > 1) expect(held(customers - 1)).toBeLessThan(wanted);
      }),
    );
  });

  it('the share held grows with the share of customers and reaches 1 at 100%', () => {
    fc.assert(
      fc.property(positiveBook, share, share, (values, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(paretoShare(values, lo)).toBeLessThanOrEqual(paretoShare(values, hi) + 1e-12);
        expect(paretoShare(values, 1)).toBeCloseTo(1, 12);
        expect(rankCount(lo, values.length)).toBeLessThanOrEqual(rankCount(hi, values.length));
      }),
    );
  });
});
