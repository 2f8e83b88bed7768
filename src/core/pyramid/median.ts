import { sortedValues } from './sorted-values';

/**
 * The median of the values, NaN rows (blanks) left out: the middle value, or the mean of the
 * two middle values for an even count. NaN when there is no value.
 *
 * @example median([3, NaN, 1, 2, 10]) // 2.5
 */
export function median(values: ArrayLike<number>): number {
  const sorted = sortedValues(values);
  const n = sorted.length;
  if (n === 0) return NaN;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
