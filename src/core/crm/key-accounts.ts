/**
 * The rules that make an account need attention, shared by the sidebar's customer card and
 * the managers' digest so that both flag the same accounts.
 */
import { daysBetween, isIsoDay, nextYearly } from '../calendar';
import type { Tier } from './vocabulary';

/**
 * True for an A or B account with fewer than two owners on our side: people leave and take
 * customers with them (人走客户走), so every key account should be known by two.
 */
export function hasTooFewOwners(tier: Tier | '' | null, owners: readonly string[]): boolean {
  return (tier === 'A' || tier === 'B') && owners.length < 2;
}

/**
 * The next occurrence of a yearly date (a birthday, a founding day) when it falls within
 * `withinDays` of `today` (0 = today), else null. Dates are `yyyy-MM-dd`; anything else is
 * not a date and gives null.
 *
 * @example upcomingDate('1980-12-05', '2026-12-02', 14) // { date: '2026-12-05', daysAway: 3 }
 */
export function upcomingDate(
  day: unknown,
  today: string,
  withinDays: number,
): { readonly date: string; readonly daysAway: number } | null {
  if (!isIsoDay(day)) return null;
  const date = nextYearly(day, today);
  const daysAway = daysBetween(today, date);
  return daysAway <= withinDays ? { date, daysAway } : null;
}
