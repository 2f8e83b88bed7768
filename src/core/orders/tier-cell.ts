import type { Tier } from '../crm/vocabulary';

/**
 * Reads a tier cell: `A`, `B`, `C` or `D` (spaces and case ignored), null for a blank cell
 * (no customer in that period), undefined for anything else.
 *
 * @example readTierCell(' b ') // 'B'
 */
export function readTierCell(cell: unknown): Tier | null | undefined {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (typeof cell !== 'string') return undefined;
  switch (cell.trim().toUpperCase()) {
    case 'A':
      return 'A';
    case 'B':
      return 'B';
    case 'C':
      return 'C';
    case 'D':
      return 'D';
    case '':
      return null;
    default:
      return undefined;
  }
}
