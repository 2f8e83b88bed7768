import { InputError } from './input-error';
import { readNumberCell } from './read-number-cell';

/** Which way a one-dimensional range runs; answers are given back in the same shape. */
export type RangeShape = 'column' | 'row';

/** A range of number cells, read: NaN marks a blank cell (not a customer). */
export interface NumberRange {
  readonly values: Float64Array;
  readonly shape: RangeShape;
}

/** 1 → '1st', 2 → '2nd', 11 → '11th', 23 → '23rd'. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Reads a range argument as Sheets passes it to a custom function (a 2-D array, blanks as
 * '') into a Float64Array, NaN for each blank. It must be one column or one row; anything
 * else, or a cell that is not a number, is an {@link InputError} naming `argument` and the
 * value's place in it, e.g. `the 17th value of values is "twelve", not a number` (a custom
 * function is not told where its range starts, so it cannot name the sheet's row).
 *
 * A single cell arrives as its value, not a 2-D array. With `single: true` it is read as a
 * range of one (for answers defined per customer: fixed thresholds, explicit cuts); without,
 * it is refused, because the answer ranks a customer among all of them and
 * `=CUSTOMER_TIER(C2)` filled down a column would make every customer an A.
 */
export function readNumberRange(
  input: unknown,
  argument: string,
  options: { single?: boolean } = {},
): NumberRange {
  if (!Array.isArray(input)) {
    if (options.single) return readNumberRange([[input]], argument);
    throw new InputError(
      `${argument} is a single cell; pass the whole column (for example C2:C): the answer ranks each customer among all of them, so one cell alone — say =CUSTOMER_TIER(C2) filled down a column — would make every customer an A`,
    );
  }
  const rows = input as unknown[][];
  const first = rows[0];
  if (!Array.isArray(first) || first.length === 0) throw new InputError(`${argument} is empty`);
  const shape: RangeShape = rows.length === 1 && first.length > 1 ? 'row' : 'column';
  if (shape === 'column' && first.length > 1) {
    throw new InputError(
      `${argument} must be a single column or row, not ${rows.length} rows × ${first.length} columns`,
    );
  }
  const n = shape === 'column' ? rows.length : first.length;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cell = shape === 'column' ? (rows[i] as unknown[])[0] : first[i];
    // Fast path for the common case: a finite number (x - x is NaN for ±Infinity and NaN).
    if (typeof cell === 'number' && cell - cell === 0) {
      values[i] = cell;
      continue;
    }
    const read = readNumberCell(cell);
    if (read.kind === 'blank') values[i] = NaN;
    else if (read.kind === 'number') values[i] = read.value;
    else throw new InputError(`the ${ordinal(i + 1)} value of ${argument} is ${read.problem}`);
  }
  return { values, shape };
}
