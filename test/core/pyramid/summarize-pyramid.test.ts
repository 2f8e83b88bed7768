import { describe, expect, it } from 'vitest';
import { buildPyramid, summarizeBuiltPyramid, summarizePyramid } from '../../../src/core/pyramid';

describe('summarizePyramid', () => {
  it('summarizes the 7-customer book per tier and in total', () => {
    const { tiers, total } = summarizePyramid([5.0e6, 1.2e6, NaN, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0]);
    const sum = 8.55e6;
    expect(tiers.A).toEqual({
      customers: 1,
      customerShare: 1 / 7,
      value: 5e6,
      valueShare: 5e6 / sum,
      lowest: 5e6,
    });
    expect(tiers.B).toEqual({
      customers: 0,
      customerShare: 0,
      value: 0,
      valueShare: 0,
      lowest: NaN,
    });
    expect(tiers.C.customers).toBe(2);
    expect(tiers.C.value).toBeCloseTo(2.4e6, 6);
    expect(tiers.C.lowest).toBe(1.2e6);
    expect(tiers.D.customers).toBe(4);
    expect(tiers.D.lowest).toBe(0);
    expect(total.customers).toBe(7);
    expect(total.value).toBeCloseTo(sum, 6);
    expect(total.valueShare).toBe(1);
    expect(total.lowest).toBe(0);
  });

  it('gives NaN value shares when the total is not positive', () => {
    const { tiers, total } = summarizePyramid([0, -3]);
    expect(tiers.D.customers).toBe(2);
    expect(tiers.D.valueShare).toBeNaN();
    expect(total.value).toBe(-3);
  });

  it('summarizes a pyramid already built the same way as the values it was built from', () => {
    const values = [5e6, NaN, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0, -2];
    const cuts = [0.1, 0.3, 0.6];
    expect(summarizeBuiltPyramid(buildPyramid(values, cuts))).toEqual(
      summarizePyramid(values, cuts),
    );
  });
});
