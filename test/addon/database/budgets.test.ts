/**
 * Service-call budgets, with 50,000 interactions already logged and, for the recalculation,
 * 100,000 customers: the counts do not grow with the number of rows. A RangeList holds ranges
 * of one sheet only, so each table costs its own getRange and getValues: with getActive, three
 * tables cost 7 calls, and that is the card's floor when it reads whole tables.
 */
import { describe, expect, it } from 'vitest';
import { splitSharingCalls } from '../../support/sharing-calls';
import { EDITOR, form, newRuntime, preload, setUp, USERS, type ApiAnswer } from './support';

/** Owner and editors: the editor check asks getEditors and each one's email. */
const EDITOR_CHECK = 1 + USERS.filter((u) => u.role === 'owner' || u.role === 'editor').length;

function spreadsheetCalls(e: { calls: { service: string; method: string }[] }): string {
  return e.calls
    .filter((c) => c.service === 'spreadsheet')
    .map((c) => c.method)
    .join(', ');
}

describe('service-call budgets', () => {
  it('with 50,000 interactions: a card takes ≤ 7 spreadsheet calls and a save ≤ 10, besides the editor check', () => {
    const rt = newRuntime({ customers: 2000 });
    setUp(rt);
    preload(rt, 50_000, 2000);
    rt.run('recalculateTiers', [], { user: EDITOR });
    expect(rt.runFromBrowser('sidebarInit', [], { user: EDITOR }).ok).toBe(true);
    const first = rt.runFromBrowser<ApiAnswer>('sidebarLogInteraction', [form()], { user: EDITOR });
    expect(first.value?.ok, JSON.stringify(first.value)).toBe(true);

    const card = rt.runFromBrowser<ApiAnswer>('sidebarCard', [{ customerId: 'C0007' }], {
      user: EDITOR,
    });
    expect(card.value?.ok).toBe(true);
    console.log(
      `card: ${card.count('spreadsheet')} spreadsheet calls (${spreadsheetCalls(card)}); ${card.callCount} calls in all`,
    );
    // The editor check is asked afresh in every execution (never cached): its calls are
    // counted apart, and the card's own reads keep their budget.
    expect(splitSharingCalls(card)).toEqual({ sharing: EDITOR_CHECK, rest: expect.any(Number) });
    expect(splitSharingCalls(card).rest).toBeLessThanOrEqual(7);

    const save = rt.runFromBrowser<ApiAnswer>(
      'sidebarLogInteraction',
      [form({ customerId: 'C0007' })],
      { user: EDITOR },
    );
    expect(save.value?.ok, JSON.stringify(save.value)).toBe(true);
    console.log(
      `save: ${save.count('spreadsheet')} spreadsheet calls (${spreadsheetCalls(save)}); ${save.callCount} calls in all`,
    );
    // getActive, 3 tables x 2, the next row's range, its write, flush.
    expect(splitSharingCalls(save)).toEqual({ sharing: EDITOR_CHECK, rest: expect.any(Number) });
    expect(splitSharingCalls(save).rest).toBeLessThanOrEqual(10);
    expect(rt.workbook.values('Interactions').filter((r) => r.some((c) => c !== ''))).toHaveLength(
      50_003,
    );
  });

  it('the counts do not grow with the number of rows', () => {
    const counts = [100, 20_000].map((n) => {
      const rt = newRuntime({ customers: 50 });
      setUp(rt);
      preload(rt, n, 50);
      rt.run('recalculateTiers', [], { user: EDITOR });
      rt.runFromBrowser('sidebarLogInteraction', [form()], { user: EDITOR });
      const card = rt.runFromBrowser('sidebarCard', [{ customerId: 'C0003' }], { user: EDITOR });
      const save = rt.runFromBrowser('sidebarLogInteraction', [form()], { user: EDITOR });
      return [card.count('spreadsheet'), save.count('spreadsheet')];
    });
    expect(counts[1]).toEqual(counts[0]);
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
      /Recalculated 100000 customers: 1000 A, 4000 B, 15000 C, 80000 D/,
    );
    // The editor check first (getActive, then the sharing calls, bounded by the people the
    // file is shared with). Then three tables (Customers, Interactions for last contact and
    // follow-up, Settings for the cuts): getActive + 3 x (getRange + getValues) + the owned
    // block's range + its write = 9, plus the toast that tells the user it is done. The count
    // is fixed: the same for 10 or 100,000 rows.
    const { sharing, rest } = splitSharingCalls(recalc);
    expect(rest).toBeLessThanOrEqual(11);
    expect(sharing).toBeLessThanOrEqual(2 + USERS.length);
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
