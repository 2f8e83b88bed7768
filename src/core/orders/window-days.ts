import { dayFromNumber, dayNumber } from '../calendar';
import type { WindowSpec } from './value-window';

/** Days `first` to `last`, inclusive, as day numbers (days since 1970-01-01). */
export interface DayRange {
  /** -Infinity for the `all` window. */
  readonly first: number;
  readonly last: number;
}

/** A window and the one before it, to compare with (null for `all`). */
export interface WindowDays {
  readonly current: DayRange;
  readonly previous: DayRange | null;
}

/**
 * The same date `months` months before or after `day` (a day number); when that date does not
 * exist (31 April, 29 February in other years), the last day of that month.
 *
 * @example dayFromNumber(addMonths(dayNumber('2026-03-31'), -1)) // '2026-02-28'
 */
export function addMonths(day: number, months: number): number {
  const iso = dayFromNumber(day);
  const index = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastOfMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = Math.min(Number(iso.slice(8, 10)), lastOfMonth);
  return Math.round(Date.UTC(year, month, date) / 86_400_000);
}

function ending(spec: WindowSpec, last: number): DayRange {
  switch (spec.kind) {
    case 'months':
      return { first: addMonths(last + 1, -spec.months), last };
    case 'days':
      return { first: last - spec.days + 1, last };
    case 'year-to-date':
      return { first: dayNumber(`${dayFromNumber(last).slice(0, 4)}-01-01`), last };
    case 'all':
      return { first: -Infinity, last };
  }
}

/**
 * The window ending on `lastDay` (`yyyy-MM-dd`, inclusive) and the window before it:
 * - `N months`: from the date N months before the day after `lastDay` (the month's last day
 *   when that date does not exist) to `lastDay`: the 12 months to 2026-11-30 are 2025-12-01 …
 *   2026-11-30, whole calendar months whenever `lastDay` ends a month; the previous window is
 *   the N months ending the day before;
 * - `N days`: the N days ending on `lastDay`; the previous window, the N days before;
 * - `year to date`: 1 January to `lastDay`; the previous window, the same days a year earlier;
 * - `all`: every day up to `lastDay`; there is no previous window.
 */
export function windowEnding(spec: WindowSpec, lastDay: string): WindowDays {
  const current = ending(spec, dayNumber(lastDay));
  if (spec.kind === 'all') return { current, previous: null };
  if (spec.kind === 'year-to-date') {
    const last = addMonths(current.last, -12);
    return { current, previous: { first: addMonths(current.first, -12), last } };
  }
  return { current, previous: ending(spec, current.first - 1) };
}

/**
 * The window that ends at the end of yesterday, for `today` the spreadsheet's calendar day
 * (`yyyy-MM-dd`, as Utilities.formatDate gives it in the spreadsheet's time zone).
 *
 * @example windowBefore({ kind: 'months', months: 12 }, '2026-12-01').current // 2025-12-01 … 2026-11-30
 */
export function windowBefore(spec: WindowSpec, today: string): WindowDays {
  return windowEnding(spec, dayFromNumber(dayNumber(today) - 1));
}
