/**
 * The customers' values sorted from lowest to highest, blanks (NaN) left out: the one sort
 * every pyramid and Pareto figure is read from.
 *
 * A typed-array sort with no comparator: it is several times faster than sorting objects,
 * and sorts NaN to the end, where it is cut off.
 *
 * @example sortedValues([5, NaN, 1]) // Float64Array [1, 5]
 */
export function sortedValues(values: ArrayLike<number>): Float64Array {
  const sorted = values instanceof Float64Array ? values.slice() : new Float64Array(values);
  sorted.sort();
  let n = sorted.length;
  while (n > 0 && Number.isNaN(sorted[n - 1])) n--;
  return sorted.subarray(0, n);
}
