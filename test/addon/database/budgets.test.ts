/**
 * Service-call and cells-read budgets, with 50,000 interactions already logged and, for the
 * recalculation, 100,000 customers. The card and the save read what the card shows: each
 * table's header row, the cells TextFinder finds on its Customer ID (or Request ID) column and
 * those rows, at most the customer's latest 10 interactions, and the Customer ID column. Their
 * calls and cells read do not grow with the number of interactions, nor does the time under the
 * document lock. The editor check (the caller's own Range.canEdit) is among the calls.
 */
import { describe, expect, it } from 'vitest';
import type { Execution } from '../../../src/local/runtime';
import { EDITOR, form, newRuntime, preload, setUp, type ApiAnswer } from './support';

/** The calls from taking the document lock to letting it go. */
export function lockedCalls(e: Pick<Execution, 'calls'>): Execution['calls'] {
  const from = e.calls.findIndex((c) => c.method === 'Lock.tryLock');
  const to = e.calls.findIndex((c) => c.method === 'Lock.releaseLock');
  return from < 0 || to < from ? [] : e.calls.slice(from, to + 1);
}

/** The latency model's estimate of the time under the document lock. */
export function lockedMs(e: Pick<Execution, 'calls'>): number {
  return lockedCalls(e).reduce((sum, c) => sum + c.estimatedMs, 0);
}

/** Card: the editor check, 3 headers, the Customer ID column, 3 finders, the customer's row and at most 10 interactions. */
const CARD_CALLS = 64;
/** The save: the customer found, the locked append, and the card. */
const SAVE_CALLS = CARD_CALLS + 20;
/** Header rows, the customer's row and at most 10 interaction rows (17 cells each). */
const CARD_CELLS = 300;

/**
 * Cells the card and the save read besides: the Customer ID column, read whole so that a book
 * with an id used twice is refused (it grows with the customers, never with the log).
 */
const idColumn = (rt: ReturnType<typeof newRuntime>): number =>
  rt.workbook.sheetMeta('Customers').maxRows;

function spreadsheetCalls(e: { calls: { service: string; method: string }[] }): string {
  return e.calls
    .filter((c) => c.service === 'spreadsheet')
    .map((c) => c.method)
    .join(', ');
}

describe('service-call budgets', () => {
  it('with 50,000 interactions: a card and a save take a bounded number of calls and cells', () => {
    const rt = newRuntime({ customers: 2000 });
    setUp(rt);
    preload(rt, 50_000, 2000);
    rt.run('recalculateTiers', [], { user: EDITOR });
    const init = rt.runFromBrowser('sidebarInit', [], { user: EDITOR });
    expect(init.ok).toBe(true);
    // The first page reads the header row and the three columns it lists (id, name, tier).
    const grid = rt.workbook.sheetMeta('Customers');
    expect(init.cellsRead).toBeLessThanOrEqual(grid.maxColumns + 3 * grid.maxRows);
    const first = rt.runFromBrowser<ApiAnswer>('sidebarLogInteraction', [form()], { user: EDITOR });
    expect(first.value?.ok, JSON.stringify(first.value)).toBe(true);

    const card = rt.runFromBrowser<ApiAnswer>('sidebarCard', [{ customerId: 'C0007' }], {
      user: EDITOR,
    });
    expect(card.value?.ok).toBe(true);
    console.log(
      `card: ${card.count('spreadsheet')} spreadsheet calls, ${card.cellsRead} cells read (${spreadsheetCalls(card)}); est. ${Math.round(card.estimatedMs)} ms`,
    );
    expect(card.count('spreadsheet')).toBeLessThanOrEqual(CARD_CALLS);
    expect(card.cellsRead).toBeLessThanOrEqual(CARD_CELLS + idColumn(rt));

    const save = rt.runFromBrowser<ApiAnswer>(
      'sidebarLogInteraction',
      [form({ customerId: 'C0007' })],
      { user: EDITOR },
    );
    expect(save.value?.ok, JSON.stringify(save.value)).toBe(true);
    console.log(
      `save: ${save.count('spreadsheet')} spreadsheet calls, ${save.cellsRead} cells read; under the lock: ${lockedCalls(
        save,
      )
        .map((c) => c.method)
        .join(', ')} (est. ${Math.round(lockedMs(save))} ms of ${Math.round(save.estimatedMs)} ms)`,
    );
    expect(save.count('spreadsheet')).toBeLessThanOrEqual(SAVE_CALLS);
    expect(save.cellsRead).toBeLessThanOrEqual(CARD_CELLS + 50 + 2 * idColumn(rt));
    // Under the lock: the header row (17 cells) only; the request id is found by TextFinder.
    expect(lockedCalls(save).reduce((sum, c) => sum + c.cellsRead, 0)).toBeLessThanOrEqual(20);
    expect(lockedMs(save)).toBeLessThanOrEqual(1000);
    expect(rt.workbook.values('Interactions').filter((r) => r.some((c) => c !== ''))).toHaveLength(
      50_003,
    );
  });

  it('calls, cells read and the time under the lock do not grow with the number of interactions', () => {
    // 50 customers: 20 and 400 interactions each, both more than the card looks at.
    const measures = [1_000, 20_000].map((n) => {
      const rt = newRuntime({ customers: 50 });
      setUp(rt);
      preload(rt, n, 50);
      rt.run('recalculateTiers', [], { user: EDITOR });
      rt.runFromBrowser('sidebarLogInteraction', [form()], { user: EDITOR });
      const card = rt.runFromBrowser('sidebarCard', [{ customerId: 'C0003' }], { user: EDITOR });
      const save = rt.runFromBrowser('sidebarLogInteraction', [form()], { user: EDITOR });
      return {
        card: [card.count('spreadsheet'), card.cellsRead],
        save: [save.count('spreadsheet'), save.cellsRead],
        locked: lockedCalls(save).map((c) => [c.method, c.cellsRead]),
      };
    });
    expect(measures[1]).toEqual(measures[0]);
  });

  it('recalculating 100,000 customers takes a fixed number of spreadsheet calls', () => {
    const rt = newRuntime({ customers: 100_000 });
    setUp(rt);
    preload(rt, 50_000, 100_000);
    const recalc = rt.run('recalculateTiers', [], { user: EDITOR });
    expect(recalc.ok, recalc.error?.message).toBe(true);
    console.log(
      `recalculate 100,000: ${recalc.count('spreadsheet')} spreadsheet calls (${spreadsheetCalls(recalc)}); est. ${Math.round(recalc.estimatedMs)} ms in Apps Script, ${Math.round(recalc.cpuMs)} ms CPU here`,
    );
    expect(rt.ui.toasts.at(-1)?.message).toMatch(
      /Recalculated 100,000 customers: 1,000 A, 4,000 B, 15,000 C, 80,000 D/,
    );
    // The editor check first (getActive, the add-on's cell and its canEdit). Then three tables (Customers, Interactions for last contact and
    // follow-up, Settings for the cuts): getActive + 3 x (getRange + getValues) + the owned
    // block's range + its write = 9, plus the toast that tells the user it is done. The count
    // is fixed: the same for 10 or 100,000 rows.
    expect(recalc.count('spreadsheet')).toBeLessThanOrEqual(13);
  });

  it('100 logged interactions grow Interactions by at most one spare block', () => {
    const rt = newRuntime({ customers: 20 });
    setUp(rt);
    preload(rt, 950, 20);
    const before = rt.workbook.sheetMeta('Interactions').maxRows;
    for (let i = 0; i < 100; i++) {
      const e = rt.runFromBrowser<ApiAnswer>('sidebarLogInteraction', [form()], { user: EDITOR });
      expect(e.value?.ok, JSON.stringify(e.value)).toBe(true);
    }
    const after = rt.workbook.sheetMeta('Interactions').maxRows;
    console.log(`100 saves: Interactions grid ${before} -> ${after} rows`);
    expect(after - before).toBeLessThanOrEqual(1000 + 1);
    expect(rt.workbook.values('Interactions').filter((r) => r.some((c) => c !== ''))).toHaveLength(
      1051,
    );
  });
});
