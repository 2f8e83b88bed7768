import { InputError } from '../range-input';

/**
 * A one-dimensional range argument as Sheets passes it, not copied: `grid` is the 2-D array
 * (a single cell wrapped as one row of one cell); cell i is `grid[0][i]` when the range runs
 * `across` a row, else `grid[i][0]`.
 */
export interface CellColumn {
  readonly grid: readonly (readonly unknown[])[];
  readonly across: boolean;
  readonly length: number;
  /** What cells are called in messages: `row` down a column (or a single cell), `column` across a row. */
  readonly position: 'row' | 'column';
}

/** Reads a column, a row or a single cell; more than one row and column is an {@link InputError}. */
export function cellColumn(arg: unknown, argument: string): CellColumn {
  if (!Array.isArray(arg)) return { grid: [[arg]], across: false, length: 1, position: 'row' };
  const grid = arg as unknown[][];
  const first = grid[0];
  if (!Array.isArray(first) || first.length === 0) throw new InputError(`${argument} is empty`);
  if (first.length > 1 && grid.length > 1) {
    throw new InputError(
      `${argument} must be a single column or row, not ${grid.length} rows × ${first.length} columns`,
    );
  }
  const across = first.length > 1;
  return {
    grid,
    across,
    length: across ? first.length : grid.length,
    position: across ? 'column' : 'row',
  };
}

/** Cell i of a {@link CellColumn}. */
export function cellAt(column: CellColumn, i: number): unknown {
  return column.across ? column.grid[0]![i] : column.grid[i]![0];
}
