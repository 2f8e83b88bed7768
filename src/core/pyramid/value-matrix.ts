import { InputError } from '../range-input/input-error';
import { ordinal } from '../range-input/read-number-range';
import type { Quadrant } from '../crm/vocabulary';
import { median } from './median';

/**
 * The value × potential quadrant. "High" means at or above the cut.
 * High value and high potential: Platinum; high value, low potential: Gold;
 * low value, high potential: Iron; low and low: Lead.
 */
export function quadrantOf(
  current: number,
  potential: number,
  currentCut: number,
  potentialCut: number,
): Quadrant {
  const highValue = current >= currentCut;
  const highPotential = potential >= potentialCut;
  if (highValue) return highPotential ? 'platinum' : 'gold';
  return highPotential ? 'iron' : 'lead';
}

/** The quadrants and the cuts that were used (the medians when none were given). */
export interface ValueMatrix {
  readonly quadrants: (Quadrant | null)[];
  readonly currentCut: number;
  readonly potentialCut: number;
}

/**
 * Places each customer in the value × potential matrix. Rows are paired by position; a row
 * blank (NaN) in both is not a customer (null). Cuts default to each column's median.
 * Throws an {@link InputError} when the columns differ in length or a row is blank in only
 * one of them (rows count from 1).
 *
 * @example valueMatrix([10, 1], [1, 10]).quadrants // ['gold', 'iron']
 */
export function valueMatrix(
  current: ArrayLike<number>,
  potential: ArrayLike<number>,
  cuts: { readonly current?: number; readonly potential?: number } = {},
): ValueMatrix {
  if (current.length !== potential.length) {
    throw new InputError(
      `current has ${current.length} rows but potential has ${potential.length}; pass ranges of the same size`,
    );
  }
  for (let i = 0; i < current.length; i++) {
    const blankCurrent = Number.isNaN(current[i]!);
    if (blankCurrent !== Number.isNaN(potential[i]!)) {
      const [blank, filled] = blankCurrent ? ['current', 'potential'] : ['potential', 'current'];
      throw new InputError(
        `the ${ordinal(i + 1)} value of ${blank} is blank but that of ${filled} is not; fill both or neither`,
      );
    }
  }
  const currentCut = cuts.current ?? median(current);
  const potentialCut = cuts.potential ?? median(potential);
  const quadrants = new Array<Quadrant | null>(current.length);
  for (let i = 0; i < current.length; i++) {
    const value = current[i]!;
    quadrants[i] = Number.isNaN(value)
      ? null
      : quadrantOf(value, potential[i]!, currentCut, potentialCut);
  }
  return { quadrants, currentCut, potentialCut };
}
