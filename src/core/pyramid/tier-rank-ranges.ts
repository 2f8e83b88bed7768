import { TIERS, type Tier } from '../crm/vocabulary';
import type { Pyramid } from './build-pyramid';
import { lowerBound, upperBound } from './bisect';

/** The ranks a tier actually takes (1 = best), or null when no customer is in it. */
export interface RankRange {
  readonly first: number;
  readonly last: number;
}

/**
 * The ranks each tier takes once ties have gone up, e.g. for 1,000 distinct positive values
 * A 1–10, B 11–50, C 51–200, D 201–1000. A tier can be empty: in a book of 7, 5% is one
 * customer, the same one as A, so B is null.
 */
export function tierRankRanges(pyramid: Pyramid): Record<Tier, RankRange | null> {
  const { sorted, n } = pyramid;
  // Values ≤ 0 are never above D, so an admitted value must also be above 0.
  const firstPositive = upperBound(sorted, 0);
  const admitted = (cut: number): number => n - Math.max(lowerBound(sorted, cut), firstPositive);
  const ends = [...pyramid.cutValues.map(admitted), n];
  const ranges = {} as Record<Tier, RankRange | null>;
  let previous = 0;
  TIERS.forEach((tier, i) => {
    const end = Math.max(previous, ends[i]!);
    ranges[tier] = end > previous ? { first: previous + 1, last: end } : null;
    previous = end;
  });
  return ranges;
}
