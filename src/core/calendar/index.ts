/**
 * Calendar days as `yyyy-MM-dd` strings: what the sheet means by a date, free of the time of
 * day and of time zones once read. Pure; works in Apps Script, Node and the browser.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** True for a `yyyy-MM-dd` string naming a real day (2025-02-29 is not one). */
export function isIsoDay(text: unknown): text is string {
  if (typeof text !== 'string') return false;
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Days since 1970-01-01 of a valid `yyyy-MM-dd`. */
export function dayNumber(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY;
}

/** The `yyyy-MM-dd` of a day number. */
export function dayFromNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in a time zone. Sheets hands date cells to scripts
 * as the instant of midnight in the spreadsheet's zone, so this gives back the day typed.
 */
export function dayInZone(instant: Date, timeZone: string): string {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, fmt);
  }
  const parts = fmt.formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * The next day on or after `today` with the month and day of `date` (a birthday or founding
 * day recurs yearly). 29 February falls on 28 February in other years.
 */
export function nextYearly(date: string, today: string): string {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  let year = Number(today.slice(0, 4));
  for (;;) {
    let candidate = `${year}-${date.slice(5, 7)}-${date.slice(8, 10)}`;
    if (!isIsoDay(candidate) && month === 2 && day === 29) candidate = `${year}-02-28`;
    if (candidate >= today) return candidate;
    year++;
  }
}
