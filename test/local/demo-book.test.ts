import { describe, expect, it } from 'vitest';
import { DEMO_PERIODS, DEMO_TODAY, generateDemoBook } from '../../src/local/demo/demo-book';
import { readPeriodRevenue } from '../../src/local/periods';
import { CONTACT_HEADERS, CUSTOMER_HEADERS } from '../../src/local/sheet-headers';

function column(values: unknown[][], header: string): unknown[] {
  const index = values[0]!.indexOf(header);
  expect(index).toBeGreaterThanOrEqual(0);
  return values.slice(1).map((row) => row[index]);
}

describe('demo book', () => {
  it('is identical for the same seed and different for another', () => {
    const a = generateDemoBook({ seed: 42 });
    const b = generateDemoBook({ seed: 42 });
    const c = generateDemoBook({ seed: 43 });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.sheets[0]!.values).not.toEqual(a.sheets[0]!.values);
  });

  it('has ~1,000 customers with a long-tailed revenue spread and tier-changing periods', () => {
    const book = generateDemoBook({ seed: 7 });
    const customers = book.sheets.find((s) => s.name === 'Customers')!.values;
    expect(customers.length - 1).toBe(1000);
    const revenue = column(customers, CUSTOMER_HEADERS.revenue) as number[];
    const sorted = [...revenue].sort((x, y) => y - x);
    const total = sorted.reduce((s, v) => s + v, 0);
    const top20 = sorted.slice(0, 200).reduce((s, v) => s + v, 0) / total;
    // Long-tailed like real books: the top 20 % hold most of the value, but not all of it.
    expect(top20).toBeGreaterThan(0.6);
    expect(top20).toBeLessThan(0.9);
    expect(sorted[0]! / sorted[500]!).toBeGreaterThan(50);

    const periods = readPeriodRevenue(book)!;
    expect(periods.periods).toEqual([...DEMO_PERIODS]);
    const rankIn = (p: number): Map<string, number> =>
      new Map(
        [...periods.byCustomer.entries()]
          .sort((x, y) => y[1][p]! - x[1][p]!)
          .map(([id], rank) => [id, rank] as const),
      );
    const [before, after] = [rankIn(0), rankIn(1)];
    const tierOf = (rank: number): string =>
      rank < 10 ? 'A' : rank < 50 ? 'B' : rank < 200 ? 'C' : 'D';
    const changed = [...before.keys()].filter(
      (id) => tierOf(before.get(id)!) !== tierOf(after.get(id)!),
    );
    expect(changed.length).toBeGreaterThan(20);
  });

  it('has owners (some key accounts with one), coaches, near birthdays and interactions', () => {
    const book = generateDemoBook({ seed: 7 });
    const sheet = (name: string): unknown[][] => book.sheets.find((s) => s.name === name)!.values;
    const owners = column(sheet('Customers'), CUSTOMER_HEADERS.owners) as string[];
    expect(owners.every((o) => /@/.test(o))).toBe(true);
    const contacts = sheet('Contacts');
    expect(column(contacts, 'Role')).toContain('coach');
    const today = new Date(`${DEMO_TODAY}T00:00:00+08:00`);
    const soon = (column(contacts, CONTACT_HEADERS.importantDate) as Date[]).filter((d) => {
      const next = new Date(d);
      next.setUTCFullYear(today.getUTCFullYear());
      if (next < today) next.setUTCFullYear(today.getUTCFullYear() + 1);
      return next.getTime() - today.getTime() < 30 * 86_400_000;
    });
    expect(soon.length).toBeGreaterThan(20);
    const interactions = sheet('Interactions').length - 1;
    expect(interactions).toBeGreaterThanOrEqual(300);
    expect(interactions).toBeLessThanOrEqual(400);
  });
});
