import type { Tier } from '../../core/crm/vocabulary';
import { readTierCell } from '../../core/orders';
import { InputError, quoteCellText } from '../../core/range-input';

/** A range of tier cells, read row by row. */
export interface TierRange {
  readonly tiers: (Tier | null)[];
  readonly rows: number;
  readonly columns: number;
}

/**
 * Reads a range of A / B / C / D or blank (a single cell arrives as its value); anything else
 * is an error naming the argument and the cell's position in the range.
 */
export function readTierRange(arg: unknown, argument: string): TierRange {
  const grid = Array.isArray(arg) ? (arg as unknown[][]) : [[arg]];
  const rows = grid.length;
  const columns = Array.isArray(grid[0]) ? grid[0].length : 0;
  const tiers: (Tier | null)[] = [];
  for (let r = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < columns; c++) {
      const cell = row[c];
      const tier = readTierCell(cell);
      if (tier === undefined) {
        const where =
          columns === 1
            ? `row ${r + 1}`
            : rows === 1
              ? `column ${c + 1}`
              : `row ${r + 1}, column ${c + 1}`;
        const shown = typeof cell === 'string' ? quoteCellText(cell) : String(cell);
        throw new InputError(`${argument} ${where} is ${shown}, not a tier (A, B, C, D or blank)`);
      }
      tiers.push(tier);
    }
  }
  return { tiers, rows, columns };
}

/** Reads the from and to ranges of a migration, which must have the same shape. */
export function readTierPair(from: unknown, to: unknown): [TierRange, TierRange] {
  const a = readTierRange(from, 'from_tiers');
  const b = readTierRange(to, 'to_tiers');
  if (a.rows !== b.rows || a.columns !== b.columns) {
    throw new InputError(
      `from_tiers is ${a.rows} × ${a.columns} but to_tiers is ${b.rows} × ${b.columns}; pass ranges of the same shape`,
    );
  }
  return [a, b];
}
