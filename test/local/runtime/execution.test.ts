import { describe, expect, it } from 'vitest';
import { appsScriptLatency } from '../../../src/local/runtime';
import { callCost } from '../../../src/local/runtime/host/latency';
import { runtimeWith, valueOf } from './support';

const BUNDLE = `
function write(v) { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1').setValue(v); return 'done'; }
function read() { return SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1').getValue(); }
function validate() {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  const rule = SpreadsheetApp.newDataValidation().requireValueInList(['A', 'B'], true).setAllowInvalid(false).build();
  sheet.getRange('B2:B9').setDataValidation(rule);
  sheet.protect().setDescription('owned');
}
function loop(n) {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  for (let i = 1; i <= n; i++) sheet.getRange(1 + (i % 900), 1).getValue();
  return n;
}
function bulk(rows) {
  const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
  return sheet.getRange(1, 1, rows, 10).getValues().length;
}
function catchesTimeout() {
  try { loop(100000); } catch (e) { return 'caught: ' + e.message; }
}
function customFunction() {
  const r = [];
  for (const f of [
    () => PropertiesService.getScriptProperties().getProperty('x'),
    () => PropertiesService.getScriptProperties().setProperty('x', '1'),
    () => MailApp.sendEmail('a@example.com', 's', 'b'),
    () => SpreadsheetApp.getUi(),
    () => LockService.getScriptLock().tryLock(1),
    () => ScriptApp.newTrigger('read'),
    () => SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1').setValue(1),
  ]) {
    try { f(); r.push('ok'); } catch (e) { r.push(e.message); }
  }
  return r;
}
function echo(x) { return x; }
function dateResult() { return { when: new Date() }; }
function helper_() { return 'private'; }
var notAFunctionDeclaration = function () { return 'var'; };
function clock() { const d = new Date(); return [d instanceof Date, Date.now(), d.getTime()]; }
function missingMethod() { return SpreadsheetApp.getActive().getNoSuchThing(); }
`;

const users = [
  { email: 'ann@example.com', role: 'owner' as const },
  { email: 'vic@example.com', role: 'viewer' as const },
];

describe('counting and the latency model', () => {
  it('each call records the cells it read; an execution adds them up', () => {
    const rt = runtimeWith(BUNDLE);
    const bulk = rt.run('bulk', [30]);
    expect(bulk.ok, bulk.error?.message).toBe(true);
    const reads = bulk.calls.filter((c) => c.cellsRead > 0);
    expect(reads.map((c) => [c.method, c.cellsRead])).toEqual([['Range.getValues', 300]]);
    expect(bulk.cellsRead).toBe(300);
    const one = rt.run('read');
    expect(one.cellsRead).toBe(1);
    // The execution's estimate is its calls' estimates plus what it spends besides calls.
    const calls = one.calls.reduce((sum, c) => sum + c.estimatedMs, 0);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(one.estimatedMs);
  });

  it("count('spreadsheet') counts SpreadsheetApp, Spreadsheet, Sheet, Range, validation builders and Protection calls", () => {
    const e = runtimeWith(BUNDLE).run('validate');
    expect(e.ok, e.error?.message).toBe(true);
    expect(e.calls.map((c) => c.method)).toEqual([
      'SpreadsheetApp.getActive',
      'Spreadsheet.getSheetByName',
      'SpreadsheetApp.newDataValidation',
      'DataValidationBuilder.requireValueInList',
      'DataValidationBuilder.setAllowInvalid',
      'DataValidationBuilder.build',
      'Sheet.getRange',
      'Range.setDataValidation',
      'Sheet.protect',
      'Protection.setDescription',
    ]);
    expect(e.count('spreadsheet')).toBe(10);
    expect(e.callCount).toBe(10);
  });

  it('a loop of getValue calls grows with n; estimatedMs follows the latency model', () => {
    const rt = runtimeWith(BUNDLE);
    const small = rt.run('loop', [10]);
    const large = rt.run('loop', [100]);
    expect(small.count('spreadsheet')).toBe(2 + 2 * 10);
    expect(large.count('spreadsheet')).toBe(2 + 2 * 100);
    const cost = (type: string, method: string, read = 0): number =>
      callCost(appsScriptLatency, 'spreadsheet', type, method, { read, written: 0 });
    // getValue reads one cell.
    const perCell = cost('Sheet', 'getRange') + cost('Range', 'getValue', 1);
    expect(large.estimatedMs).toBeCloseTo(
      cost('SpreadsheetApp', 'getActive') + cost('Spreadsheet', 'getSheetByName') + 100 * perCell,
      5,
    );
  });

  it('bulk reads cost a base plus a per-cell amount', () => {
    const e = runtimeWith(BUNDLE).run('bulk', [1000]);
    const m = appsScriptLatency;
    const cost = (type: string, method: string, read = 0): number =>
      callCost(m, 'spreadsheet', type, method, { read, written: 0 });
    expect(e.estimatedMs).toBeCloseTo(
      cost('SpreadsheetApp', 'getActive') +
        cost('Spreadsheet', 'getSheetByName') +
        cost('Sheet', 'getRange') +
        m.methods['Range.getValues']! +
        10_000 * m.perCellRead,
      5,
    );
  });
});

describe('fault injection and time budgets', () => {
  it('failAtCall: k makes the k-th service call throw (default message "Injected failure at call k")', () => {
    const rt = runtimeWith(BUNDLE);
    const e = rt.run('write', ['x'], { failAtCall: 4 });
    expect(e.ok).toBe(false);
    expect(e.error?.message).toBe('Injected failure at call 4');
    expect(rt.workbook.values('Sheet1')).toEqual([]);
    expect(
      rt.run('write', ['x'], { failAtCall: 1, failMessage: 'Service Spreadsheets failed' }).error
        ?.message,
    ).toBe('Service Spreadsheets failed');
  });

  it('timeBudgetMs ends the execution with "Exceeded maximum execution time", even if the code catches it', () => {
    const rt = runtimeWith(BUNDLE);
    // A custom function's 30-second limit: a loop of single-cell reads passes it.
    const e = rt.run('catchesTimeout', [], { timeBudgetMs: 30 * 1000 });
    expect(e.ok).toBe(false);
    expect(e.error?.message).toBe('Exceeded maximum execution time');
    expect(e.callCount).toBeLessThan(30000);
    expect(rt.run('loop', [10], { timeBudgetMs: 6 * 60 * 1000 }).ok).toBe(true);
  });
});

describe('who may do what', () => {
  it('a viewer cannot write: the write throws a permission error and nothing changes', () => {
    const rt = runtimeWith(BUNDLE, { users });
    const e = rt.run('write', ['x'], { user: 'vic@example.com' });
    expect(e.error?.message).toBe('You do not have permission to access the requested document.');
    expect(rt.workbook.values('Sheet1')).toEqual([]);
    rt.run('write', ['ok'], { user: 'ann@example.com' });
    expect(valueOf(rt.run('read', [], { user: 'vic@example.com' }))).toBe('ok');
  });

  it('in AuthMode CUSTOM_FUNCTION, writes, MailApp, Ui, LockService, triggers and Properties writes throw "You do not have permission to call X"', () => {
    const rt = runtimeWith(BUNDLE);
    expect(valueOf(rt.run('customFunction', [], { authMode: 'CUSTOM_FUNCTION' }))).toEqual([
      'ok',
      'You do not have permission to call setProperty',
      'You do not have permission to call MailApp.sendEmail',
      'You do not have permission to call SpreadsheetApp.getUi',
      'You do not have permission to call tryLock',
      'You do not have permission to call ScriptApp.newTrigger',
      'You do not have permission to call setValue',
    ]);
  });
});

describe('authorisation modes of simple triggers', () => {
  it('in AuthMode LIMITED (a simple trigger) MailApp and trigger management throw; the spreadsheet is usable', () => {
    const rt = runtimeWith(
      BUNDLE +
        `function simple() { const r = [];
           for (const f of [() => read(), () => MailApp.sendEmail('a@example.com', 's', 'b'), () => ScriptApp.getProjectTriggers()]) {
             try { f(); r.push('ok'); } catch (e) { r.push(e.message); } }
           return r; }`,
    );
    expect(valueOf(rt.run('simple', [], { authMode: 'LIMITED' }))).toEqual([
      'ok',
      'You do not have permission to call MailApp.sendEmail',
      'You do not have permission to call ScriptApp.getProjectTriggers',
    ]);
  });

  it('in AuthMode NONE (add-on not yet used in this document) only menus can be built', () => {
    const rt = runtimeWith(
      BUNDLE +
        `function none() { SpreadsheetApp.getUi().createMenu('M').addItem('x', 'read').addToUi();
           try { SpreadsheetApp.getActiveSpreadsheet(); return 'no error'; } catch (e) { return e.message; } }`,
    );
    expect(valueOf(rt.run('none', [], { authMode: 'NONE' }))).toBe(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(rt.ui.menus.map((m) => m.title)).toEqual(['M']);
  });
});

describe('run and runFromBrowser', () => {
  it('run never throws: an error in the bundle is in the result, with a stack', () => {
    const e = runtimeWith(BUNDLE).run('missingMethod');
    expect(e.ok).toBe(false);
    expect(e.error?.message).toMatch(/getNoSuchThing is not a function/);
    expect(runtimeWith(BUNDLE).run('nothingHere').error?.message).toBe(
      'Script function not found: nothingHere',
    );
  });

  it("inside the bundle, new Date() and Date.now() read the simulated clock and are the context's own Date", () => {
    const rt = runtimeWith(BUNDLE);
    const t = new Date('2025-03-03T09:00:00Z').getTime();
    expect(valueOf(rt.run('clock'))).toEqual([true, t, t]);
    rt.clock.advance(60_000);
    expect(valueOf(rt.run<number[]>('clock'))[1]).toBe(t + 60_000);
  });

  it("google.script.run refuses names ending in '_' and anything that is not a top-level function declaration", () => {
    const rt = runtimeWith(BUNDLE);
    expect(rt.runFromBrowser('helper_', []).error?.message).toBe(
      'Script function not found: helper_',
    );
    expect(rt.runFromBrowser('notAFunctionDeclaration', []).error?.message).toBe(
      'Script function not found: notAFunctionDeclaration',
    );
    expect(rt.run('helper_').value).toBe('private');
  });

  it('google.script.run: arguments and results are JSON values, and a Date anywhere fails the call', () => {
    const rt = runtimeWith(BUNDLE);
    expect(valueOf(rt.runFromBrowser('echo', [{ a: [1, 'x', null], u: undefined }]))).toEqual({
      a: [1, 'x', null],
    });
    expect(rt.runFromBrowser('echo', [{ when: new Date() }]).error?.message).toBe(
      'Failed due to illegal value in property: args.0.when',
    );
    expect(rt.runFromBrowser('dateResult', []).ok).toBe(false);
    expect(rt.run('dateResult').ok).toBe(true);
  });
});
