import { describe, expect, it } from 'vitest';
import { quadrantOf, valueMatrix } from '../../../src/core/pyramid';

describe('valueMatrix', () => {
  it('names the four quadrants; "high" is at or above the cut', () => {
    expect(quadrantOf(10, 10, 10, 10)).toBe('platinum');
    expect(quadrantOf(10, 9, 10, 10)).toBe('gold');
    expect(quadrantOf(9, 10, 10, 10)).toBe('iron');
    expect(quadrantOf(9, 9, 10, 10)).toBe('lead');
  });

  it('uses each column’s median by default', () => {
    const result = valueMatrix([1, 2, 3, 4, NaN], [40, 10, 30, 20, NaN]);
    expect(result.currentCut).toBe(2.5);
    expect(result.potentialCut).toBe(25);
    expect(result.quadrants).toEqual(['iron', 'lead', 'platinum', 'gold', null]);
  });

  it('uses given cuts', () => {
    expect(valueMatrix([1, 5], [1, 5], { current: 5, potential: 1 }).quadrants).toEqual([
      'iron',
      'platinum',
    ]);
  });

  it('rejects columns of different sizes and half-blank rows', () => {
    expect(() => valueMatrix([1, 2], [1])).toThrow(/current has 2 rows but potential has 1/);
    expect(() => valueMatrix([1, NaN], [1, 2])).toThrow(
      /the 2nd value of current is blank but that of potential is not/,
    );
  });
});
