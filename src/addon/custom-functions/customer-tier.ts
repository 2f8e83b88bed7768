import { readNumberRange } from '../../core/range-input';
import { buildPyramid, pyramidOfSorted, sortValuesInPlace, tierOf } from '../../core/pyramid';
import { readNumberList, toSheetShape } from './arguments';
import { defineCustomFunction } from './define';

/**
 * =CUSTOMER_TIER(values, [cuts]) → a column of A / B / C / D, the same shape as `values`.
 *
 * Ranks customers by value, best first. With n customers, A takes the best ceil(1% × n);
 * A and B together the best ceil(5% × n); A, B and C together the best ceil(20% × n); the
 * rest are D. A customer whose value equals that of the last customer admitted to a tier is
 * admitted too (ties go up). A value of 0 or less is D whatever its rank. Blank rows are not
 * customers: they stay blank and do not count in n. Numbers stored as text are rejected.
 *
 * Example: =CUSTOMER_TIER(C2:C) beside a revenue column; =CUSTOMER_TIER(C2:C, {10%, 30%, 60%}).
 */
export function customerTier(values: unknown, cuts?: unknown): (string | number)[][] {
  const range = readNumberRange(values, 'values');
  const cutList = readNumberList(cuts, 'cuts');
  if (range.shape === 'row') {
    const pyramid = buildPyramid(range.values, cutList);
    return toSheetShape(range.values, range.shape, (value) => tierOf(value, pyramid));
  }
  // The column case is the hot path (=CUSTOMER_TIER(C2:C) on up to a million rows): the
  // values just read are ours to sort in place, and the answer is built in one monomorphic
  // loop over the cells (already checked: a cell is a number or blank), so the whole call
  // costs little more than one copy and one sort.
  const pyramid = pyramidOfSorted(sortValuesInPlace(range.values), cutList);
  const cells = values as unknown[][];
  const n = cells.length;
  const rows = new Array<[string]>(n);
  for (let i = 0; i < n; i++) {
    const cell = cells[i]![0];
    rows[i] = [typeof cell === 'number' ? tierOf(cell, pyramid) : ''];
  }
  return rows;
}

export const CUSTOMER_TIER = defineCustomFunction(
  'CUSTOMER_TIER',
  {
    description:
      'Ranks customers into pyramid tiers A/B/C/D, best first: A the top ceil(1% of n) customers, A+B the top ceil(5%), A+B+C the top ceil(20%), the rest D. Equal values get the same tier (ties go up); a value of 0 or less is D; blank rows stay blank and are not counted. Numbers stored as text are rejected.',
    params: [
      {
        name: 'values',
        type: 'number[][]',
        description:
          'One column (or row) of customer values, e.g. revenue in C2:C. Blank cells are not customers.',
      },
      {
        name: 'cuts',
        type: 'number[][]',
        optional: true,
        description:
          'Three cumulative shares ending A, A+B and A+B+C, increasing, above 0% and at most 100%. Default {1%, 5%, 20%}.',
      },
    ],
    returns:
      'A column of tiers A, B, C or D, the same shape as values, blank where values is blank.',
  },
  customerTier,
);
