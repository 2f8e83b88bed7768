import { InputError } from './input-error';
import { readNumberCell } from './read-number-cell';

/** Which way a one-dimensional range runs; answers are given back in the same shape. */
export type RangeShape = 'column' | 'row';

/** A range of number cells, read: NaN marks a blank cell (not a customer). */
export interface NumberRange {
  readonly values: Float64Array;
  readonly shape: RangeShape;
}

/**
 * Reads a range argument as Sheets passes it to a custom function (a 2-D array, blanks as
 * '') into a Float64Array, NaN for each blank. It must be one column or one row; anything
 * else, or a cell that is not a number, is an {@link InputError} naming `argument` and the
 * row, e.g. `values row 17 is "twelve", not a number`. Rows count from 1 within the range.
 */
export function readNumberRange(input: unknown, argument: string): NumberRange {
  if (!Array.isArray(input)) {
    throw new InputError(
      `${argument} is a single cell; pass the whole column (for example C2:C) so that every row is read`,
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
  // A column's cells are numbered by row, a row's by column.
  const position = shape === 'column' ? 'row' : 'column';
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
    else throw new InputError(`${argument} ${position} ${i + 1} is ${read.problem}`);
  }
  return { values, shape };
}
