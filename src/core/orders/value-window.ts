import { InputError } from '../range-input';

/**
 * Which orders count towards a customer's value: the trailing `months` calendar months, the
 * trailing `days` days, the year to date, or every order. Every window ends on a given day
 * (by default yesterday in the spreadsheet's time zone, the last complete day).
 */
export type WindowSpec =
  | { readonly kind: 'months'; readonly months: number }
  | { readonly kind: 'days'; readonly days: number }
  | { readonly kind: 'year-to-date' }
  | { readonly kind: 'all' };

/** The default value window: the trailing 12 months. */
export const DEFAULT_WINDOW: WindowSpec = { kind: 'months', months: 12 };

const MAX_MONTHS = 120;
const MAX_DAYS = 3660;
/** The windows one may type, for messages. */
const WINDOW_FORMS =
  '"12 months" (1 to 120 months), "quarter", "month", "year to date", "all" or "N days" (1 to 3660)';

/**
 * Reads a window as typed in Settings or a formula: `12 months` (any 1–120 months), `quarter`
 * (3 months), `month` (1 month), `year to date`, `all`, or `N days` (1–3,660). Case and extra
 * spaces do not matter; anything else is an {@link InputError} naming `argument`.
 *
 * @example parseWindow('12 months', 'value_window') // { kind: 'months', months: 12 }
 */
export function parseWindow(text: unknown, argument: string): WindowSpec {
  const clean = typeof text === 'string' ? text.trim().toLowerCase().replace(/\s+/g, ' ') : '';
  if (clean === 'all') return { kind: 'all' };
  if (clean === 'year to date') return { kind: 'year-to-date' };
  if (clean === 'quarter') return { kind: 'months', months: 3 };
  if (clean === 'month') return { kind: 'months', months: 1 };
  const m = /^(\d{1,4}) ?(months?|days?)$/.exec(clean);
  if (m) {
    const n = Number(m[1]);
    if (m[2]!.startsWith('month') && n >= 1 && n <= MAX_MONTHS)
      return { kind: 'months', months: n };
    if (m[2]!.startsWith('day') && n >= 1 && n <= MAX_DAYS) return { kind: 'days', days: n };
  }
  const shown = typeof text === 'string' ? `"${text}"` : String(text);
  throw new InputError(`${argument} must be ${WINDOW_FORMS}, not ${shown}`);
}

/** The window's name as it would be typed, e.g. `12 months`. */
export function windowName(spec: WindowSpec): string {
  if (spec.kind === 'months') return spec.months === 1 ? '1 month' : `${spec.months} months`;
  if (spec.kind === 'days') return spec.days === 1 ? '1 day' : `${spec.days} days`;
  return spec.kind === 'all' ? 'all' : 'year to date';
}
