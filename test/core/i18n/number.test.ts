import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countOf,
  fillTemplate,
  formatChangePercent,
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  MINUS,
  type Locale,
} from '../../../src/core/i18n';

/** The number a formatted text stands for (its unit applied). */
function valueOf(text: string): number {
  const unit = text.endsWith('亿') ? 1e8 : text.endsWith('万') ? 1e4 : 1;
  return (
    Number(
      text
        .replace(/[万亿%]$/, '')
        .replace(/,/g, '')
        .replace(MINUS, '-'),
    ) * unit
  );
}

const GROUPED = `${MINUS}?\\d{1,3}(,\\d{3})*`;
const locales = fc.constantFrom<Locale>('en', 'zh');
const amounts = fc.oneof(
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.integer({ min: -2e9, max: 2e9 }),
  fc.constantFrom(0, 9_999.994, 9_999.996, 99_999_999.99, 1e8, -0.004, 0.005),
);

describe('the one number style (src/core/i18n/number.ts)', () => {
  it('counts are whole and grouped by thousands, in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const text = formatCount(n);
        expect(text).toMatch(new RegExp(`^${GROUPED}$`));
        expect(valueOf(text)).toBe(n);
      }),
    );
    expect(formatCount(23_570)).toBe('23,570');
    expect(formatCount(1_933)).toBe('1,933');
  });

  it('money has exactly two decimals; Chinese writes 万 from ten thousand and 亿 from a hundred million', () => {
    fc.assert(
      fc.property(amounts, locales, (value, locale) => {
        const text = formatMoney(value, locale);
        const unit = locale === 'zh' ? '(万|亿)?' : '';
        expect(text).toMatch(new RegExp(`^${GROUPED}\\.\\d{2}${unit}$`));
        const scale = text.endsWith('亿') ? 1e8 : text.endsWith('万') ? 1e4 : 1;
        // Shown to the nearest hundredth of its unit; large doubles carry their own error.
        expect(Math.abs(valueOf(text) - value)).toBeLessThanOrEqual(
          0.005 * scale + Math.abs(value) * 1e-12,
        );
        if (locale === 'zh') {
          const abs = Math.abs(valueOf(text));
          if (scale === 1) expect(abs).toBeLessThan(10_000);
          if (scale === 1e4) expect(abs).toBeGreaterThanOrEqual(10_000);
          if (scale === 1e4) expect(abs).toBeLessThan(1e8);
          if (scale === 1e8) expect(abs).toBeGreaterThanOrEqual(1e8);
        }
      }),
    );
    expect(formatMoney(13_351_976.1, 'en')).toBe('13,351,976.10');
    expect(formatMoney(13_351_976.1, 'zh')).toBe('1,335.20万');
    expect(formatMoney(400_000_000, 'zh')).toBe('4.00亿');
    expect(formatMoney(9_876.5, 'zh')).toBe('9,876.50');
    expect(formatMoney(-3_000, 'en')).toBe(`${MINUS}3,000.00`);
    expect(formatMoney(-0.001, 'en')).toBe('0.00');
  });

  it('percentages have exactly one decimal, and a tiny share is never "0.0%"', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (fraction) => {
        const text = formatPercent(fraction);
        if (fraction !== 0 && Math.abs(fraction) < 0.0005) {
          expect(text).toBe(fraction > 0 ? '<0.1%' : `>${MINUS}0.1%`);
          return;
        }
        expect(text).toMatch(new RegExp(`^${GROUPED}\\.\\d%$`));
        expect(Math.abs(valueOf(text) / 100 - fraction)).toBeLessThanOrEqual(0.0005 + 1e-12);
        const change = formatChangePercent(fraction);
        expect(change).toBe(/[1-9]/.test(text) && fraction > 0 ? `+${text}` : text);
      }),
    );
    expect(formatPercent(-0.51)).toBe(`${MINUS}51.0%`);
    expect(formatPercent(-0.591)).toBe(`${MINUS}59.1%`);
    expect(formatPercent(0.2)).toBe('20.0%');
  });

  it('an English noun agrees with its count; Chinese has one form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), locales, (n, locale) => {
        const text = countOf(n, { en: ['customer', 'customers'], zh: '位客户' }, locale);
        const word = locale === 'zh' ? '位客户' : n === 1 ? 'customer' : 'customers';
        expect(text).toBe(`${formatCount(n)} ${word}`);
        expect(fillTemplate('{n|customer|customers}', { n })).toBe(
          `${formatCount(n)} ${n === 1 ? 'customer' : 'customers'}`,
        );
      }),
    );
  });

  it('messages write numbers in the same style ("Recalculated 23,570 customers")', () => {
    expect(fillTemplate('Recalculated {count} customers', { count: 23_570 })).toBe(
      'Recalculated 23,570 customers',
    );
    expect(fillTemplate('{n} up', { n: 1_933 })).toBe('1,933 up');
    expect(fillTemplate('{missing}', {})).toBe('{missing}');
  });

  it('formatNumber (as typed: ranks, thresholds) keeps at most two decimals', () => {
    expect(formatNumber(1204000)).toBe('1,204,000');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatNumber(-3000)).toBe('-3,000');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(999.999)).toBe('1,000');
    expect(formatNumber(1234567.891, 0)).toBe('1,234,568');
  });
});
