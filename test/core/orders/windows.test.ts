import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src/core/calendar';
import {
  addMonths,
  parseWindow,
  windowBefore,
  windowEnding,
  windowName,
  type WindowDays,
} from '../../../src/core/orders';

const iso = (w: WindowDays): [string | null, string, string | null, string | null] => [
  Number.isFinite(w.current.first) ? dayFromNumber(w.current.first) : null,
  dayFromNumber(w.current.last),
  w.previous ? dayFromNumber(w.previous.first) : null,
  w.previous ? dayFromNumber(w.previous.last) : null,
];

describe('parseWindow', () => {
  it.each([
    ['12 months', { kind: 'months', months: 12 }],
    ['  12   Months ', { kind: 'months', months: 12 }],
    ['1 month', { kind: 'months', months: 1 }],
    ['quarter', { kind: 'months', months: 3 }],
    ['Month', { kind: 'months', months: 1 }],
    ['year to date', { kind: 'year-to-date' }],
    ['all', { kind: 'all' }],
    ['90 days', { kind: 'days', days: 90 }],
    ['1 day', { kind: 'days', days: 1 }],
  ])('reads %j', (text, spec) => {
    expect(parseWindow(text, 'value_window')).toEqual(spec);
    expect(parseWindow(windowName(spec as never), 'value_window')).toEqual(spec);
  });

  it.each(['', 'year', '0 days', '121 months', '-3 days', '3.5 days', 'constructor', 12])(
    'refuses %j naming the argument',
    (text) => {
      expect(() => parseWindow(text, 'value_window')).toThrow(
        /^value_window must be "12 months" \(1 to 120 months\), "quarter", "month", "year to date", "all" or "N days" \(1 to 3660\), not /,
      );
    },
  );
});

describe('addMonths', () => {
  it.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-11-30', -12, '2025-11-30'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2025-12-31', 2, '2026-02-28'],
  ])('%s %+d months is %s', (day, n, expected) => {
    expect(dayFromNumber(addMonths(dayNumber(day), n))).toBe(expected);
  });
});

describe('windows end at the end of yesterday', () => {
  it.each([
    ['12 months', '2026-12-01', ['2025-12-01', '2026-11-30', '2024-12-01', '2025-11-30']],
    ['12 months', '2026-03-15', ['2025-03-15', '2026-03-14', '2024-03-15', '2025-03-14']],
    ['quarter', '2026-04-01', ['2026-01-01', '2026-03-31', '2025-10-01', '2025-12-31']],
    ['month', '2026-03-01', ['2026-02-01', '2026-02-28', '2026-01-01', '2026-01-31']],
    ['30 days', '2026-03-01', ['2026-01-30', '2026-02-28', '2025-12-31', '2026-01-29']],
    ['year to date', '2026-03-01', ['2026-01-01', '2026-02-28', '2025-01-01', '2025-02-28']],
    ['year to date', '2024-03-01', ['2024-01-01', '2024-02-29', '2023-01-01', '2023-02-28']],
    ['year to date', '2026-01-01', ['2025-01-01', '2025-12-31', '2024-01-01', '2024-12-31']],
    ['all', '2026-12-01', [null, '2026-11-30', null, null]],
  ])('%s on %s', (text, today, expected) => {
    expect(iso(windowBefore(parseWindow(text, 'w'), today))).toEqual(expected);
  });

  it('a window of N months ending on the 1st-of-month eve is N calendar months', () => {
    for (let months = 1; months <= 24; months++) {
      const w = windowEnding({ kind: 'months', months }, '2026-06-30');
      expect(dayFromNumber(w.current.first)).toBe(
        dayFromNumber(addMonths(dayNumber('2026-07-01'), -months)),
      );
      expect(w.previous!.last).toBe(w.current.first - 1);
    }
  });
});
