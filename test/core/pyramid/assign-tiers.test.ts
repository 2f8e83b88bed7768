import { describe, expect, it } from 'vitest';
import { assignTiers } from '../../../src/core/pyramid';

function counts(tiers: readonly (string | null)[]): Record<string, number> {
  const result: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const t of tiers) if (t) result[t]!++;
  return result;
}

describe('assignTiers — the default rule', () => {
  it('splits 1,000 distinct positive values 10 / 40 / 150 / 800, best first', () => {
    // Values in a scrambled order, so position cannot stand in for rank.
    const values = Array.from({ length: 1000 }, (_, i) => ((i * 389) % 1000) + 1);
    const tiers = assignTiers(values);
    expect(counts(tiers)).toEqual({ A: 10, B: 40, C: 150, D: 800 });
    values.forEach((v, i) => {
      const expected = v > 990 ? 'A' : v > 950 ? 'B' : v > 800 ? 'C' : 'D';
      expect(tiers[i]).toBe(expected);
    });
  });

  it('ranks the 7-customer book: ceil keeps an A, the tie at the C cut goes up, 0 is D', () => {
    // ceil(1%·7) = 1, ceil(5%·7) = 1, ceil(20%·7) = 2: A is rank 1, B is empty, C is rank 2
    // and its tie at rank 3.
    expect(assignTiers([5.0e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0])).toEqual([
      'A',
      'C',
      'C',
      'D',
      'D',
      'D',
      'D',
    ]);
  });

  it('gives every customer A when all values are equal and positive (ties go up)', () => {
    expect(assignTiers([7, 7, 7, 7, 7])).toEqual(['A', 'A', 'A', 'A', 'A']);
  });

  it('gives every customer D when all values are zero', () => {
    expect(assignTiers([0, 0, 0])).toEqual(['D', 'D', 'D']);
  });

  it('never puts a negative or zero value above D, even at rank 1', () => {
    expect(assignTiers([-5, -1, -20])).toEqual(['D', 'D', 'D']);
    expect(assignTiers([-5, 3, 0, -1])).toEqual(['D', 'A', 'D', 'D']);
  });

  it('makes a single customer with positive value A', () => {
    expect(assignTiers([42])).toEqual(['A']);
    expect(assignTiers([0])).toEqual(['D']);
  });

  it('leaves blank rows blank and does not count them, inside and after the data', () => {
    const withBlanks = assignTiers([
      5e6,
      NaN,
      1.2e6,
      1.2e6,
      NaN,
      0.8e6,
      0.3e6,
      0.05e6,
      0,
      NaN,
      NaN,
    ]);
    expect(withBlanks).toEqual(['A', null, 'C', 'C', null, 'D', 'D', 'D', 'D', null, null]);
    // 99 customers and 1000 trailing blanks: n = 99, so A is ceil(0.99) = 1 customer.
    const trailing = [...Array.from({ length: 99 }, (_, i) => i + 1), ...Array(1000).fill(NaN)];
    expect(counts(assignTiers(trailing))).toEqual({ A: 1, B: 4, C: 15, D: 79 });
  });

  it('gives an empty list for an empty book and all blanks', () => {
    expect(assignTiers([])).toEqual([]);
    expect(assignTiers([NaN, NaN])).toEqual([null, null]);
  });

  it('uses configurable cuts', () => {
    const values = Array.from({ length: 10 }, (_, i) => 10 - i);
    expect(assignTiers(values, [0.1, 0.3, 0.6])).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'C',
      'D',
      'D',
      'D',
      'D',
    ]);
    expect(assignTiers(values, [0.1, 0.3, 1])).toEqual([
      'A',
      'B',
      'B',
      'C',
      'C',
      'C',
      'C',
      'C',
      'C',
      'C',
    ]);
  });

  it('accepts a Float64Array', () => {
    expect(assignTiers(new Float64Array([1, 2, NaN]))).toEqual(['D', 'A', null]);
  });
});
