import { describe, expect, it } from 'vitest';
import { runtimeRunning, runtimeWith, valueOf } from './support';

const users = [
  { email: 'ann@example.com', role: 'owner' as const },
  { email: 'bo@example.com', role: 'editor' as const },
  { email: 'cy@example.com', role: 'editor' as const },
  { email: 'vic@example.com', role: 'viewer' as const },
];

describe('Spreadsheet', () => {
  it('id, name, url, locale, time zone, editors shared by name (the owner is getOwner), viewers, owner', () => {
    const rt = runtimeRunning(
      `const ss = SpreadsheetApp.getActiveSpreadsheet();
       return [ss.getUrl() === 'https://docs.google.com/spreadsheets/d/' + ss.getId() + '/edit', ss.getName(),
         ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone(),
         ss.getEditors().map(u => u.getEmail()), ss.getViewers().map(u => u.getEmail()), ss.getOwner().getEmail()];`,
      {
        users,
        workbook: {
          name: 'CRM',
          locale: 'zh_CN',
          timeZone: 'Asia/Shanghai',
          sheets: [{ name: 'S', values: [] }],
        },
      },
    );
    expect(valueOf(rt.run('main'))).toEqual([
      true,
      'CRM',
      'zh_CN',
      'Asia/Shanghai',
      ['bo@example.com', 'cy@example.com'],
      ['vic@example.com'],
      'ann@example.com',
    ]);
  });

  it('a spreadsheet holds at most 10 million cells: inserting a sheet beyond that throws', () => {
    const rt = runtimeRunning(`
      const ss = SpreadsheetApp.getActive();
      const big = ss.insertSheet('Big');
      big.insertRowsAfter(1000, 382000); // 383,000 x 26 = 9,958,000 cells, plus Sheet1's 26,000
      try { ss.insertSheet('More'); return 'no error'; } catch (e) { return e.message; }`);
    expect(valueOf(rt.run('main'))).toBe(
      'This action would increase the number of cells in the workbook above the limit of 10,000,000 cells.',
    );
  });

  it('getRangeList applies one call to several ranges', () => {
    const rt = runtimeRunning(
      `SpreadsheetApp.getActive().getRangeList(['A1', 'C3:C4']).setValue('x');`,
    );
    rt.run('main');
    expect(rt.workbook.values('Sheet1')).toEqual([
      ['x', '', ''],
      ['', '', ''],
      ['', '', 'x'],
      ['', '', 'x'],
    ]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list: "A collection of
  // one or more Range instances in the same sheet."
  it('getRangeList refuses A1 ranges on more than one sheet (range-list reference: same sheet only)', () => {
    const rt = runtimeRunning(`
      const ss = SpreadsheetApp.getActive();
      ss.insertSheet('Other');
      const same = ss.getRangeList(['Other!A1', 'Other!B2:B3']).getRanges().length;
      try { ss.getRangeList(['Sheet1!A1', 'Other!A1']); return [same, 'no error']; }
      catch (e) { return [same, e.message]; }`);
    const [same, message] = valueOf(rt.run<[number, string]>('main'));
    expect(same).toBe(2);
    expect(message).toMatch(/same sheet/);
  });
});

describe('Sheet metadata', () => {
  it('frozen rows, hidden sheets, column widths, sheet ids and getParent', () => {
    const rt = runtimeRunning(`
      const ss = SpreadsheetApp.getActive();
      const s = ss.insertSheet('Log');
      s.setFrozenRows(1);
      s.setColumnWidth(2, 240);
      s.hideSheet();
      return [s.getFrozenRows(), s.isSheetHidden(), s.getColumnWidth(2), s.getSheetId() !== ss.getSheetByName('Sheet1').getSheetId(),
              s.getParent().getId() === ss.getId()];`);
    expect(valueOf(rt.run('main'))).toEqual([1, true, 240, true, true]);
    expect(rt.workbook.sheetMeta('Log')).toMatchObject({
      frozenRows: 1,
      hidden: true,
      columnWidths: { 2: 240 },
    });
  });

  it('data validation is kept as metadata: requireValueInList, requireNumberBetween, requireDate, allowInvalid, help text', () => {
    const rt = runtimeRunning(`
      const s = SpreadsheetApp.getActive().getSheetByName('Sheet1');
      const b = SpreadsheetApp.newDataValidation();
      s.getRange('A2').setDataValidation(b.requireValueInList(['A', 'B'], true).setAllowInvalid(false).setHelpText('A or B').build());
      s.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).build());
      s.getRange('C2').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
      const v = s.getRange('A2').getDataValidation();
      return [v.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText(),
              s.getRange('D2').getDataValidation()];`);
    expect(valueOf(rt.run('main'))).toEqual([true, [['A', 'B'], true], false, 'A or B', null]);
    expect(rt.workbook.sheetMeta('Sheet1').validations).toEqual({
      A2: {
        criteria: 'VALUE_IN_LIST',
        values: [['A', 'B'], true],
        allowInvalid: false,
        helpText: 'A or B',
      },
      B2: { criteria: 'NUMBER_BETWEEN', values: [0, 10], allowInvalid: true },
      C2: { criteria: 'DATE_IS_VALID_DATE', values: [], allowInvalid: true },
    });
  });

  it('number formats, font weight, background and notes are metadata; getDisplayValues applies number formats', () => {
    const rt = runtimeRunning(`
      const s = SpreadsheetApp.getActive().getSheetByName('Sheet1');
      const r = s.getRange('A1:D1');
      r.setValues([[0.1234, 1234567.891, new Date(Date.UTC(2025, 0, 31)), true]]);
      r.setNumberFormats([['0.0%', '#,##0.00', 'yyyy-mm-dd', 'General']]);
      s.getRange('A1').setFontWeight('bold').setBackground('#eeeeee').setNote('why');
      return [r.getDisplayValues(), r.getNumberFormats(), s.getRange('A1').getNote()];`);
    expect(valueOf(rt.run('main'))).toEqual([
      [['12.3%', '1,234,567.89', '2025-01-31', 'TRUE']],
      [['0.0%', '#,##0.00', 'yyyy-mm-dd', 'General']],
      'why',
    ]);
    expect(rt.workbook.sheetMeta('Sheet1')).toMatchObject({
      fontWeights: { A1: 'bold' },
      backgrounds: { A1: '#eeeeee' },
      notes: { A1: 'why' },
    });
  });

  it('createTextFinder(text).matchEntireCell(true).findAll()/findNext() find cells by their text', () => {
    const rt = runtimeRunning(`
      const s = SpreadsheetApp.getActive().getSheetByName('Sheet1');
      s.getRange('A1:B3').setValues([['Ann', 'Annabel'], ['Bo', 'ann'], ['x', 'Ann']]);
      const all = s.createTextFinder('Ann').matchEntireCell(true).findAll().map(r => r.getA1Notation());
      const partial = s.getRange('B1:B3').createTextFinder('ann').findAll().map(r => r.getA1Notation());
      const f = s.createTextFinder('Bo');
      return [all, partial, f.findNext().getA1Notation(), f.findNext()];`);
    expect(valueOf(rt.run('main'))).toEqual([['A1', 'B2', 'B3'], ['B1', 'B2', 'B3'], 'A2', null]);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/text-finder: matchCase(true)
  // "match the search text's case exactly, otherwise the search defaults to case-insensitive
  // matching"; matchEntireCell(true) "match the entire contents of a cell; otherwise, the search
  // defaults to partial matching"; useRegularExpression(true) "interpret the search string as a
  // regular expression"; a formula cell is searched by its displayed value.
  it('TextFinder: case-insensitive and partial by default; matchCase, matchEntireCell and regular expressions as documented', () => {
    const rt = runtimeRunning(`
      const s = SpreadsheetApp.getActive().getSheetByName('Sheet1');
      s.getRange('A1:A5').setValues([['req-AB12'], ['req-ab12'], ['req-ab123'], [' req-ab12 '], ['x']]);
      const col = () => s.getRange('A1:A5').createTextFinder('req-ab12');
      const a1 = (cells) => cells.map(r => r.getA1Notation());
      return [
        a1(col().findAll()),
        a1(col().matchEntireCell(true).findAll()),
        a1(col().matchEntireCell(true).matchCase(true).findAll()),
        a1(s.getRange('A1:A5').createTextFinder('\\\\s*req-ab12\\\\s*').useRegularExpression(true).matchEntireCell(true).matchCase(true).findAll()),
      ];`);
    expect(valueOf(rt.run('main'))).toEqual([
      ['A1', 'A2', 'A3', 'A4'],
      ['A1', 'A2'],
      ['A2'],
      ['A2', 'A4'],
    ]);
  });
});

describe('Protection', () => {
  const BUNDLE = `
    function protect() {
      const p = SpreadsheetApp.getActive().getSheetByName('Sheet1').protect().setDescription('Add-on data');
      p.removeEditors(p.getEditors());
      p.addEditor('bo@example.com');
      return [p.getDescription(), p.getEditors().map(u => u.getEmail()).sort(), p.canEdit(), p.isWarningOnly()];
    }
    function write() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1').setValue('x'); }
    function canEdit() { return SpreadsheetApp.getActive().getSheetByName('Sheet1').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].canEdit(); }
    function warnOnly() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getProtections('SHEET')[0].setWarningOnly(true); }`;

  it('protect() keeps the owner; addEditor/removeEditors/getEditors/canEdit; description and warning-only', () => {
    const rt = runtimeWith(BUNDLE, { users });
    expect(valueOf(rt.run('protect'))).toEqual([
      'Add-on data',
      ['ann@example.com', 'bo@example.com'],
      true,
      false,
    ]);
    expect(rt.workbook.sheetMeta('Sheet1').protections).toEqual([
      {
        description: 'Add-on data',
        warningOnly: false,
        editors: ['ann@example.com', 'bo@example.com'],
      },
    ]);
  });

  it('an editor who is not an editor of a protection cannot write there; warning-only protections do not stop writes', () => {
    const rt = runtimeWith(BUNDLE, { users });
    rt.run('protect');
    expect(valueOf(rt.run('canEdit', [], { user: 'cy@example.com' }))).toBe(false);
    expect(rt.run('write', [], { user: 'cy@example.com' }).error?.message).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
    expect(rt.run('write', [], { user: 'bo@example.com' }).ok).toBe(true);
    rt.run('warnOnly');
    expect(rt.run('write', [], { user: 'cy@example.com' }).ok).toBe(true);
  });
});
