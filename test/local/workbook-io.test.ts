import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  InputFileError,
  readCustomersCsv,
  readWorkbookFile,
  readXlsx,
  writeXlsx,
  type WorkbookData,
} from '../../src/local/workbook-io';

const dir = mkdtempSync(join(tmpdir(), 'cp-io-'));

describe('xlsx round trip', () => {
  it.each(['UTC', 'Asia/Shanghai', 'America/New_York'])(
    'keeps text, numbers, booleans, dates, formulas and the frozen header (%s)',
    async (timeZone) => {
      const book: WorkbookData = {
        timeZone,
        sheets: [
          {
            name: 'Customers',
            frozenRows: 1,
            values: [
              ['Customer ID', 'Name', 'Revenue', 'First Order', 'Active', 'Double'],
              [
                '00001',
                '=not a formula',
                1204000.55,
                new Date('2026-03-01T00:00:00+08:00'),
                true,
                2408001.1,
              ],
              ['C2', '客户 <b>', -3, new Date('2025-12-31T16:00:00Z'), false, ''],
            ],
            formulas: [
              ['', '', '', '', '', ''],
              ['', '', '', '', '', '=C2*2'],
              ['', '', '', '', '', ''],
            ],
          },
          { name: 'Empty', values: [] },
        ],
      };
      const file = join(dir, `round-${timeZone.replace('/', '-')}.xlsx`);
      await writeXlsx(book, file);
      const back = await readXlsx(file, timeZone);
      const sheet = back.sheets[0]!;
      expect(sheet.name).toBe('Customers');
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.values).toEqual(book.sheets[0]!.values);
      expect(sheet.formulas?.[1]?.[5]).toBe('=C2*2');
      expect(typeof sheet.values[1]![0]).toBe('string'); // ids with leading zeros stay text
      expect(back.sheets[1]).toMatchObject({ name: 'Empty', values: [] });
    },
  );

  it('refuses a file that is not an xlsx, naming it', async () => {
    const file = join(dir, 'broken.xlsx');
    writeFileSync(file, 'not a zip');
    await expect(readXlsx(file)).rejects.toThrow(/broken\.xlsx: not a readable \.xlsx/);
  });
});

describe('Customers csv', () => {
  it('reads numbers, dates and text; the header is kept; quoted commas survive', () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(
      file,
      'Customer ID,Name,Revenue,First Order,Notes\r\n' +
        'C1,"Acme, Inc.","1,204,000",2026-02-03,"=SUM(A1) stays text"\r\n' +
        'C2,Beta,12.5,,\r\n',
    );
    const book = readCustomersCsv(file, 'Asia/Shanghai');
    expect(book.sheets).toHaveLength(1);
    expect(book.sheets[0]!.values).toEqual([
      ['Customer ID', 'Name', 'Revenue', 'First Order', 'Notes'],
      ['C1', 'Acme, Inc.', 1204000, new Date('2026-02-03T00:00:00+08:00'), '=SUM(A1) stays text'],
      ['C2', 'Beta', 12.5, '', ''],
    ]);
  });

  it('refuses text in a number column, naming the file, row and column', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Customer ID,Name,Revenue\nC1,Acme,100\nC2,Beta,100\nC3,Gamma,twelve\n');
    let error: unknown;
    try {
      await readWorkbookFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputFileError);
    expect((error as Error).message).toBe(
      `${file} (row 4, column C "Revenue"): expected a number, got "twelve"`,
    );
  });

  it('refuses a file without a header row', () => {
    const file = join(dir, 'noheader.csv');
    writeFileSync(file, 'C1,Acme,100\n');
    expect(() => readCustomersCsv(file)).toThrow(/row 1\): the first row must be the header/);
  });
});
