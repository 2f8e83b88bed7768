/**
 * Spreadsheet files store dates as wall-clock times with no zone; a Google Sheet reads them in
 * its own time zone. ExcelJS hands them over as if they were UTC. These two functions move
 * between that "UTC wall clock" and the real instant in the book's zone, with the runtime's
 * own zone arithmetic (so files and the runtime agree on every date).
 */
import { zonedParts, zonedToUtc } from '../runtime/services/zoned-time';

/** The instant at which the zone's clocks show the wall time that `wall` carries in UTC. */
export function wallClockToInstant(wall: Date, timeZone: string): Date {
  const ms = zonedToUtc(
    timeZone,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
  return new Date(ms + wall.getUTCMilliseconds());
}

/** The zone's wall time at `instant`, carried as a UTC Date (what ExcelJS writes as a serial). */
export function instantToWallClock(instant: Date, timeZone: string): Date {
  return new Date(
    instant.getTime() + zonedParts(instant.getTime(), timeZone).offsetMinutes * 60_000,
  );
}
