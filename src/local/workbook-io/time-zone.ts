/**
 * Spreadsheet files store dates as wall-clock times with no zone; a Google Sheet reads them in
 * its own time zone. ExcelJS hands them over as if they were UTC. These two functions move
 * between that "UTC wall clock" and the real instant in the book's zone.
 */

// Building an Intl formatter is costly; a book has a handful of zones and many dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes the zone is ahead of UTC at the given instant (Asia/Shanghai → 480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  if (timeZone === 'UTC' || timeZone === 'Etc/UTC') return 0;
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant at which the zone's clocks show the wall time that `wall` carries in UTC. */
export function wallClockToInstant(wall: Date, timeZone: string): Date {
  const guess = wall.getTime() - offsetMinutes(wall, timeZone) * 60_000;
  // A second pass settles instants near a daylight-saving change.
  return new Date(wall.getTime() - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** The zone's wall time at `instant`, carried as a UTC Date (what ExcelJS writes as a serial). */
export function instantToWallClock(instant: Date, timeZone: string): Date {
  return new Date(instant.getTime() + offsetMinutes(instant, timeZone) * 60_000);
}
