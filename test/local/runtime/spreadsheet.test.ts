import { describe, expect, it } from 'vitest';
import { runtimeRunning, valueOf } from './support';

const SHEET = "const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Sheet1');";

describe('SpreadsheetApp values', () => {
  it('getValues returns a fresh 2-D array in which blank cells are empty strings', () => {
    const rt = runtimeRunning(`${SHEET}
      sheet.getRange('A1').setValue(7);
      const r = sheet.getRange(1, 1, 2, 2);
      const a = r.getValues(); a[0][0] = 'changed';
      return { first: a, second: r.getValues(), isArray: a instanceof Array };`);
    const v = valueOf(
      rt.run<{ first: unknown[][]; second: unknown[][]; isArray: boolean }>('main'),
    );
    expect(v.second).toEqual([
      [7, ''],
      ['', ''],
    ]);
    expect(v.isArray).toBe(true);
  });

  it("setValues throws Apps Script's message unless the dimensions match exactly", () => {
    const rt = runtimeRunning(`${SHEET} sheet.getRange(1, 1, 2, 2).setValues([[1, 2]]);`);
    const e = rt.run('main');
    expect(e.error?.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    const cols = runtimeRunning(`${SHEET} sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]]);`).run(
      'main',
    );
    expect(cols.error?.message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(rt.workbook.values('Sheet1')).toEqual([]);
  });

  it('getRange with zero rows throws "The number of rows in the range must be at least 1."', () => {
    const e = runtimeRunning(`${SHEET} sheet.getRange(2, 1, 0, 3);`).run('main');
    expect(e.error?.message).toBe('The number of rows in the range must be at least 1.');
  });

  it('indexes are 1-based: getRange(0, 1) throws', () => {
    const e = runtimeRunning(`${SHEET} sheet.getRange(0, 1);`).run('main');
    expect(e.error?.message).toBe('The starting row of the range is too small.');
  });

  it('a range beyond the 1000 x 26 grid of a new sheet throws; appendRow and insertRowsAfter grow it', () => {
    const e = runtimeRunning(`${SHEET} sheet.getRange(1001, 1);`).run('main');
    expect(e.error?.message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    const rt = runtimeRunning(`${SHEET}
      const before = [sheet.getMaxRows(), sheet.getMaxColumns()];
      sheet.getRange(1000, 1).setValue('last');
      sheet.appendRow(['grown']);
      sheet.insertRowsAfter(1001, 5);
      sheet.insertColumnsAfter(26, 2);
      return [before, sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getRange(1001, 1).getValue(), sheet.getLastRow()];`);
    expect(valueOf(rt.run('main'))).toEqual([[1000, 26], 1006, 28, 'grown', 1001]);
  });

  it('deleteColumns(position, howMany) is 1-based, shifts what is right of them left and shrinks the grid', () => {
    const rt = runtimeRunning(`${SHEET}
      sheet.getRange('A1:E1').setValues([['a', 'b', 'c', 'd', 'e']]);
      sheet.getRange('E1').setNumberFormat('0.00');
      sheet.deleteColumns(2, 2);
      return [sheet.getMaxColumns(), sheet.getRange('A1:C1').getValues()[0], sheet.getRange('C1').getNumberFormat(), sheet.getLastColumn()];`);
    expect(valueOf(rt.run('main'))).toEqual([24, ['a', 'd', 'e'], '0.00', 3]);
    // Keeping only the used columns of a new sheet: column 12 is then outside the grid.
    const kept = runtimeRunning(`${SHEET}
      sheet.deleteColumns(12, sheet.getMaxColumns() - 11);
      return [sheet.getMaxColumns(), sheet.getRange(1, 11).getA1Notation()];`);
    expect(valueOf(kept.run('main'))).toEqual([11, 'K1']);
    const beyond = runtimeRunning(`${SHEET} sheet.deleteColumns(12, 15); sheet.getRange(1, 12);`);
    expect(beyond.run('main').error?.message).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
  });

  it('deleteColumns throws outside the grid and when it would delete every column', () => {
    const error = (call: string): string | undefined =>
      runtimeRunning(`${SHEET} ${call};`).run('main').error?.message;
    expect(error('sheet.deleteColumns(0, 1)')).toBe('Those columns are out of bounds.');
    expect(error('sheet.deleteColumns(27, 1)')).toBe('Those columns are out of bounds.');
    expect(error('sheet.deleteColumns(25, 3)')).toBe('Those columns are out of bounds.');
    expect(error('sheet.deleteColumns(1, 26)')).toBe(
      "You can't delete all the columns on the sheet.",
    );
    expect(error('sheet.deleteColumns(2, 26)')).toBe('Those columns are out of bounds.');
    // All but one is fine: column A stays.
    expect(error('sheet.deleteColumns(2, 25)')).toBeUndefined();
  });

  it('getLastRow/getLastColumn are the last row/column with content, 0 when empty; getDataRange of an empty sheet is A1', () => {
    const rt = runtimeRunning(`${SHEET}
      const empty = [sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()];
      sheet.getRange('C5').setValue('x');
      return [empty, sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()];`);
    expect(valueOf(rt.run('main'))).toEqual([[0, 0, 'A1'], 5, 3, 'A1:C5']);
  });

  it("strings are parsed as typed (USER_ENTERED): =formula, 'literal, numbers, percent, currency, ISO dates, booleans", () => {
    const rt = runtimeRunning(`${SHEET}
      sheet.getRange(1, 1, 1, 9).setValues([['=SUM(1,2)', "'=SUM(1,2)", '+123', '-5', '1,234.5', '12%', '$5', '2025-01-31', 'TRUE']]);
      const r = sheet.getRange(1, 1, 1, 9);
      return { values: r.getValues(), formulas: r.getFormulas(), dateIsDate: r.getValues()[0][7] instanceof Date };`);
    const v = valueOf(
      rt.run<{ values: unknown[][]; formulas: string[][]; dateIsDate: boolean }>('main'),
    );
    // Formulas are not computed locally: the value reads as '#NAME?' and getFormulas shows the text.
    expect(v.values[0]).toEqual([
      '#NAME?',
      '=SUM(1,2)',
      123,
      -5,
      1234.5,
      0.12,
      5,
      new Date('2025-01-31T00:00:00Z'),
      true,
    ]);
    expect(v.formulas[0]![0]).toBe('=SUM(1,2)');
    expect(v.formulas[0]!.slice(1)).toEqual(['', '', '', '', '', '', '', '']);
    expect(v.dateIsDate).toBe(true);
  });

  it('text starting with + or - that is not a number becomes a formula, as Sheets does', () => {
    const rt = runtimeRunning(
      `${SHEET} sheet.appendRow(['-foo', '+A1']); return sheet.getRange('A1:B1').getFormulas();`,
    );
    expect(valueOf(rt.run('main'))).toEqual([['=-foo', '=+A1']]);
  });

  it('slashed dates are read in the spreadsheet locale: en_US "3/4" is March 4 of this year, en_GB "3/4/25" is 3 April 2025', () => {
    const body = `const s = SpreadsheetApp.getActive().getSheets()[0];
      s.getRange('A1:C1').setValues([['3/4', '3/4/25', '2025/12/31']]);
      return s.getRange('A1:C1').getValues()[0].map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d));`;
    const us = runtimeRunning(body);
    expect(valueOf(us.run('main'))).toEqual(['2025-03-04', '2025-03-04', '2025-12-31']);
    const gb = runtimeRunning(body, {
      workbook: { locale: 'en_GB', sheets: [{ name: 'S', values: [] }] },
    });
    expect(valueOf(gb.run('main'))).toEqual(['2025-04-03', '2025-04-03', '2025-12-31']);
  });

  it("with number format '@' (plain text) strings are stored as they are", () => {
    const rt = runtimeRunning(`${SHEET}
      const r = sheet.getRange('A1:C1');
      r.setNumberFormat('@');
      r.setValues([['=1+1', '+123', '2025-01-31']]);
      return [r.getValues(), r.getFormulas(), r.getNumberFormats()];`);
    expect(valueOf(rt.run('main'))).toEqual([
      [['=1+1', '+123', '2025-01-31']],
      [['', '', '']],
      [['@', '@', '@']],
    ]);
  });

  it('numbers, booleans and Dates are stored as they are; null clears a cell', () => {
    const rt = runtimeRunning(`${SHEET}
      const d = new Date(Date.UTC(2024, 1, 29, 13, 5));
      sheet.getRange('A1:D1').setValues([[1.5, false, d, null]]);
      const v = sheet.getRange('A1:D1').getValues()[0];
      return [v[0], v[1], v[2].getTime() === d.getTime(), v[3]];`);
    expect(valueOf(rt.run('main'))).toEqual([1.5, false, true, '']);
  });

  it('a cell holds at most 50,000 characters: longer text throws and nothing is written', () => {
    const rt = runtimeRunning(`${SHEET} sheet.appendRow(['ok', 'x'.repeat(50001)]);`);
    expect(rt.run('main').error?.message).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(rt.workbook.values('Sheet1')).toEqual([]);
    expect(
      runtimeRunning(`${SHEET} sheet.getRange('A1').setValue('x'.repeat(50000));`).run('main').ok,
    ).toBe(true);
  });

  it('A1 notation: open-ended B2:B and 2:2, sheet-qualified names, getA1Notation', () => {
    const rt = runtimeRunning(`
      const ss = SpreadsheetApp.getActive();
      ss.insertSheet('My Sheet');
      const s = ss.getSheetByName('My Sheet');
      return [
        s.getRange('B2:B').getA1Notation(), s.getRange('B2:B').getNumRows(),
        s.getRange('2:2').getNumColumns(), s.getRange('2:2').getRow(),
        ss.getRange("'My Sheet'!A1:B2").getSheet().getName(),
        ss.getRange('Sheet1!C3').getA1Notation(), s.getRange(2, 3, 4, 5).getA1Notation(),
      ];`);
    expect(valueOf(rt.run('main'))).toEqual(['B2:B1000', 999, 26, 2, 'My Sheet', 'C3', 'C2:G5']);
  });

  it('insertSheet throws when the name exists; getSheetByName returns null when absent', () => {
    const rt = runtimeRunning(`
      const ss = SpreadsheetApp.getActive();
      const missing = ss.getSheetByName('Nope');
      try { ss.insertSheet('Sheet1'); return 'no error'; } catch (e) { return [missing, e.message]; }`);
    expect(valueOf(rt.run('main'))).toEqual([
      null,
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    ]);
  });

  it('the workbook can be created from plain arrays and read back without counting calls', () => {
    const rt = runtimeRunning(
      `return SpreadsheetApp.getActive().getSheetByName('Data').getDataRange().getValues();`,
      {
        workbook: {
          sheets: [
            {
              name: 'Data',
              values: [
                ['Name', 'Spend'],
                ['Ann', 12],
              ],
            },
          ],
        },
      },
    );
    const e = rt.run('main');
    expect(valueOf(e)).toEqual([
      ['Name', 'Spend'],
      ['Ann', 12],
    ]);
    expect(e.count('spreadsheet')).toBe(4);
    expect(rt.workbook.toData().sheets[0]).toEqual({
      name: 'Data',
      values: [
        ['Name', 'Spend'],
        ['Ann', 12],
      ],
    });
  });
});
