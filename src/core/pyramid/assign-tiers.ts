import type { Tier } from '../crm/vocabulary';
import { buildPyramid } from './build-pyramid';
import { tierOf } from './tier-of';

/**
 * Each customer's pyramid tier, in input order; `null` for a blank row (NaN).
 * See {@link buildPyramid} for the rule (default: top 1% A, next 4% B, next 15% C, rest D;
 * ceil rounding, ties go up, value ≤ 0 is D).
 *
 * @example assignTiers([5e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0]) // ['A', 'C', 'C', 'D', 'D', 'D', 'D']
 */
export function assignTiers(values: ArrayLike<number>, cuts?: readonly number[]): (Tier | null)[] {
  const pyramid = buildPyramid(values, cuts);
  const tiers = new Array<Tier | null>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    tiers[i] = value === value ? tierOf(value, pyramid) : null;
  }
  return tiers;
}
