import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/core/i18n';

describe('formatNumber', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(formatNumber(1204000)).toBe('1,204,000');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-3000)).toBe('-3,000');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(999.999)).toBe('1,000');
    expect(formatNumber(1234567.891, 0)).toBe('1,234,568');
  });
});
