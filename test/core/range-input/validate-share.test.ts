import { describe, expect, it } from 'vitest';
import { validateShare } from '../../../src/core/range-input';

describe('validateShare', () => {
  it('accepts (0, 1] and rejects the rest with both forms in the message', () => {
    expect(validateShare(0.2, 'top_share')).toBe(0.2);
    expect(validateShare(1, 'top_share')).toBe(1);
    expect(() => validateShare(20, 'top_share')).toThrow(
      'top_share must be a share above 0% and at most 100% (type 20% or 0.2), not 20',
    );
    expect(() => validateShare(0, 'x')).toThrow(/not 0$/);
    expect(() => validateShare(NaN, 'x')).toThrow(/not NaN$/);
  });
});
