import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_CUTS, validateTierCuts } from '../../../src/core/pyramid';
import { InputError } from '../../../src/core/range-input';

describe('validateTierCuts', () => {
  it('accepts the default and any three increasing shares in (0, 1]', () => {
    expect(validateTierCuts(DEFAULT_TIER_CUTS)).toEqual([0.01, 0.05, 0.2]);
    expect(validateTierCuts([0.1, 0.5, 1])).toEqual([0.1, 0.5, 1]);
  });

  it.each([
    [[0.01, 0.05], /3 cumulative shares.*not 2 values/],
    [[0.01, 0.05, 0.2, 0.5], /not 4 values/],
    [[0.05, 0.01, 0.2], /must increase.*5% is followed by 1%/],
    [[0.05, 0.05, 0.2], /must increase/],
    [[0, 0.05, 0.2], /above 0% and at most 100%.*not 0/],
    [[1, 5, 20], /type 20% or 0.2\), not 5/],
    [[0.01, 0.05, NaN], /not NaN/],
  ])('rejects %j clearly', (cuts, message) => {
    expect(() => validateTierCuts(cuts)).toThrow(InputError);
    expect(() => validateTierCuts(cuts)).toThrow(message);
  });
});
