import type { Tier } from '../crm/vocabulary';

/** Index of a tier in the migration counts; 4 is "no tier" (new, or gone). */
const SLOT: Readonly<Record<Tier, number>> = { A: 0, B: 1, C: 2, D: 3 };
/** The slot of "no tier": the from side's New row and the to side's Gone column. */
export const NO_TIER = 4;

/**
 * How many customers went from each tier to each tier between two periods:
 * `counts[from][to]`, indexes 0–3 for A–D and 4 ({@link NO_TIER}) for none — from none is a
 * new customer, to none a customer gone. A pair with no tier on either side is no customer and
 * is not counted. Both lists are the same customers in the same order.
 *
 * @example tierMigration(['A', null, 'B'], ['B', 'D', null])[0][1] // 1 (A → B)
 */
export function tierMigration(
  from: readonly (Tier | null)[],
  to: readonly (Tier | null)[],
): number[][] {
  if (from.length !== to.length) throw new Error('tierMigration: lists of different lengths');
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (let i = 0; i < from.length; i++) {
    const f = from[i]!;
    const t = to[i]!;
    if (f === null && t === null) continue;
    counts[f === null ? NO_TIER : SLOT[f]]![t === null ? NO_TIER : SLOT[t]]!++;
  }
  return counts;
}

/**
 * The migration table with totals, 6 × 6 numbers: rows A, B, C, D, New, Total; columns A, B,
 * C, D, Gone, Total. Row totals count where customers came from (all from A, all new), column
 * totals where they are now (now A, all gone); the corner counts every customer in either
 * period. New → Gone is always 0 (no customer in either period is not counted).
 */
export function migrationTable(counts: readonly (readonly number[])[]): number[][] {
  const table = counts.map((row) => {
    const total = row.reduce((s, x) => s + x, 0);
    return [...row, total];
  });
  const totals = [0, 1, 2, 3, 4, 5].map((j) => table.reduce((s, row) => s + row[j]!, 0));
  return [...table, totals];
}
