/**
 * The report job's decisions, without Apps Script: given what a run read (the tiers now, the
 * committed state, the Tier History rows past it, the schedule, the mail ledger, who can open
 * the spreadsheet, the mail quota), what it records and whom it mails. The job only reads,
 * writes in its documented order, sends and records (src/addon/report/job/run-job.ts).
 *
 * Exactly once: a run's history rows are appended before its state is committed; rows past
 * the committed state that a run of the add-on wrote are applied to the state, not detected
 * again; anything else past it is reported and left alone. A recipient gets at most one
 * digest per period (the ledger), and only while they can open the spreadsheet.
 */
import type { Locale } from '../i18n';
import type { Pyramid, ValueBasis } from '../pyramid';
import { baselineReason, type BaselineCause } from './baseline-reason';
import { historyEntries } from './history-entries';
import { isBaselineRow, isRunRow, type HistoryEntry } from './history-row';
import {
  digestStart,
  dueRecipients,
  prunedLedger,
  type LedgerEntry,
  type MailLedger,
} from './mail-ledger';
import { netChanges } from './net-changes';
import { rollForward, runNumber } from './roll-forward';
import { detectTierChanges, type RankedCustomer, type TierChange } from './tier-changes';
import {
  encodeTierState,
  type CommittedCustomer,
  type StateReading,
  type TierState,
} from './tier-state';

/**
 * The first Tier History row (0-based, below the header) the run must read before planning:
 * the rows past the committed state, or — without a usable state — the last row, which says
 * whether an interrupted run already recorded the new baseline.
 */
export function tailStart(reading: StateReading, dataRows: number): number {
  if (reading.kind === 'committed') return Math.min(reading.state.historyRows, dataRows);
  return Math.max(0, dataRows - 1);
}

export interface RecordInput {
  readonly reading: StateReading;
  /** Tier History rows below the header now. */
  readonly dataRows: number;
  /** The rows from {@link tailStart} to the end, as read. */
  readonly tail: readonly HistoryEntry[];
  /** The book now, ranked and tiered (a customer id listed twice: its first row counts). */
  readonly ranked: readonly RankedCustomer[];
  readonly pyramid: Pyramid;
  readonly pareto: number | null;
  /** Today, `yyyy-MM-dd` in the spreadsheet's time zone. */
  readonly date: string;
  /** The language of the history's reasons. */
  readonly locale: Locale;
  readonly basis: ValueBasis;
  readonly rules: string;
}

export interface RecordPlan {
  readonly run: string;
  /** Nothing to compare with: the tiers now become the baseline, no change is detected. */
  readonly baseline: boolean;
  /** Set when the baseline replaces a state that was lost or damaged (a row says so). */
  readonly newBaseline: BaselineCause | null;
  /** The committed state brought up to date: what the changes were detected against. */
  readonly previous: TierState;
  /** Rows the previous state already covered: a first digest starts here. */
  readonly committedRows: number;
  /** Rows past the committed state that no run of the add-on wrote (0-based): reported only. */
  readonly ignoredRows: readonly number[];
  /** The rows to append, in order. */
  readonly append: readonly HistoryEntry[];
  /** Tier History rows below the header once the append is done. */
  readonly historyRows: number;
  /** The state to commit, and its cells. */
  readonly state: TierState;
  readonly stateCells: readonly string[];
}

function latestOf(ranked: readonly RankedCustomer[]): Map<string, CommittedCustomer> {
  const latest = new Map<string, CommittedCustomer>();
  for (const c of ranked)
    if (!latest.has(c.id)) latest.set(c.id, { name: c.name, tier: c.tier, value: c.value });
  return latest;
}

/** What the run records: the history rows to append and the state to commit. */
export function planRecord(input: RecordInput): RecordPlan {
  const { reading, dataRows, tail } = input;
  const from = tailStart(reading, dataRows);
  let previous: TierState;
  let newBaseline: BaselineCause | null = null;
  let baselineRecorded = false;
  const ignoredRows: number[] = [];
  if (reading.kind === 'committed') {
    const committed = { ...reading.state, historyRows: from };
    const applied: HistoryEntry[] = [];
    tail.forEach((e, i) => {
      // Only a run after the commit can have left rows here; a baseline row needs no state.
      if (isRunRow(e) && !isBaselineRow(e) && runNumber(e.run) > committed.seq) applied.push(e);
      else ignoredRows.push(from + i);
    });
    // Ignored rows stay where they are: the history rows the state covers include them.
    previous = { ...rollForward(committed, applied), historyRows: dataRows };
  } else {
    const last = tail[tail.length - 1];
    const lastRun = last && isRunRow(last) ? runNumber(last.run) : 0;
    if (dataRows > 0)
      newBaseline =
        reading.kind === 'damaged' ? { kind: 'damaged', detail: reading.detail } : { kind: 'lost' };
    // The last row is a new-baseline row: an interrupted run wrote it, and this run finishes
    // that run (one row per new baseline, however often it is retried). A state damaged
    // again before any change was recorded is told by that same row.
    baselineRecorded = last !== undefined && isRunRow(last) && isBaselineRow(last);
    previous = {
      seq: baselineRecorded ? lastRun - 1 : lastRun,
      historyRows: dataRows,
      pareto: null,
      customers: new Map(),
    };
  }
  const baseline = reading.kind !== 'committed';
  const run = `r${previous.seq + 1}`;
  const context = {
    date: input.date,
    locale: input.locale,
    basis: input.basis,
    rules: input.rules,
    run,
  };
  const append: HistoryEntry[] = baseline
    ? newBaseline && !baselineRecorded
      ? [
          {
            ...context,
            customerId: '',
            name: '',
            from: null,
            to: null,
            value: 0,
            rank: null,
            of: input.pyramid.n,
            reason: baselineReason(newBaseline, latestOf(input.ranked).size, input.locale),
          },
        ]
      : []
    : historyEntries(detectTierChanges(previous.customers, input.ranked), input.pyramid, context);
  const historyRows = dataRows + append.length;
  const state: TierState = {
    seq: previous.seq + 1,
    historyRows,
    pareto: input.pareto,
    customers: latestOf(input.ranked),
  };
  return {
    run,
    baseline,
    newBaseline,
    previous,
    committedRows: reading.kind === 'committed' ? from : dataRows,
    ignoredRows,
    append,
    historyRows,
    state,
    stateCells: encodeTierState(state),
  };
}

/** Why a due recipient was not mailed. */
export type SkipReason = 'cannotOpen';

export interface MailInput {
  /** The schedule's recipients, lower case. */
  readonly recipients: readonly string[];
  readonly ledger: MailLedger;
  /** The period's key. */
  readonly period: string;
  /** Where a first digest starts (no digest in the ledger yet). */
  readonly fallback: { readonly from: number; readonly previousPareto: number | null };
  /** History rows once this run's are appended; the 80/20 share now. */
  readonly historyRows: number;
  readonly pareto: number | null;
  /**
   * Who can open the spreadsheet now (lower case), and the mail quota left: read only when
   * someone is due, and the quota only when someone due may be mailed.
   */
  readonly canOpen: () => readonly string[];
  readonly quota: () => number;
}

export interface MailPlan {
  /** The ledger limited to the schedule's recipients: the sends start from it. */
  readonly ledger: MailLedger;
  /** Recipients who already have this period's digest. */
  readonly alreadySent: readonly string[];
  /** Due recipients who cannot open the spreadsheet now: not mailed, and why. */
  readonly skipped: readonly { readonly recipient: string; readonly reason: SkipReason }[];
  /** Due recipients left for the next run because the quota is spent. */
  readonly waitingForQuota: readonly string[];
  /** The digests to send now, in order, each with the ledger entry to record. */
  readonly outgoing: readonly {
    readonly recipient: string;
    readonly entry: Omit<LedgerEntry, 'status'>;
  }[];
}

/** Who is due which digest now, who is skipped and why, who waits for quota. */
export function planMail(input: MailInput): MailPlan {
  const ledger = prunedLedger(input.ledger, input.recipients);
  const due = dueRecipients(ledger, input.recipients, input.period);
  const alreadySent = input.recipients.filter((r) => !due.includes(r));
  const none = { ledger, alreadySent, skipped: [], waitingForQuota: [], outgoing: [] };
  if (due.length === 0) return none;
  const allowed = new Set(input.canOpen());
  const skipped = due
    .filter((r) => !allowed.has(r))
    .map((recipient) => ({ recipient, reason: 'cannotOpen' as const }));
  const mailable = due.filter((r) => allowed.has(r));
  if (mailable.length === 0) return { ...none, skipped };
  const quota = Math.max(0, Math.floor(input.quota()));
  const outgoing = mailable.slice(0, quota).map((recipient) => {
    const start = digestStart(ledger, recipient, input.period, input.fallback);
    return {
      recipient,
      entry: {
        period: input.period,
        from: start.from,
        to: input.historyRows,
        previousPareto: start.previousPareto,
        pareto: input.pareto,
      },
    };
  });
  return { ledger, alreadySent, skipped, waitingForQuota: mailable.slice(quota), outgoing };
}

/**
 * The changes a digest covering rows `from`…`to` reports, netted per customer. `rowAt(i)`
 * is history row i (0-based); rows that are not a run's change rows (a baseline row, a row
 * typed by hand) are left out.
 */
export function digestChanges(
  rowAt: (i: number) => HistoryEntry | undefined,
  from: number,
  to: number,
): TierChange[] {
  const covered: HistoryEntry[] = [];
  for (let i = from; i < to; i++) {
    const row = rowAt(i);
    if (row && isRunRow(row) && !isBaselineRow(row)) covered.push(row);
  }
  return netChanges(covered);
}
