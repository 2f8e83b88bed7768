import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders, ordersToBook } from '../../src/local/orders/import-orders';
import { readPeriodRevenue } from '../../src/local/periods';

const repoRoot = resolve(import.meta.dirname, '../..');
const CDNOW = resolve(repoRoot, '../shared/datasets/cdnow/CDNOW_master.txt');
const hasCdnow = existsSync(CDNOW);
if (!hasCdnow) console.log(`CDNOW data set absent at ${CDNOW}: the CDNOW import test is skipped.`);
const dir = mkdtempSync(join(tmpdir(), 'cp-orders-'));

describe('order import', () => {
  it('reads comma, tab and whitespace files with or without a header into quarters', async () => {
    const layouts = {
      'a.csv': 'customer,date,amount\nX,2026-01-05,10.10\nY,2026-04-01,5\nX,2026-05-02,0.20\n',
      'b.tsv': 'X\t20260105\t10.10\nY\t20260401\t5\nX\t20260502\t0.20\n',
      'c.txt':
        ' id  order_date qty  value\n X 20260105 1 10.10\n Y 20260401 2 5\n X 20260502 1 0.20\n',
    };
    for (const [name, text] of Object.entries(layouts)) {
      const file = join(dir, name);
      writeFileSync(file, text);
      const orders = await importOrders(file);
      expect(orders.periods, name).toEqual(['2026-Q1', '2026-Q2']);
      expect(orders.totalCents, name).toBe(1530);
      const revenue = readPeriodRevenue(ordersToBook(orders))!;
      expect(Object.fromEntries(revenue.byCustomer), name).toEqual({ X: [10.1, 0.2], Y: [0, 5] });
    }
  });

  it('refuses a bad line, naming the file and line', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'customer,date,amount\nX,2026-01-05,10\n\nY,2026-13-01,5\n');
    await expect(importOrders(file)).rejects.toThrow(
      `${file} (line 4): "2026-13-01" is not a date (expected yyyymmdd or yyyy-mm-dd)`,
    );
    writeFileSync(file, 'customer,date,amount\nX,2026-01-05,ten\n');
    await expect(importOrders(file)).rejects.toThrow(`(line 2): amount "ten" is not a number`);
  });

  it.skipIf(!hasCdnow)(
    'turns CDNOW into 23,570 customers whose revenue adds up to the file total, to the cent',
    async () => {
      // The expected figures, computed independently of the importer: split each line, add cents.
      const lines = readFileSync(CDNOW, 'utf8')
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l.trim());
      const ids = new Set<string>();
      let expectedCents = 0;
      for (const line of lines) {
        const [id, , , dollars] = line.trim().split(/\s+/);
        ids.add(id!);
        const [whole, fraction = ''] = dollars!.split('.');
        expectedCents += Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
      }
      const book = ordersToBook(await importOrders(CDNOW));
      const customers = book.sheets.find((s) => s.name === 'Customers')!.values.slice(1);
      expect(customers).toHaveLength(23_570);
      expect(ids.size).toBe(23_570);
      const revenue = readPeriodRevenue(book)!;
      expect(revenue.periods).toEqual([
        '1997-Q1',
        '1997-Q2',
        '1997-Q3',
        '1997-Q4',
        '1998-Q1',
        '1998-Q2',
      ]);
      let cents = 0;
      for (const amounts of revenue.byCustomer.values()) {
        for (const amount of amounts) cents += Math.round(amount * 100);
      }
      expect(cents).toBe(expectedCents);
    },
  );
});
