/**
 * The spreadsheet's time zone, given as a function: the offset from UTC, in minutes east, in
 * force at an instant (Apps Script: `Utilities.formatDate(date, zone, 'Z')` read with
 * {@link parseUtcOffset}). The pure code never looks a zone up itself.
 */
export type OffsetAt = (instantMs: number) => number;

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Offsets change on a quarter hour of UTC, so one answer serves a whole quarter hour. */
const SLOT = 15 * MINUTE;

/**
 * Reads an offset written `+0800`, `-0530`, `+08:00` or `Z` into minutes east of UTC.
 *
 * @example parseUtcOffset('-0530') // -330
 */
export function parseUtcOffset(text: string): number {
  if (text === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  if (!m) throw new Error(`not a UTC offset: ${text}`);
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** `offsetAt`, asked at most once per quarter hour of UTC (a date column asks once per day). */
export function memoOffsets(offsetAt: OffsetAt): OffsetAt {
  const cache = new Map<number, number>();
  return (ms) => {
    const slot = Math.floor(ms / SLOT);
    let offset = cache.get(slot);
    if (offset === undefined) {
      offset = offsetAt(ms);
      cache.set(slot, offset);
    }
    return offset;
  };
}

/** The calendar day (a day number) an instant falls on in the zone. */
export function dayOfInstant(ms: number, offsetAt: OffsetAt): number {
  return Math.floor((ms + offsetAt(ms) * MINUTE) / DAY);
}

/**
 * The first instant of a calendar day (a day number) in the zone: local midnight, or, where
 * the clocks jump over midnight, the first instant whose local date is that day.
 */
export function startOfDay(day: number, offsetAt: OffsetAt): number {
  const wall = day * DAY;
  // The offset changes at most once around a midnight: try the offsets on either side.
  const a = wall - offsetAt(wall - DAY) * MINUTE;
  const b = wall - offsetAt(wall + DAY) * MINUTE;
  const [early, late] = a < b ? [a, b] : [b, a];
  return dayOfInstant(early, offsetAt) >= day ? early : late;
}
