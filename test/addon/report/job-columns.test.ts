/**
 * The job's own sheets keep only the columns they use, through the built bundle: Tier History
 * 11 (its header), the hidden Tier State 1 (column A), instead of a new sheet's 26 — every
 * allocated cell counts against the 10-million-cell limit. The trimming costs calls only on
 * the runs that create the sheets (the same whether or not Tier History's first rows fit a new
 * sheet's 1,000); a creation interrupted at any call is trimmed by the next run.
 */
import { splitSharingCalls } from '../../support/sharing-calls';
import { describe, expect, it } from 'vitest';
import type { LocalAppsScript } from '../../../src/local/runtime';
import { HISTORY_HEADERS } from '../../../src/core/report/history-row';
import { editCustomers, historyRows, jobRuntime, runTrigger, saveSchedule } from './job-support';

const WEEK = 7 * 24 * 3_600_000;

const columns = (rt: LocalAppsScript, sheet: string): number =>
  rt.workbook.sheetMeta(sheet).maxColumns;

/** A scheduled book; `first` is the baseline run, `second` records the first changes. */
function book(): LocalAppsScript {
  const rt = jobRuntime();
  saveSchedule(rt);
  return rt;
}

const changeSomething = (rt: LocalAppsScript): void =>
  editCustomers(rt, { C0050: { Revenue: 1e9 }, C0100: null });

describe('report job: sheet columns', () => {
  it('Tier History keeps its 11 columns and Tier State column A; later runs make no extra call', () => {
    const rt = book();
    const first = runTrigger(rt);
    expect(first.ok, first.error?.message).toBe(true);
    expect(columns(rt, 'Tier State')).toBe(1);
    expect(first.calls.filter((c) => c.method === 'Sheet.deleteColumns')).toHaveLength(1);

    changeSomething(rt);
    rt.clock.advance(WEEK);
    const second = runTrigger(rt);
    expect(second.ok, second.error?.message).toBe(true);
    expect(columns(rt, 'Tier History')).toBe(HISTORY_HEADERS.length);
    expect(columns(rt, 'Tier History')).toBe(11);
    expect(rt.workbook.values('Tier History')[0]).toEqual([...HISTORY_HEADERS]);
    expect(historyRows(rt).length).toBeGreaterThan(0);
    expect(second.calls.filter((c) => c.method === 'Sheet.deleteColumns')).toHaveLength(1);

    // Later runs, with and without changes: no getMaxColumns, no deleteColumns.
    for (const edit of [() => editCustomers(rt, { C0050: { Revenue: 1 } }), () => {}]) {
      edit();
      rt.clock.advance(WEEK);
      const later = runTrigger(rt);
      expect(later.ok, later.error?.message).toBe(true);
      expect(later.calls.filter((c) => /Columns$/.test(c.method))).toEqual([]);
    }
    expect(columns(rt, 'Tier History')).toBe(11);
    expect(columns(rt, 'Tier State')).toBe(1);
  });

  it('creating Tier History costs the same calls whether its first rows fit a new sheet or not', () => {
    const creating = (added: number): { calls: number; rows: number; maxRows: number } => {
      const rt = book();
      expect(runTrigger(rt).ok).toBe(true);
      editCustomers(
        rt,
        { C0050: { Revenue: 1e9 } },
        Array.from({ length: added }, (_, i) => ({
          'Customer ID': `N${i}`,
          Name: `New ${i}`,
          Revenue: 10 + i,
        })),
      );
      rt.clock.advance(WEEK);
      const run = runTrigger(rt);
      expect(run.ok, run.error?.message).toBe(true);
      const meta = rt.workbook.sheetMeta('Tier History');
      expect(meta.maxColumns).toBe(11);
      return {
        calls: splitSharingCalls(run).rest,
        rows: historyRows(rt).length,
        maxRows: meta.maxRows,
      };
    };
    const small = creating(0);
    const big = creating(1_500);
    expect(big.rows).toBeGreaterThan(1_500);
    expect(big.maxRows).toBeGreaterThan(big.rows);
    expect(big.calls).toBe(small.calls);
    // A RangeList holds one sheet's ranges: each of the four tables costs getRange +
    // getValues, 3 calls more than the old cross-sheet list (which production refuses).
    expect(big.calls).toBeLessThanOrEqual(28);
  });

  it('a run that dies at any call while creating a sheet leaves the next run to trim it', () => {
    // The calls from creating each sheet up to its trim: where an interruption can leave it wide.
    const windows = (
      sheet: 'Tier State' | 'Tier History',
      prepare: (rt: LocalAppsScript) => void,
    ) => {
      const rt = book();
      prepare(rt);
      const clean = runTrigger(rt);
      expect(clean.ok).toBe(true);
      const insert = clean.calls.findIndex((c) => c.method === 'Spreadsheet.insertSheet');
      const trim = clean.calls.findIndex((c) => c.method === 'Sheet.deleteColumns');
      expect(insert).toBeGreaterThanOrEqual(0);
      expect(trim).toBeGreaterThan(insert);
      return { sheet, prepare, from: insert + 1, to: trim + 1 };
    };
    const cases = [
      windows('Tier State', () => {}),
      windows('Tier History', (rt) => {
        expect(runTrigger(rt).ok).toBe(true);
        changeSomething(rt);
        rt.clock.advance(WEEK);
      }),
    ];
    for (const { sheet, prepare, from, to } of cases) {
      // From the call that creates the sheet to the trim itself, and one past it.
      for (let k = from; k <= to + 1; k++) {
        const rt = book();
        prepare(rt);
        expect(runTrigger(rt, undefined, { failAtCall: k }).ok).toBe(false);
        const again = runTrigger(rt);
        expect(again.ok, again.error?.message).toBe(true);
        expect(columns(rt, sheet), `${sheet}, call ${k} failed`).toBe(
          sheet === 'Tier State' ? 1 : 11,
        );
      }
    }
  });
});
