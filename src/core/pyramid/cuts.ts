import { InputError } from '../range-input/input-error';

/** The cumulative shares of customers (best first) that end tiers A, B and C. */
export type TierCuts = readonly [a: number, b: number, c: number];

/** The default pyramid: A is the top 1%, A+B the top 5%, A+B+C the top 20%. */
export const DEFAULT_TIER_CUTS: TierCuts = [0.01, 0.05, 0.2];

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(6))}%`;
}

/**
 * Checks cumulative cut points: three fractions, each above 0 and at most 1 (100%), strictly
 * increasing. Throws an {@link InputError} saying what is wrong, e.g.
 * `cuts must increase: 5% is followed by 1%`.
 *
 * @example validateTierCuts([0.01, 0.05, 0.2]) // [0.01, 0.05, 0.2]
 */
export function validateTierCuts(cuts: readonly number[]): TierCuts {
  if (cuts.length !== 3) {
    throw new InputError(
      `cuts must be 3 cumulative shares for A, A+B and A+B+C (for example 1%, 5%, 20%), not ${cuts.length} value${cuts.length === 1 ? '' : 's'}`,
    );
  }
  for (const cut of cuts) {
    if (!(cut > 0 && cut <= 1)) {
      throw new InputError(
        `cuts must be shares above 0% and at most 100% (type 20% or 0.2), not ${String(cut)}`,
      );
    }
  }
  for (let i = 1; i < cuts.length; i++) {
    if (!(cuts[i]! > cuts[i - 1]!)) {
      throw new InputError(
        `cuts must increase (they are cumulative: A, A+B, A+B+C): ${percent(cuts[i - 1]!)} is followed by ${percent(cuts[i]!)}`,
      );
    }
  }
  return [cuts[0]!, cuts[1]!, cuts[2]!];
}
