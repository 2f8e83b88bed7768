import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../src/core/crm/vocabulary';
import {
  migrationTable,
  readTierCell,
  tierForecast,
  tierMigration,
} from '../../../src/core/orders';

const T = (s: string): (Tier | null)[] => s.split('').map((c) => (c === '.' ? null : (c as Tier)));

// The hand-computed example: ten rows, '.' = blank.
const FROM = T('AABBBBC..D');
const TO = T('ABBBC.CADD');

describe('tierMigration and migrationTable', () => {
  it('count the hand-computed example', () => {
    expect(migrationTable(tierMigration(FROM, TO))).toEqual([
      // A  B  C  D  Gone Total
      [1, 1, 0, 0, 0, 2], // from A
      [0, 2, 1, 0, 1, 4], // from B
      [0, 0, 1, 0, 0, 1], // from C
      [0, 0, 0, 1, 0, 1], // from D
      [1, 0, 0, 1, 0, 2], // new
      [2, 3, 2, 2, 1, 10], // now A… all gone, every customer
    ]);
  });

  it('do not count a row blank in both periods', () => {
    expect(migrationTable(tierMigration(T('..A'), T('.B.')))[5]![5]).toBe(2);
  });

  const tier = fc.constantFrom<Tier | null>('A', 'B', 'C', 'D', null);
  const pairs = fc.array(fc.tuple(tier, tier), { maxLength: 200 });

  it('property: rows and columns add up to their totals, the corner to every customer', () => {
    fc.assert(
      fc.property(pairs, (rows) => {
        const from = rows.map((r) => r[0]);
        const to = rows.map((r) => r[1]);
        const table = migrationTable(tierMigration(from, to));
        const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
        for (let i = 0; i < 6; i++) {
          expect(sum(table[i]!.slice(0, 5))).toBe(table[i]![5]);
          expect(sum(table.slice(0, 5).map((r) => r[i]!))).toBe(table[5]![i]);
        }
        expect(table[5]![5]).toBe(rows.filter(([f, t]) => f !== null || t !== null).length);
        expect(table[4]![4]).toBe(0);
        for (const [k, t] of (['A', 'B', 'C', 'D'] as const).entries()) {
          expect(table[5]![k]).toBe(to.filter((x) => x === t).length);
          expect(table[k]![5]).toBe(from.filter((x) => x === t).length);
        }
      }),
    );
  });
});

describe('tierForecast', () => {
  it('matches the hand computation for one and two periods', () => {
    const counts = tierMigration(FROM, TO);
    // P: A → A ½, B ½; B → B ½, C ¼, gone ¼; C → C; D → D. New each period: one A, one D.
    // Now: A 2, B 3, C 2, D 2.
    const one = tierForecast(counts, 1);
    expect(one.now).toEqual([2, 3, 2, 2]);
    expect(one.expected).toEqual([2, 2.5, 2.75, 3]);
    expect(one.gone).toBe(0.75);
    const two = tierForecast(counts, 2);
    expect(two.expected).toEqual([2, 2.25, 3.375, 4]);
    expect(two.gone).toBe(1.375);
  });

  it('keeps the customers of a tier nobody was in', () => {
    const f = tierForecast(tierMigration(T('.A'), T('DA')), 3);
    expect(f.expected).toEqual([1, 0, 0, 4]);
  });

  const tier = fc.constantFrom<Tier>('A', 'B', 'C', 'D');
  it('property: with nobody gone and nobody new, customers are conserved', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(tier, tier), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (rows, periods) => {
          const f = tierForecast(
            tierMigration(
              rows.map((r) => r[0]),
              rows.map((r) => r[1]),
            ),
            periods,
          );
          const total = f.expected.reduce((s, x) => s + x, 0);
          expect(total).toBeCloseTo(rows.length, 9);
          expect(f.gone).toBe(0);
        },
      ),
    );
  });

  it('property: expected + gone = now + arrivals × periods', () => {
    const maybe = fc.constantFrom<Tier | null>('A', 'B', 'C', 'D', null);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(maybe, maybe), { maxLength: 200 }),
        fc.integer({ min: 0, max: 20 }),
        (rows, periods) => {
          const counts = tierMigration(
            rows.map((r) => r[0]),
            rows.map((r) => r[1]),
          );
          const f = tierForecast(counts, periods);
          const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
          const arrivals = sum(counts[4]!.slice(0, 4));
          expect(sum(f.expected) + f.gone).toBeCloseTo(sum(f.now) + arrivals * periods, 6);
        },
      ),
    );
  });
});

describe('readTierCell', () => {
  it('reads A–D in any case and with spaces, blank as no tier, the rest as undefined', () => {
    expect(['A', ' b ', 'c', 'D', '', '  ', null].map(readTierCell)).toEqual([
      'A',
      'B',
      'C',
      'D',
      null,
      null,
      null,
    ]);
    expect(['E', 'AB', 1, true, 'constructor'].map(readTierCell)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
