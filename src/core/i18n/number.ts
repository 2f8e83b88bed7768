/**
 * The product's one number style, for the mail (HTML and plain text), the sidebar's toasts and
 * messages, and the `npm start` terminal, in English and Simplified Chinese:
 *
 * - counts are whole and grouped by thousands: "1,933", "23,570" (both languages);
 * - money has exactly two decimals: "13,351,976.10". In Chinese, amounts of ten thousand and
 *   more are written in 万 and amounts of a hundred million and more in 亿, each with two
 *   decimals, as Chinese business writing does: "1,335.20万", "4.00亿"; smaller amounts as in
 *   English ("9,876.50");
 * - percentages have exactly one decimal: "59.1%", "−51.0%", "100.0%"; a share too small to
 *   show is "<0.1%", never "0.0%", so it does not read as nothing;
 * - a negative number has a true minus sign (U+2212): "−3,000.00";
 * - English nouns after a count agree with it ("1 customer", "2 customers"); Chinese has no
 *   plural.
 *
 * Written out rather than using Intl, whose locale data Apps Script does not promise.
 */
import type { Locale } from './locale';

/** The minus sign numbers are shown with. */
export const MINUS = '\u2212';

/** |value| with `decimals` decimals (fixed) and thousands separators, without a sign. */
function grouped(abs: number, decimals: number): string {
  const [whole = '0', fraction] = abs.toFixed(decimals).split('.');
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** A sign for `value` once rounded to what is shown (no "−0.00"). */
function signed(value: number, shown: string): string {
  return value < 0 && /[1-9]/.test(shown) ? `${MINUS}${shown}` : shown;
}

/**
 * A number with thousands separators and at most `maxDecimals` decimals, trailing zeros
 * dropped: 1204000 → "1,204,000", 1234.5 → "1,234.5". For values that are neither counts nor
 * money nor shares (a rank, a threshold as typed). Negative with an ASCII hyphen, as typed.
 */
export function formatNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
  const decimals = fraction.replace(/0+$/, '');
  const text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals ? `.${decimals}` : ''}`;
  return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A count: whole, grouped by thousands: 23570 → "23,570". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return signed(value, grouped(Math.abs(Math.round(value)), 0));
}

/** An amount of money: "13,351,976.10"; in Chinese "1,335.20万" from 1万 and "4.00亿" from 1亿. */
export function formatMoney(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (locale === 'zh') {
    // The unit is chosen on the rounded amount, so 99,999,999.999 reads 1.00亿, not 10,000.00万.
    if (Math.round(abs / 1e6) >= 100) return signed(value, `${grouped(abs / 1e8, 2)}亿`);
    if (Math.round(abs / 100) >= 100) return signed(value, `${grouped(abs / 1e4, 2)}万`);
  }
  return signed(value, grouped(abs, 2));
}

/** A fraction as a percentage with one decimal: 0.678 → "67.8%", 0.2 → "20.0%". */
export function formatPercent(fraction: number): string {
  if (!Number.isFinite(fraction)) return String(fraction);
  const abs = Math.abs(fraction);
  if (abs > 0 && abs < 0.0005) return `${fraction < 0 ? `>${MINUS}` : '<'}0.1%`;
  return `${signed(fraction, grouped(abs * 100, 1))}%`;
}

/** A change as a percentage with its sign always shown: "+5.0%", "−51.0%", "0.0%". */
export function formatChangePercent(fraction: number): string {
  const text = formatPercent(fraction);
  return fraction > 0 && !text.startsWith('<') ? `+${text}` : text;
}

/** A count with its noun: "1 customer", "1,933 customers"; in Chinese the one form. */
export function countOf(
  value: number,
  noun: { readonly en: readonly [one: string, other: string]; readonly zh: string },
  locale: Locale,
): string {
  const n = formatCount(value);
  if (locale === 'zh') return `${n} ${noun.zh}`;
  return `${n} ${Math.abs(Math.round(value)) === 1 ? noun.en[0] : noun.en[1]}`;
}
