import { dayFromNumber } from '../calendar';
import { InputError, isDateCell, isOmitted } from '../range-input';
import { dayOfInstant, startOfDay, type OffsetAt } from './zone-offset';
import type { InstantWindow } from './order-totals';

/** The calendar day a `from` / `to` date cell falls on in the zone. */
function dayOf(cell: unknown, argument: string, offsetAt: OffsetAt): number {
  if (isDateCell(cell) && cell.getTime() === cell.getTime())
    return dayOfInstant(cell.getTime(), offsetAt);
  throw new InputError(`${argument} must be a date, not ${JSON.stringify(cell)}`);
}

/**
 * The instants ORDER_TOTALS counts, from its `from` and `to` date arguments: from the start of
 * `from`'s day to the end of `to`'s, both days included, in the spreadsheet's time zone (so an
 * order at 23:59 on `to` counts and one at 00:00 the day after does not). Either end may be
 * left out to leave it open.
 */
export function totalsWindow(from: unknown, to: unknown, offsetAt: OffsetAt): InstantWindow {
  const first = isOmitted(from) ? -Infinity : dayOf(from, 'from', offsetAt);
  const last = isOmitted(to) ? Infinity : dayOf(to, 'to', offsetAt);
  if (first > last) {
    throw new InputError(`from (${dayFromNumber(first)}) is after to (${dayFromNumber(last)})`);
  }
  return {
    from: first === -Infinity ? -Infinity : startOfDay(first, offsetAt),
    to: last === Infinity ? Infinity : startOfDay(last + 1, offsetAt),
  };
}
