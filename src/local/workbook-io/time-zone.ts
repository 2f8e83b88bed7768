/**
 * Spreadsheet files store dates as wall-clock times with no zone; a Google Sheet reads them in
 * its own time zone. ExcelJS hands them over as if they were UTC. These two functions move
 * between that "UTC wall clock" and the real instant in the book's zone.
 */

/** Minutes the zone is ahead of UTC at the given instant (Asia/Shanghai → 480). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
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
