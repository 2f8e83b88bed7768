import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BAND_THRESHOLDS,
  revenueBand,
  scaleBandThresholds,
  validateBandThresholds,
} from '../../../src/core/pyramid';

describe('revenueBand', () => {
  it('bands by the default thresholds, at or above each', () => {
    const cases: [number, string][] = [
      [5_000_000, 'diamond'],
      [4_999_999, 'platinum'],
      [2_000_000, 'platinum'],
      [200_000, 'gold'],
      [199_999.99, 'vip'],
      [10_000, 'vip'],
      [9_999, 'none'],
      [0, 'none'],
      [-5, 'none'],
    ];
    for (const [value, band] of cases) expect(revenueBand(value), String(value)).toBe(band);
  });

  it('multiplies the thresholds by the regional coefficient, exactly', () => {
    expect(scaleBandThresholds(DEFAULT_BAND_THRESHOLDS, 0.8)).toEqual([4e6, 1.6e6, 160_000, 8000]);
    const ninety = scaleBandThresholds(DEFAULT_BAND_THRESHOLDS, 0.9);
    expect(revenueBand(1_800_000, ninety)).toBe('platinum');
    expect(revenueBand(179_999, ninety)).toBe('vip');
    expect(revenueBand(1_700_000, scaleBandThresholds(undefined, 0.85))).toBe('platinum');
  });

  it('rejects thresholds not highest first, not four, not positive; and a bad coefficient', () => {
    expect(() => validateBandThresholds([10_000, 200_000, 2e6, 5e6])).toThrow(
      /highest to lowest.*10000 is followed by 200000/,
    );
    expect(() => validateBandThresholds([5e6, 2e6])).toThrow(/must be 4 amounts/);
    expect(() => validateBandThresholds([5e6, 2e6, 0, -1])).toThrow(/positive amounts, not 0/);
    expect(() => scaleBandThresholds(undefined, 0)).toThrow(/coefficient must be a positive/);
  });
});
