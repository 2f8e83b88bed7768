import { DEFAULT_TIER_CUTS, validateTierCuts, type TierCuts } from './cuts';
import { rankCount } from './rank-count';
import { sortedValues } from './sorted-values';

/** A book of customers ranked once, from which tiers, ranks and explanations are read. */
export interface Pyramid {
  /** Number of customers (blank rows are not customers). */
  readonly n: number;
  /** The customers' values, lowest first. */
  readonly sorted: Float64Array;
  readonly cuts: TierCuts;
  /** ceil(cut × n) for A, A+B and A+B+C: the last rank each group must admit. */
  readonly cutRanks: readonly [number, number, number];
  /**
   * The values at those ranks. A positive value at or above `cutValues[0]` is A, else at or
   * above `cutValues[1]` is B, else at or above `cutValues[2]` is C; everything else is D.
   * Comparing values, not positions, is what sends ties up.
   */
  readonly cutValues: readonly [number, number, number];
}

/**
 * Ranks a book of customers by value, best first, and finds the pyramid's cut values.
 *
 * The rule: with n customers, A takes the best ceil(1% × n); A and B together the best
 * ceil(5% × n); A, B and C together the best ceil(20% × n); the rest are D. A customer whose
 * value equals that of the last customer admitted to a tier is admitted too (ties go up).
 * A value ≤ 0 is D whatever its rank. NaN marks a blank row: not a customer, not counted in n.
 *
 * One typed-array sort, then three lookups: O(n log n).
 *
 * @param values each customer's value (revenue or profit); NaN for a blank row
 * @param cuts cumulative shares ending A, B and C (default 1%, 5%, 20%)
 */
export function buildPyramid(
  values: ArrayLike<number>,
  cuts: readonly number[] = DEFAULT_TIER_CUTS,
): Pyramid {
  const valid = validateTierCuts(cuts);
  return pyramidOfSorted(sortedValues(values), valid);
}

/**
 * {@link buildPyramid} for values already sorted lowest first with blanks removed (see
 * `sortValuesInPlace`): no copy, no sort, O(1).
 */
export function pyramidOfSorted(
  sorted: Float64Array,
  cuts: readonly number[] = DEFAULT_TIER_CUTS,
): Pyramid {
  const valid = validateTierCuts(cuts);
  const n = sorted.length;
  const ranks = valid.map((cut) => rankCount(cut, n)) as unknown as [number, number, number];
  // Rank r (1 = best) sits at index n - r of the ascending array; an empty book admits no one.
  const at = (rank: number): number => (rank > 0 ? sorted[n - rank]! : Infinity);
  return {
    n,
    sorted,
    cuts: valid,
    cutRanks: ranks,
    cutValues: [at(ranks[0]), at(ranks[1]), at(ranks[2])],
  };
}
