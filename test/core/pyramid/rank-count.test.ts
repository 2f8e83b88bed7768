import { describe, expect, it } from 'vitest';
import { rankCount } from '../../../src/core/pyramid';

describe('rankCount', () => {
  it('is ceil(share × n)', () => {
    expect([0.01, 0.05, 0.2].map((s) => rankCount(s, 1000))).toEqual([10, 50, 200]);
    expect([0.01, 0.05, 0.2].map((s) => rankCount(s, 7))).toEqual([1, 1, 2]);
    expect(rankCount(0.2, 23570)).toBe(4714);
    expect(rankCount(0.5, 3)).toBe(2);
  });

  it('is not pushed up by floating-point noise (0.07 × 100 = 7.000000000000001)', () => {
    expect(rankCount(0.07, 100)).toBe(7);
    expect(rankCount(0.29, 100)).toBe(29);
    expect(rankCount(0.57, 100)).toBe(57);
  });

  it('stays within 0..n', () => {
    expect(rankCount(1, 5)).toBe(5);
    expect(rankCount(0.5, 0)).toBe(0);
  });
});
