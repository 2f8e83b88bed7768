/**
 * The reporting period an instant falls in, in the spreadsheet's time zone: a digest goes to
 * each recipient at most once per period, so the key must not depend on where the script runs.
 */
import { dayFromNumber, dayInZone, dayNumber } from '../calendar';
import type { ReportFrequency } from './schedule';

/** A period: its key and its first and last day (`yyyy-MM-dd`, inclusive). */
export interface ReportPeriod {
  readonly key: string;
  readonly frequency: ReportFrequency;
  readonly start: string;
  readonly end: string;
}

/** Monday = 0 … Sunday = 6 of a day number (1970-01-01 was a Thursday). */
const isoWeekday = (n: number): number => (((n + 3) % 7) + 7) % 7;

/**
 * The period of `instant` for `frequency`, in `timeZone`:
 * daily `2026-12-07`; weekly the ISO week `2026-W50` (Monday to Sunday; the week belongs to the
 * year of its Thursday, so 2027-01-01 is in `2026-W53`); monthly `2026-12`.
 *
 * @example periodOf(new Date('2026-12-06T15:30:00Z'), 'weekly', 'Asia/Shanghai').key // '2026-W50'
 */
export function periodOf(
  instant: Date,
  frequency: ReportFrequency,
  timeZone: string,
): ReportPeriod {
  const day = dayInZone(instant, timeZone);
  if (frequency === 'daily') return { key: day, frequency, start: day, end: day };
  if (frequency === 'monthly') {
    const month = day.slice(0, 7);
    const next =
      Number(day.slice(5, 7)) === 12
        ? `${Number(day.slice(0, 4)) + 1}-01-01`
        : `${day.slice(0, 4)}-${String(Number(day.slice(5, 7)) + 1).padStart(2, '0')}-01`;
    return { key: month, frequency, start: `${month}-01`, end: dayFromNumber(dayNumber(next) - 1) };
  }
  const n = dayNumber(day);
  const monday = n - isoWeekday(n);
  const thursday = dayFromNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return {
    key: `${year}-W${String(week).padStart(2, '0')}`,
    frequency,
    start: dayFromNumber(monday),
    end: dayFromNumber(monday + 6),
  };
}
