import { validateShare } from '../range-input/validate-share';
import { sortedValues } from './sorted-values';

/** How few customers hold a given share of value. */
export interface ParetoCount {
  /** The smallest number of customers, best first, whose values reach the share. */
  readonly customers: number;
  /** Customers in the book (blank rows are not customers). */
  readonly n: number;
  /** customers / n: the share of customers needed. */
  readonly share: number;
}

/**
 * The inverse of {@link paretoShare}: the smallest share of customers, best first, that holds
 * at least `valueShare` of total value (values ≤ 0 count as 0). Both counts are NaN when no
 * customer has a positive value.
 *
 * @param values each customer's value; NaN for a blank row
 * @param valueShare share of total value, above 0 and at most 1 (default 0.8)
 * @example paretoCount([50, 30, 10, 5, 5], 0.8).share // 0.4
 */
export function paretoCount(values: ArrayLike<number>, valueShare = 0.8): ParetoCount {
  validateShare(valueShare, 'value_share');
  const sorted = sortedValues(values);
  const n = sorted.length;
  let total = 0;
  for (let i = n - 1; i >= 0 && sorted[i]! > 0; i--) total += sorted[i]!;
  if (!(total > 0)) return { customers: NaN, n, share: NaN };
  // A relative tolerance, so that 80% of a total that rounding left a hair short still counts.
  const target = valueShare * total * (1 - 1e-12);
  let held = 0;
  let customers = 0;
  for (let i = n - 1; i >= 0 && held < target; i--) {
    held += sorted[i]!;
    customers++;
  }
  return { customers, n, share: customers / n };
}
