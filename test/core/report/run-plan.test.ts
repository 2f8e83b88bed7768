/**
 * The report job's planner, pure: exactly once (a run killed between writing its rows and
 * committing its state, then run again, records what one clean run records), Tier History and
 * Tier State consistent, rows no run wrote never applied, a lost or damaged state recorded as
 * a new baseline once, and mail only to people who can open the sheet, once per period.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tier } from '../../../src/core/crm/vocabulary';
import { buildPyramid, paretoShareOfSorted, tierOf } from '../../../src/core/pyramid';
import {
  historyEntryOf,
  historyRowValues,
  isBaselineRow,
  isRunRow,
  type HistoryEntry,
} from '../../../src/core/report/history-row';
import { EMPTY_LEDGER, withEntry, type MailLedger } from '../../../src/core/report/mail-ledger';
import {
  digestChanges,
  planMail,
  planRecord,
  tailStart,
  type RecordPlan,
} from '../../../src/core/report/run-plan';
import type { RankedCustomer } from '../../../src/core/report/tier-changes';
import { readTierState } from '../../../src/core/report/tier-state';

type Book = Record<string, number>;

/** The sheets as the job sees them: Tier History rows (as written) and the state cells. */
interface Sheets {
  history: (string | number)[][];
  state: string[];
}

function ranked(book: Book): {
  ranked: RankedCustomer[];
  pyramid: ReturnType<typeof buildPyramid>;
  pareto: number | null;
} {
  const ids = Object.keys(book);
  const pyramid = buildPyramid(ids.map((id) => book[id]!));
  const share = paretoShareOfSorted(pyramid.sorted, 0.2);
  return {
    ranked: ids.map((id) => ({
      id,
      name: `Name ${id}`,
      value: book[id]!,
      tier: tierOf(book[id]!, pyramid) as Tier,
    })),
    pyramid,
    pareto: Number.isNaN(share) ? null : share,
  };
}

/** Plans one run over `sheets` for `book`, as run-job.ts does. */
function plan(sheets: Sheets, book: Book): RecordPlan {
  const reading = readTierState(sheets.state);
  const dataRows = sheets.history.length;
  const from = tailStart(reading, dataRows);
  const tail = sheets.history.slice(from).map((r) => historyEntryOf(r, 'UTC'));
  return planRecord({
    reading,
    dataRows,
    tail,
    ...ranked(book),
    date: '2026-12-07',
    locale: 'en',
    basis: 'revenue',
    rules: 'v1 revenue 1%/5%/20%',
  });
}

/** One run: `kill` 0 dies before the append, 1 between the append and the commit, 2 finishes. */
function run(sheets: Sheets, book: Book, kill: 0 | 1 | 2 = 2): RecordPlan {
  const p = plan(sheets, book);
  if (kill >= 1) sheets.history.push(...p.append.map(historyRowValues));
  if (kill >= 2) sheets.state = [...p.stateCells];
  return p;
}

const committedTiers = (sheets: Sheets): Record<string, Tier> => {
  const r = readTierState(sheets.state);
  if (r.kind !== 'committed') throw new Error(r.kind);
  return Object.fromEntries([...r.state.customers].map(([id, c]) => [id, c.tier]));
};

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const bookArb = fc
  .dictionary(fc.constantFrom(...IDS), fc.integer({ min: 1, max: 1000 }), { minKeys: 1 })
  .map((d) => ({ ...d }) as Book);

describe('planRecord', () => {
  it('the first run is a silent baseline; later runs record changes against it', () => {
    const sheets: Sheets = { history: [], state: [] };
    const first = run(sheets, { a: 10, b: 5 });
    expect(first).toMatchObject({ run: 'r1', baseline: true, newBaseline: null, append: [] });
    const second = run(sheets, { a: 1, b: 5, c: 7 });
    expect(second.baseline).toBe(false);
    expect(second.append.map((e) => `${e.customerId} ${e.from}→${e.to} ${e.run}`)).toEqual([
      'a A→D r2',
      'c null→A r2',
    ]);
    expect(committedTiers(sheets)).toEqual({ a: 'D', b: 'D', c: 'A' });
  });

  it('a state lost or damaged over an existing history: one new-baseline row, said why', () => {
    for (const [cells, cause] of [
      [['hello'], 'damaged'],
      [[], 'lost'],
      [['{"v":1,"seq":2,"historyRows":2,"pareto":null,"customers":3,"chunks":0}'], 'damaged'],
    ] as const) {
      const sheets: Sheets = { history: [], state: [] };
      run(sheets, { a: 10, b: 5 });
      run(sheets, { a: 1, b: 5 });
      sheets.state = [...cells];
      const p = run(sheets, { a: 1, b: 5 });
      expect(p.baseline).toBe(true);
      expect(p.newBaseline?.kind).toBe(cause);
      expect(p.append).toHaveLength(1);
      expect(isBaselineRow(p.append[0]!) && isRunRow(p.append[0]!)).toBe(true);
      expect(p.append[0]!.reason).toMatch(/^New baseline: the hidden Tier State sheet was/);
      // Killed after writing the row: the rerun finishes it, without a second row.
      sheets.state = [...cells];
      sheets.history.pop();
      run(sheets, { a: 1, b: 5 }, 1);
      const rows = sheets.history.length;
      const again = run(sheets, { a: 1, b: 5 });
      expect(again.append).toEqual([]);
      expect(sheets.history).toHaveLength(rows);
      expect(again.run).toBe(p.run);
    }
  });

  it('a row typed below the committed history is reported, not applied', () => {
    const sheets: Sheets = { history: [], state: [] };
    run(sheets, { a: 10, b: 5 });
    run(sheets, { a: 1, b: 5 });
    const before = committedTiers(sheets);
    sheets.history.push(['2026-12-08', 'b', 'Name b', 'A', 'D', 5, '', 2, 'typed', '', '']);
    const p = run(sheets, { a: 1, b: 5 });
    expect(p.ignoredRows).toEqual([sheets.history.length - 1]);
    expect(p.append).toEqual([]);
    expect(committedTiers(sheets)).toEqual(before);
    // A row that copies a run's shape but carries an old run id is not a run's either.
    const copied = [...sheets.history[0]!];
    sheets.history.push(copied);
    expect(run(sheets, { a: 1, b: 5 }).ignoredRows).toEqual([sheets.history.length - 1]);
  });

  it('property: kill and rerun equals one clean run; replaying the history gives the state', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            bookArb,
            fc.array(fc.constantFrom(0, 1) as fc.Arbitrary<0 | 1>, { maxLength: 3 }),
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (steps) => {
          const clean: Sheets = { history: [], state: [] };
          const faulty: Sheets = { history: [], state: [] };
          for (const [book, kills] of steps) {
            run(clean, book);
            for (const kill of kills) run(faulty, book, kill);
            run(faulty, book);
            // The same rows (a rerun numbers later runs on, so the Run column may differ).
            const rows = (x: Sheets) => x.history.map((r) => r.slice(0, 10));
            expect(rows(faulty)).toEqual(rows(clean));
            // The same committed tiers and history count (a rerun only numbers runs on).
            const facts = (x: Sheets) => {
              const r = readTierState(x.state);
              return r.kind === 'committed' ? { ...r.state, seq: 0 } : r;
            };
            expect(facts(faulty)).toEqual(facts(clean));
          }
          // Tier History ⇔ Tier State: the baseline plus every row gives the committed tiers.
          const replay = new Map<string, Tier>();
          const first = steps[0]![0];
          const base = ranked(first).ranked;
          for (const c of base) replay.set(c.id, c.tier);
          for (const row of clean.history) {
            const e = historyEntryOf(row, 'UTC');
            if (e.to === null) replay.delete(e.customerId);
            else replay.set(e.customerId, e.to);
          }
          expect(Object.fromEntries(replay)).toEqual(committedTiers(clean));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: rows typed in between runs never change what the runs record', () => {
    const junk = fc.array(
      fc.oneof(
        fc.constant<(string | number)[]>(['', '', '', '', '', '', '', '', 'a note', '', '']),
        fc
          .tuple(fc.constantFrom(...IDS), fc.constantFrom('A', 'B', 'C', 'D', ''))
          .map(([id, t]): (string | number)[] => [
            '2026-12-08',
            id,
            'x',
            'A',
            t,
            1,
            '',
            8,
            'typed',
            '',
            '',
          ]),
      ),
      { maxLength: 2 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(bookArb, junk), { minLength: 1, maxLength: 6 }), (steps) => {
        const clean: Sheets = { history: [], state: [] };
        const typed: Sheets = { history: [], state: [] };
        for (const [i, [book, rows]] of steps.entries()) {
          run(clean, book);
          // Typed once a baseline exists (before it, any row makes Tier History non-empty).
          if (i > 0) typed.history.push(...rows);
          const p = run(typed, book);
          if (readTierState(typed.state).kind === 'committed' && typed.history.length > 0)
            expect(p.ignoredRows.length).toBeLessThanOrEqual(rows.length);
          const runRows = (s: Sheets) =>
            s.history.filter((r) => isRunRow(historyEntryOf(r, 'UTC')));
          expect(runRows(typed)).toEqual(runRows(clean));
          expect(committedTiers(typed)).toEqual(committedTiers(clean));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('planMail', () => {
  const base = {
    period: '2026-W50',
    fallback: { from: 0, previousPareto: null },
    historyRows: 3,
    pareto: 0.5,
  };

  it('skips who cannot open the sheet, asks the sharing only when someone is due, then the quota', () => {
    let asked = 0;
    const p = planMail({
      ...base,
      recipients: ['ann', 'vic', 'eve'],
      ledger: EMPTY_LEDGER,
      canOpen: () => (asked++, ['ann', 'vic']),
      quota: () => 1,
    });
    expect(p.skipped).toEqual([{ recipient: 'eve', reason: 'cannotOpen' }]);
    expect(p.outgoing.map((o) => o.recipient)).toEqual(['ann']);
    expect(p.waitingForQuota).toEqual(['vic']);
    let ledger: MailLedger = p.ledger;
    for (const o of p.outgoing)
      ledger = withEntry(ledger, o.recipient, { ...o.entry, status: 'sent' });
    const none = planMail({
      ...base,
      recipients: ['ann'],
      ledger,
      canOpen: () => {
        throw new Error('not asked: nobody due');
      },
      quota: () => {
        throw new Error('not asked');
      },
    });
    expect(none.alreadySent).toEqual(['ann']);
    expect(asked).toBe(1);
    // Nobody who may be mailed: the quota is not asked.
    expect(
      planMail({
        ...base,
        recipients: ['eve'],
        ledger: EMPTY_LEDGER,
        canOpen: () => [],
        quota: () => {
          throw new Error('not asked');
        },
      }).skipped,
    ).toHaveLength(1);
  });

  it('property: nobody twice a period, nobody who cannot open the sheet at send time', () => {
    const people = ['ann', 'li', 'vic', 'eve'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            period: fc.integer({ min: 0, max: 2 }),
            canOpen: fc.subarray(people),
            quota: fc.integer({ min: 0, max: 4 }),
            killAfter: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (runs) => {
          let ledger: MailLedger = EMPTY_LEDGER;
          let period = 0;
          const mailed: string[] = [];
          for (const r of runs) {
            period = Math.max(period, r.period);
            const key = `P${period}`;
            const p = planMail({
              ...base,
              period: key,
              recipients: people,
              ledger,
              canOpen: () => r.canOpen,
              quota: () => r.quota,
            });
            ledger = p.ledger;
            // The send loop: pending before each send (a kill leaves it pending), then sent.
            for (const [i, o] of p.outgoing.entries()) {
              if (r.killAfter !== undefined && i > r.killAfter) break;
              ledger = withEntry(ledger, o.recipient, { ...o.entry, status: 'pending' });
              expect(r.canOpen).toContain(o.recipient);
              mailed.push(`${key} ${o.recipient}`);
            }
            expect(p.outgoing.length).toBeLessThanOrEqual(r.quota);
          }
          expect(new Set(mailed).size).toBe(mailed.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('digestChanges', () => {
  it('reports the runs’ change rows only: no baseline row, no typed row', () => {
    const rows: HistoryEntry[] = [
      ['2026-12-07', 'a', 'A', 'B', 'A', 5, 1, 2, 'why', 'v1', 'r2'],
      ['2026-12-07', '', '', '', '', 0, '', 2, 'New baseline: …', 'v1', 'r3'],
      ['2026-12-08', 'b', 'B', 'A', 'D', 5, '', 2, 'typed', '', ''],
    ].map((r) => historyEntryOf(r, 'UTC'));
    expect(digestChanges((i) => rows[i], 0, 3).map((c) => c.customerId)).toEqual(['a']);
  });
});
