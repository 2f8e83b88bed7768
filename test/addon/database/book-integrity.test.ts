/**
 * A book the add-on cannot rank or tell apart is refused, with nothing written, through the
 * built bundle: a missing value-basis column (revenue or profit, as Settings choose) and a
 * Customer ID used twice (ids compared trimmed, case as stored). Recalculate, the sidebar's
 * card and logging, and the report job all refuse, and the job records no tier movement.
 */
import { describe, expect, it } from 'vitest';
import type { LocalAppsScript } from '../../../src/local/runtime';
import {
  alerts,
  digests,
  editCustomers,
  historyRows,
  jobRuntime,
  runTrigger,
  saveSchedule,
} from '../report/job-support';
import { call } from '../report/schedule-support';
import { EDITOR, form, interactionRows, newRuntime, OWNER, setUp, type ApiAnswer } from './support';

const HEALTH_KEY = 'customerPyramid.report.health';

/** Every sheet's values and formulas. */
function cells(rt: LocalAppsScript) {
  return rt.workbook.sheetNames().map((name) => ({
    name,
    values: rt.workbook.values(name),
    formulas: rt.workbook.formulas(name),
  }));
}

/** Renames a Customers header cell. */
function renameHeader(rt: LocalAppsScript, from: string, to: string): void {
  const values = rt.workbook.values('Customers');
  values[0] = values[0]!.map((h) => (h === from ? to : h));
  rt.workbook.setValues('Customers', values);
}

/** Sets a Settings value by key. */
function setSetting(rt: LocalAppsScript, key: string, value: string | number): void {
  const values = rt.workbook.values('Settings');
  values.find((r) => r[0] === key)![1] = value;
  rt.workbook.setValues('Settings', values);
}

/** Sets the Customer ID of sheet row `row`. */
function setId(rt: LocalAppsScript, row: number, id: string): void {
  const values = rt.workbook.values('Customers');
  values[row - 1]![0] = id;
  rt.workbook.setValues('Customers', values);
}

function recalc(rt: LocalAppsScript): string {
  const e = rt.run('recalculateTiers', [], { user: EDITOR });
  if (!e.ok) throw new Error(`recalculateTiers threw: ${e.error?.message}`);
  return rt.ui.toasts.at(-1)!.message;
}

function recalculated(): LocalAppsScript {
  const rt = newRuntime({ customers: 30 });
  setUp(rt);
  expect(recalc(rt)).toMatch(/^Recalculated 30 customers/);
  return rt;
}

describe('the value-basis column', () => {
  it('renamed: Recalculate names the sheet and header and writes nothing', () => {
    const rt = recalculated();
    renameHeader(rt, 'Revenue', 'Revenue (USD)');
    const before = cells(rt);
    expect(recalc(rt)).toBe(
      'Nothing was written, because:\n\nCustomers: the column "Revenue" is missing from the header row (row 1), and Settings rank customers by revenue (value_basis). Rename the column back to "Revenue", or change value_basis, then try again.',
    );
    expect(cells(rt)).toEqual(before);
  });

  it('follows Settings: ranking by profit needs Profit, not Revenue', () => {
    const rt = recalculated();
    setSetting(rt, 'value_basis', 'profit');
    renameHeader(rt, 'Revenue', 'Turnover');
    expect(recalc(rt)).toMatch(/^Recalculated 30 customers/);
    renameHeader(rt, 'Profit', 'Margin');
    const before = cells(rt);
    expect(recalc(rt)).toMatch(/Customers: the column "Profit" is missing .* by profit/);
    expect(cells(rt)).toEqual(before);
  });

  it('renamed before a scheduled run: no movement in Tier History, no mail, the error in health', () => {
    const rt = jobRuntime();
    saveSchedule(rt);
    expect(runTrigger(rt).ok).toBe(true);
    const sent = digests(rt).length;
    const history = historyRows(rt);
    renameHeader(rt, 'Revenue', 'Revenue (USD)');
    rt.clock.advance(7 * 24 * 3_600_000);
    const before = cells(rt);
    const run = runTrigger(rt);
    expect(run.ok).toBe(false);
    expect(run.error?.message).toMatch(/Customers: the column "Revenue" is missing/);
    expect(historyRows(rt)).toEqual(history);
    expect(cells(rt)).toEqual(before);
    expect(digests(rt)).toHaveLength(sent);
    const health = JSON.parse(rt.properties.document()[HEALTH_KEY]!) as {
      lastError: { message: string };
    };
    expect(health.lastError.message).toMatch(/Customers: the column "Revenue" is missing/);
    expect(alerts(rt)).toHaveLength(1);
    // Fixed: the next run finds every customer where it was, and records no change.
    renameHeader(rt, 'Revenue (USD)', 'Revenue');
    expect(runTrigger(rt).ok).toBe(true);
    expect(historyRows(rt)).toEqual(history);
  });
});

describe('a renamed Settings header', () => {
  it('is a message naming the sheet and header in Recalculate and on the card, not a crash', () => {
    const rt = newRuntime();
    setUp(rt);
    const settings = rt.workbook.values('Settings');
    settings[0]![0] = 'Key';
    rt.workbook.setValues('Settings', settings);
    const message =
      'Settings: the required column "Setting" is missing from the header row (row 1). Add it, or rename the column that holds it, then try again.';
    const before = cells(rt);
    expect(recalc(rt)).toBe(`Nothing was written, because:\n\n${message}`);
    expect(call(rt, 'sidebarCard', [{ customerId: 'C0001' }], OWNER)).toEqual({
      ok: false,
      code: 'setup',
      message,
    });
    expect(cells(rt)).toEqual(before);
  });
});

describe('a Customer ID used twice', () => {
  const DUPLICATE =
    'Customers: the Customer ID "C0007" is in both Customers!A8 and Customers!A12. Ids are compared with surrounding spaces trimmed and upper and lower case as stored ("c1" and "C1" are two customers). Give each row its own Customer ID, then try again.';

  it('stops Recalculate, naming both cells; spaces around an id do not make it another', () => {
    const rt = recalculated();
    setId(rt, 12, '  C0007 ');
    const before = cells(rt);
    expect(recalc(rt)).toBe(`Nothing was written, because:\n\n${DUPLICATE}`);
    expect(cells(rt)).toEqual(before);
    // Case is kept: "c0007" is another customer.
    setId(rt, 12, 'c0007');
    expect(recalc(rt)).toMatch(/^Recalculated 30 customers/);
  });

  it('is refused by the sidebar: no list, no card, no interaction written', () => {
    const rt = recalculated();
    setId(rt, 12, 'C0007');
    const before = cells(rt);
    for (const [fn, args] of [
      ['sidebarInit', []],
      ['sidebarCard', [{ customerId: 'C0007' }]],
      ['sidebarLogInteraction', [form({ customerId: 'C0007' })]],
      ['sidebarLogInteraction', [form({ customerId: 'C0001' })]],
    ] as const) {
      const answer: ApiAnswer = call(rt, fn, [...args], OWNER);
      expect(answer, fn).toMatchObject({ ok: false, code: 'invalid', message: DUPLICATE });
    }
    expect(cells(rt)).toEqual(before);
    expect(interactionRows(rt)).toEqual([]);
  });

  it('stops the report job before anything is recorded or sent', () => {
    const rt = jobRuntime();
    saveSchedule(rt);
    expect(runTrigger(rt).ok).toBe(true);
    const sent = digests(rt).length;
    editCustomers(rt, { C0011: { 'Customer ID': 'C0007', Revenue: 1e9 } });
    rt.clock.advance(7 * 24 * 3_600_000);
    const before = cells(rt);
    const run = runTrigger(rt);
    expect(run.error?.message).toBe(DUPLICATE);
    expect(cells(rt)).toEqual(before);
    expect(digests(rt)).toHaveLength(sent);
  });
});
