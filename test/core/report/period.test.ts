import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../src/core/report/period';

describe('periodOf', () => {
  it('daily: the day in the spreadsheet zone', () => {
    const p = periodOf(new Date('2026-12-06T16:30:00Z'), 'daily', 'Asia/Shanghai');
    expect(p).toEqual({
      key: '2026-12-07',
      frequency: 'daily',
      start: '2026-12-07',
      end: '2026-12-07',
    });
    expect(periodOf(new Date('2026-12-06T16:30:00Z'), 'daily', 'America/New_York').key).toBe(
      '2026-12-06',
    );
  });

  it('weekly: ISO weeks, Monday to Sunday, in the spreadsheet zone', () => {
    // Sunday 23:30 in New York is Monday 12:30 in Shanghai: the next week there.
    const sundayNight = new Date('2026-12-07T04:30:00Z');
    expect(periodOf(sundayNight, 'weekly', 'America/New_York')).toMatchObject({
      key: '2026-W49',
      start: '2026-11-30',
      end: '2026-12-06',
    });
    expect(periodOf(sundayNight, 'weekly', 'Asia/Shanghai')).toMatchObject({
      key: '2026-W50',
      start: '2026-12-07',
      end: '2026-12-13',
    });
  });

  it('weekly: weeks at the turn of the year belong to the year of their Thursday', () => {
    expect(periodOf(new Date('2027-01-01T12:00:00Z'), 'weekly', 'Etc/UTC').key).toBe('2026-W53');
    expect(periodOf(new Date('2024-12-30T12:00:00Z'), 'weekly', 'Etc/UTC').key).toBe('2025-W01');
    expect(periodOf(new Date('2026-01-01T12:00:00Z'), 'weekly', 'Etc/UTC').key).toBe('2026-W01');
  });

  it('monthly: the month with its first and last day', () => {
    expect(periodOf(new Date('2028-02-15T00:00:00Z'), 'monthly', 'Etc/UTC')).toMatchObject({
      key: '2028-02',
      start: '2028-02-01',
      end: '2028-02-29',
    });
    expect(periodOf(new Date('2026-12-31T20:00:00Z'), 'monthly', 'Asia/Shanghai')).toMatchObject({
      key: '2027-01',
      start: '2027-01-01',
      end: '2027-01-31',
    });
  });
});
