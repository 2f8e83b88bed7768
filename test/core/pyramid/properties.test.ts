import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignTiers, rankCount, DEFAULT_TIER_CUTS } from '../../../src/core/pyramid';

const value = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }),
  fc.double({ min: -1e6, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constant(Number.NaN), // a blank row
);
const book = fc.array(value, { maxLength: 300 });
const cutsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 })
  .map((xs) => xs.sort((a, b) => a - b).map((x) => x / 100));

describe('pyramid properties', () => {
  it('shuffling the rows shuffles the results the same way', () => {
    fc.assert(
      fc.property(book, fc.infiniteStream(fc.nat()), (values, randoms) => {
        const order = values.map((_, i) => i);
        const stream = randoms[Symbol.iterator]();
        for (let i = order.length - 1; i > 0; i--) {
          const j = stream.next().value % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const tiers = assignTiers(values);
        const shuffled = assignTiers(order.map((i) => values[i]!));
        expect(shuffled).toEqual(order.map((i) => tiers[i]));
      }),
    );
  });

  it('multiplying every value by a positive constant changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.constant(NaN)), {
          maxLength: 300,
        }),
        fc.constantFrom(0.001, 0.5, 3, 7.25, 1000, 1e6),
        cutsArb,
        (values, k, cuts) => {
          expect(
            assignTiers(
              values.map((v) => v * k),
              cuts,
            ),
          ).toEqual(assignTiers(values, cuts));
        },
      ),
    );
  });

  it('no tier group exceeds its cut except by customers tied with the last one admitted', () => {
    fc.assert(
      fc.property(book, cutsArb, (values, cuts) => {
        const tiers = assignTiers(values, cuts);
        const customers = values.filter((v) => !Number.isNaN(v));
        const n = customers.length;
        const groups = ['A', 'B', 'C'];
        cuts.forEach((cut, g) => {
          const inGroup = values.filter(
            (_, i) => groups.indexOf(tiers[i]!) >= 0 && groups.indexOf(tiers[i]!) <= g,
          );
          const allowed = rankCount(cut, n);
          if (inGroup.length > allowed) {
            // Every customer beyond the cut ties with the lowest value admitted by rank.
            const best = [...customers].sort((a, b) => b - a);
            const lastAdmitted = best[allowed - 1]!;
            const extra = inGroup.filter((v) => v < lastAdmitted);
            expect(extra).toEqual([]);
            expect(inGroup.filter((v) => v === lastAdmitted).length).toBeGreaterThan(1);
          }
          // and never fewer than the cut among positive values
          const positive = customers.filter((v) => v > 0).length;
          expect(inGroup.length).toBeGreaterThanOrEqual(Math.min(allowed, positive));
        });
      }),
    );
  });

  it('every book with a positive value has an A, and only positive values are above D', () => {
    fc.assert(
      fc.property(book, (values) => {
        const tiers = assignTiers(values, DEFAULT_TIER_CUTS);
        if (values.some((v) => v > 0)) expect(tiers).toContain('A');
        values.forEach((v, i) => {
          if (Number.isNaN(v)) expect(tiers[i]).toBeNull();
          else if (v <= 0) expect(tiers[i]).toBe('D');
        });
      }),
    );
  });
});

/** The rule read literally: competition rank (1 + how many are strictly better) against ceil(k·n). */
function referenceTiers(values: number[], cuts: readonly number[]): (string | null)[] {
  const customers = values.filter((v) => !Number.isNaN(v));
  const n = customers.length;
  // Integer ceilings on whole percentages, independent of the engine's float handling.
  const limits = cuts.map((c) => Math.ceil((Math.round(c * 100) * n) / 100));
  return values.map((v) => {
    if (Number.isNaN(v)) return null;
    if (v <= 0) return 'D';
    const rank = 1 + customers.filter((w) => w > v).length;
    const tier = limits.findIndex((limit) => rank <= limit);
    return tier < 0 ? 'D' : 'ABC'[tier]!;
  });
}

describe('pyramid against a literal reference', () => {
  it('agrees with competition ranking against ceil(k·n) on random books and cuts', () => {
    fc.assert(
      fc.property(book, cutsArb, (values, cuts) => {
        expect(assignTiers(values, cuts)).toEqual(referenceTiers(values, cuts));
      }),
      { numRuns: 300 },
    );
  });
});
