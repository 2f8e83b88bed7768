import { validateShare } from '../range-input/validate-share';
import { rankCount } from './rank-count';
import { sortedValues } from './sorted-values';

/**
 * The share of total value held by the best ceil(topShare × n) customers (the 80/20 check:
 * about 0.68 for the top 20% of the CDNOW book). Values ≤ 0 count as 0; NaN marks a blank
 * row. NaN when no customer has a positive value (there is no value to share).
 *
 * @param values each customer's value; NaN for a blank row
 * @param topShare share of customers, best first, above 0 and at most 1 (default 0.2)
 * @example paretoShare([50, 30, 10, 5, 5], 0.2) // 0.5
 */
export function paretoShare(values: ArrayLike<number>, topShare = 0.2): number {
  validateShare(topShare, 'top_share');
  return paretoShareOfSorted(sortedValues(values), topShare);
}

/**
 * {@link paretoShare} of values already sorted lowest first without blanks (a pyramid's
 * `sorted`), for callers that have them and need not sort again.
 */
export function paretoShareOfSorted(sorted: Float64Array, topShare = 0.2): number {
  validateShare(topShare, 'top_share');
  const n = sorted.length;
  const top = rankCount(topShare, n);
  let total = 0;
  let best = 0;
  for (let i = n - 1; i >= 0; i--) {
    const value = sorted[i]!;
    if (value <= 0) break; // sorted: everything below is ≤ 0 too
    total += value;
    if (i >= n - top) best += value;
  }
  return total > 0 ? best / total : NaN;
}
