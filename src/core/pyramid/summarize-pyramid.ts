import { TIERS, type Tier } from '../crm/vocabulary';
import { buildPyramid, type Pyramid } from './build-pyramid';
import { tierOf } from './tier-of';

/** One line of the pyramid table. */
export interface TierSummary {
  readonly customers: number;
  /** customers / n (NaN for an empty book). */
  readonly customerShare: number;
  /** The sum of the tier's values, as given (a negative value lowers it). */
  readonly value: number;
  /** value / total value; NaN when the total is not positive. */
  readonly valueShare: number;
  /** The lowest value in the tier; NaN when the tier is empty. */
  readonly lowest: number;
}

/** The pyramid table: one line per tier, best first, and the whole book. */
export interface PyramidSummary {
  readonly tiers: Readonly<Record<Tier, TierSummary>>;
  readonly total: TierSummary;
}

/**
 * Per tier: customers, share of customers, value, share of value and the lowest value, plus
 * a total line. Tiers follow {@link buildPyramid}; NaN marks a blank row. Values are summed
 * as given, so the total equals the sum of the column and the value shares add up to 100%.
 *
 * @example summarizePyramid([5e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0]).tiers.C.customers // 2
 */
export function summarizePyramid(
  values: ArrayLike<number>,
  cuts?: readonly number[],
): PyramidSummary {
  return summarizeBuiltPyramid(buildPyramid(values, cuts));
}

/**
 * The same table from a pyramid already built, for callers that have one (the report job)
 * and need not sort the values again.
 */
export function summarizeBuiltPyramid(pyramid: Pyramid): PyramidSummary {
  const { sorted, n } = pyramid;
  const counts: Record<Tier, number> = { A: 0, B: 0, C: 0, D: 0 };
  const sums: Record<Tier, number> = { A: 0, B: 0, C: 0, D: 0 };
  const lowest: Record<Tier, number> = { A: NaN, B: NaN, C: NaN, D: NaN };
  let total = 0;
  // The sorted values fall into tiers in runs, so walking them best first sees each tier's
  // lowest value last.
  for (let i = n - 1; i >= 0; i--) {
    const value = sorted[i]!;
    const tier = tierOf(value, pyramid);
    counts[tier]++;
    sums[tier] += value;
    lowest[tier] = value;
    total += value;
  }
  const line = (customers: number, value: number, low: number): TierSummary => ({
    customers,
    customerShare: n > 0 ? customers / n : NaN,
    value,
    valueShare: total > 0 ? value / total : NaN,
    lowest: low,
  });
  const tiers = {} as Record<Tier, TierSummary>;
  for (const tier of TIERS) tiers[tier] = line(counts[tier], sums[tier], lowest[tier]);
  return { tiers, total: line(n, total, n > 0 ? sorted[0]! : NaN) };
}
