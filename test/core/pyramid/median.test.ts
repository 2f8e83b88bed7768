import { describe, expect, it } from 'vitest';
import { median } from '../../../src/core/pyramid';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([3, NaN, 1, 2, 10])).toBe(2.5);
    expect(median([NaN])).toBeNaN();
  });
});
