import type { Tier } from '../crm/vocabulary';
import type { Pyramid } from './build-pyramid';

/**
 * The tier of one value in a ranked book: three comparisons against the cut values, so a
 * value equal to the last one admitted is admitted too, and a value ≤ 0 is always D.
 *
 * @example tierOf(1_200_000, buildPyramid([5e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0])) // 'C'
 */
export function tierOf(value: number, pyramid: Pick<Pyramid, 'cutValues'>): Tier {
  // Indexes, not destructuring: this runs once per customer (a million times in a big sheet).
  const cut = pyramid.cutValues;
  if (!(value > 0)) return 'D';
  if (value >= cut[0]) return 'A';
  if (value >= cut[1]) return 'B';
  if (value >= cut[2]) return 'C';
  return 'D';
}
