import { describe, expect, it } from 'vitest';
import { hasTooFewOwners, upcomingDate } from '../../../src/core/crm/key-accounts';

describe('hasTooFewOwners', () => {
  it('flags A and B accounts with fewer than two owners, never C, D or untiered ones', () => {
    expect(hasTooFewOwners('A', ['ann@example.com'])).toBe(true);
    expect(hasTooFewOwners('B', [])).toBe(true);
    expect(hasTooFewOwners('A', ['ann@example.com', 'bob@example.com'])).toBe(false);
    expect(hasTooFewOwners('C', [])).toBe(false);
    expect(hasTooFewOwners('D', ['ann@example.com'])).toBe(false);
    expect(hasTooFewOwners('', [])).toBe(false);
    expect(hasTooFewOwners(null, [])).toBe(false);
  });
});

describe('upcomingDate', () => {
  it('gives the next yearly occurrence within the window, today included', () => {
    expect(upcomingDate('1980-12-05', '2026-12-02', 14)).toEqual({
      date: '2026-12-05',
      daysAway: 3,
    });
    expect(upcomingDate('1990-12-02', '2026-12-02', 0)).toEqual({
      date: '2026-12-02',
      daysAway: 0,
    });
    // Across the new year.
    expect(upcomingDate('1975-01-03', '2026-12-30', 14)).toEqual({
      date: '2027-01-03',
      daysAway: 4,
    });
  });

  it('is null outside the window and for anything that is not a yyyy-MM-dd day', () => {
    expect(upcomingDate('1980-12-20', '2026-12-02', 14)).toBeNull();
    expect(upcomingDate('1980-12-01', '2026-12-02', 14)).toBeNull();
    expect(upcomingDate('', '2026-12-02', 14)).toBeNull();
    expect(upcomingDate('5 Dec', '2026-12-02', 14)).toBeNull();
  });
});
