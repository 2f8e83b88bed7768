import type { Pyramid } from './build-pyramid';
import { upperBound } from './bisect';

/**
 * A value's rank in the book, 1 = best. Equal values share the best rank they cover
 * (1, 2, 2, 4), matching "ties go up".
 *
 * @example rankOf(1.2e6, buildPyramid([5e6, 1.2e6, 1.2e6, 0.8e6])) // 2
 */
export function rankOf(value: number, pyramid: Pick<Pyramid, 'sorted'>): number {
  const { sorted } = pyramid;
  return 1 + sorted.length - upperBound(sorted, value);
}
