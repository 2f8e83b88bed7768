import { describe, expect, it } from 'vitest';
import { buildPyramid, rankOf, tierOf, tierRankRanges } from '../../../src/core/pyramid';

const seven = [5.0e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0];

describe('buildPyramid', () => {
  it('reads the cut values at ranks ceil(k·n)', () => {
    const pyramid = buildPyramid(seven);
    expect(pyramid.n).toBe(7);
    expect(pyramid.cutRanks).toEqual([1, 1, 2]);
    expect(pyramid.cutValues).toEqual([5e6, 5e6, 1.2e6]);
  });

  it('admits no one from an empty book', () => {
    const pyramid = buildPyramid([NaN]);
    expect(pyramid.n).toBe(0);
    expect(tierOf(10, pyramid)).toBe('D');
  });
});

describe('rankOf', () => {
  it('gives tied values the best rank they cover', () => {
    const pyramid = buildPyramid(seven);
    expect(seven.map((v) => rankOf(v, pyramid))).toEqual([1, 2, 2, 4, 5, 6, 7]);
  });
});

describe('tierRankRanges', () => {
  it('gives 1,000 distinct values A 1–10, B 11–50, C 51–200, D 201–1000', () => {
    const pyramid = buildPyramid(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(tierRankRanges(pyramid)).toEqual({
      A: { first: 1, last: 10 },
      B: { first: 11, last: 50 },
      C: { first: 51, last: 200 },
      D: { first: 201, last: 1000 },
    });
  });

  it('shows the ranges after ties went up, with an empty tier as null', () => {
    expect(tierRankRanges(buildPyramid(seven))).toEqual({
      A: { first: 1, last: 1 },
      B: null,
      C: { first: 2, last: 3 },
      D: { first: 4, last: 7 },
    });
    expect(tierRankRanges(buildPyramid([0, 0]))).toEqual({
      A: null,
      B: null,
      C: null,
      D: { first: 1, last: 2 },
    });
  });
});
