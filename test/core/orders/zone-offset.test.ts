import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/calendar';
import {
  dayOfInstant,
  memoOffsets,
  parseUtcOffset,
  startOfDay,
  type OffsetAt,
} from '../../../src/core/orders';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseUtcOffset', () => {
  it.each([
    ['+0800', 480],
    ['-0530', -330],
    ['+05:45', 345],
    ['Z', 0],
    ['+0000', 0],
  ])('%s is %d minutes', (text, minutes) => expect(parseUtcOffset(text)).toBe(minutes));
  it('refuses anything else', () =>
    expect(() => parseUtcOffset('GMT')).toThrow(/not a UTC offset/));
});

describe('days in a zone', () => {
  it('Shanghai: the day starts at 16:00 UTC the day before', () => {
    const shanghai: OffsetAt = () => 480;
    const d = dayNumber('2026-01-01');
    expect(startOfDay(d, shanghai)).toBe(Date.UTC(2025, 11, 31, 16));
    expect(dayOfInstant(Date.UTC(2025, 11, 31, 15, 59), shanghai)).toBe(d - 1);
    expect(dayOfInstant(Date.UTC(2025, 11, 31, 16), shanghai)).toBe(d);
  });

  it('a fixed offset: the first instant of a day is in it and the one before is not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -720, max: 840 }),
        fc.integer({ min: 0, max: 40_000 }),
        (minutes, day) => {
          const zone: OffsetAt = () => minutes;
          const start = startOfDay(day, zone);
          expect(dayOfInstant(start, zone)).toBe(day);
          expect(dayOfInstant(start - 1, zone)).toBe(day - 1);
        },
      ),
    );
  });

  it('clocks jumping over midnight (−4 → −3 at 00:00): the day starts at 01:00 local', () => {
    const d = dayNumber('2026-09-06');
    const jump = d * DAY + 4 * HOUR;
    const zone: OffsetAt = (ms) => (ms < jump ? -240 : -180);
    expect(startOfDay(d, zone)).toBe(jump);
    expect(dayOfInstant(jump - 1, zone)).toBe(d - 1);
    expect(startOfDay(d + 1, zone)).toBe((d + 1) * DAY + 3 * HOUR);
  });

  it('clocks going back at midnight (−3 → −4): the day starts when it reads 00:00 for good', () => {
    const d = dayNumber('2026-04-05');
    const back = d * DAY + 3 * HOUR;
    const zone: OffsetAt = (ms) => (ms < back ? -180 : -240);
    const start = startOfDay(d, zone);
    expect(start).toBe(d * DAY + 4 * HOUR);
    expect(dayOfInstant(start, zone)).toBe(d);
    expect(dayOfInstant(start - 1, zone)).toBe(d - 1);
  });

  it('memoOffsets asks once per quarter hour', () => {
    let calls = 0;
    const zone = memoOffsets(() => {
      calls++;
      return 60;
    });
    for (let i = 0; i < 100; i++) zone(Date.UTC(2026, 0, 1, 0, i % 15));
    zone(Date.UTC(2026, 0, 1, 0, 15));
    expect(calls).toBe(2);
  });
});
