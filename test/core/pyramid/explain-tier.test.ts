import { describe, expect, it } from 'vitest';
import { buildPyramid, explainTier } from '../../../src/core/pyramid';

describe('explainTier', () => {
  const thousand = buildPyramid(Array.from({ length: 1000 }, (_, i) => (i + 1) * 1000));

  it('says the rank of n and the ranks the tier takes, in English and Chinese', () => {
    // Rank 37 is the 964th value of 1000 ascending.
    expect(explainTier(964_000, thousand, 'en')).toBe(
      'revenue 964,000 is rank 37 of 1,000; B takes ranks 11–50',
    );
    expect(explainTier(964_000, thousand, 'zh', 'profit')).toBe(
      '利润 964,000 排名第 37（共 1,000 名）；B 级为第 11–50 名',
    );
  });

  it('explains a single-rank tier and a value ≤ 0', () => {
    const seven = buildPyramid([5.0e6, 1.2e6, 1.2e6, 0.8e6, 0.3e6, 0.05e6, 0]);
    expect(explainTier(5e6, seven, 'en')).toBe('revenue 5,000,000 is rank 1 of 7; A takes rank 1');
    expect(explainTier(1.2e6, seven, 'en')).toBe(
      'revenue 1,200,000 is rank 2 of 7; C takes ranks 2–3',
    );
    expect(explainTier(0, seven, 'en')).toBe(
      'revenue 0 is rank 7 of 7; a value of 0 or less is always D',
    );
  });
});
