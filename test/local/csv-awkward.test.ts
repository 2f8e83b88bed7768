import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOrders } from '../../src/local/orders/import-orders';
import { readCustomersCsv } from '../../src/local/workbook-io';

const dir = mkdtempSync(join(tmpdir(), 'cp-csv-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('Customers .csv through csv-parse, with our file/row/column messages', () => {
  it('reads a BOM, CRLF, quoted commas, quotes and newlines', () => {
    const csv = file(
      'bom.csv',
      '\uFEFFCustomer ID,Name,Revenue,Notes\r\nC1,"Acme, Inc.",1204000.5,"said ""hi""\r\nand left"\r\nC2,华东,"1,000",\r\n',
    );
    const values = readCustomersCsv(csv).sheets[0]!.values;
    expect(values[0]).toEqual(['Customer ID', 'Name', 'Revenue', 'Notes']);
    expect(values[1]).toEqual(['C1', 'Acme, Inc.', 1204000.5, 'said "hi"\r\nand left']);
    expect(values[2]).toEqual(['C2', '华东', 1000, '']);
  });

  it('reads a ; file with decimal commas', () => {
    const csv = file('semi.csv', 'customer id;name;REVENUE\nC1;Müller;1.234,50\nC2;"a;b";7,5\n');
    const values = readCustomersCsv(csv).sheets[0]!.values;
    expect(values.slice(1)).toEqual([
      ['C1', 'Müller', 1234.5],
      ['C2', 'a;b', 7.5],
    ]);
  });

  it('names the row, the file line and the column of a bad cell after a quoted newline', () => {
    const csv = file('bad.csv', 'Customer ID,Notes,Revenue\nC1,"two\nlines",10\nC2,ok,TBD\n');
    expect(() => readCustomersCsv(csv)).toThrow(
      `${csv} (row 3, column C "Revenue", line 4): expected a number, got "TBD"`,
    );
  });

  it('refuses a ragged row that has more cells than the header, naming where', () => {
    const csv = file('ragged.csv', 'Customer ID,Name,Revenue\nC1,Acme,10\nC2,Beta,1,200\n');
    expect(() => readCustomersCsv(csv)).toThrow(
      `${csv} (row 3, column D): this row has 4 cells but the header has 3`,
    );
    // A shorter row is padded with blank cells, as a spreadsheet import does.
    const short = file('short.csv', 'Customer ID,Name,Revenue\nC1,Acme\n');
    expect(readCustomersCsv(short).sheets[0]!.values[1]).toEqual(['C1', 'Acme', '']);
  });

  it('refuses an unclosed quote, naming the line', () => {
    const csv = file('quote.csv', 'Customer ID,Name\nC1,"Acme\nC2,Beta\n');
    expect(() => readCustomersCsv(csv)).toThrow(/quote\.csv \(line \d+\): not readable as CSV: /);
  });
});

describe('order lines through csv-parse', () => {
  it('reads ; with decimal commas, a BOM and quoted names', async () => {
    const orders = await importOrders(
      file(
        'orders.csv',
        '\uFEFFcustomer;date;amount\n"Müller; GmbH";2026-01-05;10,10\nY;2026-04-01;5\n',
      ),
    );
    expect(orders.totalCents).toBe(1510);
    expect([...orders.customers.keys()]).toEqual(['Müller; GmbH', 'Y']);
  });

  it('keeps non-ASCII ids of a whitespace-aligned file byte for byte', async () => {
    const orders = await importOrders(
      file(
        'ws.txt',
        ' customer_id  date qty  value\n 客户甲   20260105  1   11.77\n 客户乙 20260106 2 1.00\n',
      ),
    );
    expect([...orders.customers.keys()]).toEqual(['客户甲', '客户乙']);
    expect(orders.totalCents).toBe(1277);
  });

  it('names the file line of a bad amount after a quoted newline', async () => {
    const orders = file(
      'bad-orders.csv',
      'customer,date,amount\n"A\nB",2026-01-05,1\nC,2026-01-06,ten\n',
    );
    await expect(importOrders(orders)).rejects.toThrow(
      `${orders} (line 4): amount "ten" is not a number`,
    );
  });
});
