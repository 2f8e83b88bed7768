import { InputError } from '../range-input';

/** A one-dimensional range's cells, and what its positions are called in messages. */
export interface CellColumn {
  readonly cells: readonly unknown[];
  /** `row` for a column (or a single cell), `column` for a row. */
  readonly position: 'row' | 'column';
}

/**
 * The cells of a range argument as Sheets passes it: a column or row (a 2-D array), or a
 * single cell (its plain value). More than one row and column is an {@link InputError}.
 */
export function cellColumn(arg: unknown, argument: string): CellColumn {
  if (!Array.isArray(arg)) return { cells: [arg], position: 'row' };
  const rows = arg as unknown[][];
  const first = rows[0];
  if (!Array.isArray(first) || first.length === 0) throw new InputError(`${argument} is empty`);
  if (rows.length === 1) return { cells: first, position: first.length > 1 ? 'column' : 'row' };
  if (first.length > 1) {
    throw new InputError(
      `${argument} must be a single column or row, not ${rows.length} rows × ${first.length} columns`,
    );
  }
  const cells = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) cells[i] = rows[i]![0];
  return { cells, position: 'row' };
}
