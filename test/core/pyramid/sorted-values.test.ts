import { describe, expect, it } from 'vitest';
import { sortedValues } from '../../../src/core/pyramid';

describe('sortedValues', () => {
  it('sorts ascending, drops blanks (NaN) and leaves the input untouched', () => {
    const input = new Float64Array([3, NaN, -1, 10, NaN, 2]);
    expect(Array.from(sortedValues(input))).toEqual([-1, 2, 3, 10]);
    expect(Array.from(input.slice(0, 2))).toEqual([3, NaN]);
    expect(Array.from(sortedValues([5, 1e9, 0.5]))).toEqual([0.5, 5, 1e9]);
  });
});
