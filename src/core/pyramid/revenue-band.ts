import { InputError } from '../range-input/input-error';
import type { Band } from '../crm/vocabulary';

/** Annual-revenue thresholds for Diamond, Platinum, Gold and VIP, highest first. */
export type BandThresholds = readonly [
  diamond: number,
  platinum: number,
  gold: number,
  vip: number,
];

/** A provincial postal service's key-account scheme: fixed annual-revenue thresholds. */
export const DEFAULT_BAND_THRESHOLDS: BandThresholds = [5_000_000, 2_000_000, 200_000, 10_000];

/**
 * Checks band thresholds: four positive numbers, highest first (Diamond, Platinum, Gold, VIP).
 * Throws an {@link InputError} otherwise.
 */
export function validateBandThresholds(thresholds: readonly number[]): BandThresholds {
  if (thresholds.length !== 4) {
    throw new InputError(
      `thresholds must be 4 amounts, highest first: Diamond, Platinum, Gold, VIP (for example 5000000, 2000000, 200000, 10000), not ${thresholds.length}`,
    );
  }
  for (let i = 0; i < 4; i++) {
    const t = thresholds[i]!;
    if (!(t > 0 && Number.isFinite(t)))
      throw new InputError(`thresholds must be positive amounts, not ${String(t)}`);
    if (i > 0 && !(t < thresholds[i - 1]!)) {
      throw new InputError(
        `thresholds must go from highest to lowest (Diamond, Platinum, Gold, VIP): ${thresholds[i - 1]} is followed by ${t}`,
      );
    }
  }
  return [thresholds[0]!, thresholds[1]!, thresholds[2]!, thresholds[3]!];
}

/** Checks a regional coefficient: a positive number (smaller regions use 0.8–0.9). */
export function validateCoefficient(coefficient: number): number {
  if (!(typeof coefficient === 'number' && coefficient > 0 && Number.isFinite(coefficient))) {
    throw new InputError(
      `coefficient must be a positive number such as 1 or 0.85, not ${String(coefficient)}`,
    );
  }
  return coefficient;
}

/**
 * The thresholds a region actually uses: each multiplied by the coefficient, rounded to 12
 * significant digits so that 0.9 × 2,000,000 is exactly 1,800,000 and a customer with exactly
 * that revenue makes Platinum.
 *
 * @example scaleBandThresholds(DEFAULT_BAND_THRESHOLDS, 0.8) // [4000000, 1600000, 160000, 8000]
 */
export function scaleBandThresholds(
  thresholds: readonly number[] = DEFAULT_BAND_THRESHOLDS,
  coefficient = 1,
): BandThresholds {
  const valid = validateBandThresholds(thresholds);
  validateCoefficient(coefficient);
  return valid.map((t) => Number((t * coefficient).toPrecision(12))) as unknown as BandThresholds;
}

/**
 * The band of one revenue figure against (already scaled) thresholds: Diamond at or above
 * the first, and so on; below VIP is `none`.
 *
 * @example revenueBand(2_000_000, DEFAULT_BAND_THRESHOLDS) // 'platinum'
 */
export function revenueBand(
  value: number,
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): Band {
  if (value >= thresholds[0]) return 'diamond';
  if (value >= thresholds[1]) return 'platinum';
  if (value >= thresholds[2]) return 'gold';
  if (value >= thresholds[3]) return 'vip';
  return 'none';
}
