/**
 * The report job: one run under the document lock. What to record and whom to mail is
 * decided by the pure planner (core/report/run-plan.ts); this side reads, writes in the
 * order below, sends and records.
 *
 * Under the lock, first: the schedule, its owner and the caller's recorded trigger id. A
 * trigger run that is no longer the current schedule's (stopped, taken over, replaced while
 * it waited) does nothing but remove its own stale trigger.
 *
 * Write order — what makes a run killed at any service call safe to repeat (the same history,
 * each change mailed once):
 *   1. read everything (tables, the committed state) in a fixed number of calls;
 *   2. roll forward: Tier History rows past the state's `historyRows` that a run of the
 *      add-on wrote (its run id, its shape) are applied to the state, not detected again;
 *      other rows there are reported and left alone;
 *   3. append this run's rows to Tier History, in one write, each tagged with the run id;
 *   4. commit the new state (tiers, values, the history row count) in one write, then flush;
 *   5. mail, around the ledger (see send-digests.ts): pending → send → sent, only to
 *      recipients who can open the spreadsheet at that moment.
 * A failure before 3 changes nothing; between 3 and 4 the next run rolls the rows forward;
 * after 4 the next run finds nothing new to record; in 5 nobody gets a period's digest twice.
 */
import { dayInZone } from '../../../core/calendar';
import type { Tier } from '../../../core/crm/vocabulary';
import { type Locale } from '../../../core/i18n';
import {
  buildPyramid,
  paretoShareOfSorted,
  summarizeBuiltPyramid,
  tierOf,
} from '../../../core/pyramid';
import { InputError } from '../../../core/range-input/input-error';
import { buildDigestModel, PARETO_TOP_SHARE } from '../../../core/report/build-digest';
import {
  historyEntryOf,
  historyRowValues,
  type HistoryEntry,
} from '../../../core/report/history-row';
import { periodOf } from '../../../core/report/period';
import { renderDigest } from '../../../core/report/render';
import { ruleVersion } from '../../../core/report/rule-version';
import { digestChanges, planMail, planRecord, tailStart } from '../../../core/report/run-plan';
import type { ReportSchedule } from '../../../core/report/schedule';
import type { RankedCustomer } from '../../../core/report/tier-changes';
import { readTierState } from '../../../core/report/tier-state';
import { buildWatchList, type WatchCustomer } from '../../../core/report/watch-list';
import { toContact, toInteraction, type InteractionRecord } from '../../../core/store/records';
import { CONTACTS, CUSTOMERS, INTERACTIONS, SETTINGS } from '../../../core/store/schema';
import { readSettings, type TeamSettings } from '../../../core/store/settings';
import { summarizeErrors } from '../../../core/store/table';
import type { DbContext } from '../../database/context';
import { saveLayout } from '../../database/layout';
import { parseCustomers, parseTable } from '../../database/parse-tables';
import { readTables } from '../../database/read-tables';
import { spreadsheetLocale } from '../../locale';
import type { SharingNow } from '../../server/access';
import { ApiFailure } from '../../server/api-failure';
import { withDocumentLock } from '../../server/document-lock';
import { recordedTriggerId, removeOwnReportTriggers } from '../report-trigger';
import { loadSchedule } from '../schedule-store';
import { groupBy } from './group-by';
import type { RunNotes } from './health';
import { loadLedger } from './ledger-store';
import { sendDigests, type Outgoing } from './send-digests';
import {
  appendHistoryRows,
  findHistorySheet,
  readHistoryRows,
  readStateCells,
  STATE_A1,
  writeStateCells,
} from './tier-sheets';

/** What a run did, for the menu's message and the tests. */
export interface JobOutcome {
  /** True on the first run: the tiers now became the baseline (no change rows). */
  readonly baseline: boolean;
  readonly customers: number;
  /** Tier History rows this run appended. */
  readonly changes: number;
  readonly run: string;
  /** The period's key, when a schedule is saved. */
  readonly period: string | null;
  readonly sent: string[];
  /** Recipients who already have this period's digest. */
  readonly alreadySent: readonly string[];
  /** Recipients left for the next run because the mail quota is spent. */
  readonly waitingForQuota: readonly string[];
  /** A send that failed (the recipient is tried again on the next run). */
  readonly failure: { recipient: string; message: string } | null;
  /** What the run left undone or found: skipped recipients, rows not applied, a new baseline. */
  readonly notes: RunNotes;
}

/** Who runs the job: the schedule's trigger (as its owner) or a person at the menu. */
export type JobCaller =
  | { readonly kind: 'trigger'; readonly me: string; readonly firedUid: string | undefined }
  | { readonly kind: 'menu' };

/** A run that found it is no longer the current schedule's, or the run's outcome. */
export type JobResult =
  | { readonly kind: 'stale'; readonly removedTriggers: number }
  | {
      readonly kind: 'ran';
      readonly schedule: ReportSchedule | null;
      readonly outcome: JobOutcome;
    };

/**
 * True when a trigger run belongs to the schedule saved now: the schedule exists, the trigger
 * runs as its owner, and the trigger that fired is the one recorded for them (a run started by
 * hand, without an event, has no trigger to compare).
 */
function isCurrentRun(
  schedule: ReportSchedule | null,
  caller: Extract<JobCaller, { kind: 'trigger' }>,
): boolean {
  if (!schedule || schedule.owner.trim().toLowerCase() !== caller.me) return false;
  const recorded = recordedTriggerId(caller.me);
  return caller.firedUid === undefined || recorded === undefined || recorded === caller.firedUid;
}

/**
 * Runs the job under the document lock: the schedule (and, for a trigger, whether this run is
 * still the schedule's) is read after the lock is taken, so a Stop or a take-over that
 * finished while this run waited wins. `open` gives the context, once the run goes ahead.
 */
export function runReportJob(
  locale: Locale,
  caller: JobCaller,
  open: () => DbContext,
  sharing: SharingNow,
): JobResult {
  return withDocumentLock(
    locale,
    (): JobResult => {
      const schedule = loadSchedule();
      if (caller.kind === 'trigger' && !isCurrentRun(schedule, caller))
        return {
          kind: 'stale',
          removedTriggers: removeOwnReportTriggers(caller.me, caller.firedUid),
        };
      return { kind: 'ran', schedule, outcome: runLocked(open(), schedule, sharing) };
    },
    // The run flushes right after its last sheet write (the commit), before any mail.
    { flushed: true },
  );
}

function settingsOf(values: unknown[][], locale: Locale): TeamSettings {
  const read = readSettings(values, locale);
  if (read.errors.length > 0) throw new ApiFailure('invalid', summarizeErrors(read.errors, locale));
  return read.settings;
}

function runLocked(
  ctx: DbContext,
  schedule: ReportSchedule | null,
  sharing: SharingNow,
): JobOutcome {
  const { ss, layout, locale, timeZone } = ctx;
  const now = new Date();
  // 1. Read: the four tables and the state column in one range list.
  const read = readTables(ss, [CUSTOMERS, INTERACTIONS, CONTACTS, SETTINGS], layout, locale, [
    STATE_A1,
  ]);
  if (read.layoutChanged) saveLayout(layout);
  const [customerValues, interactionValues, contactValues, settingValues] = read.tables.map(
    (t) => t.values,
  ) as [unknown[][], unknown[][], unknown[][], unknown[][]];
  // The state column rides in the tables' range list; when that failed (no state sheet yet,
  // or any other reason — never guess), the sheet is asked for.
  const stateRange = read.extra?.[0];
  const stateRead = stateRange
    ? { cells: stateRange.getValues().map((row) => row[0]), exists: true }
    : readStateCells(ss);

  const settings = settingsOf(settingValues, locale);
  const basis = settings.valueBasis;
  const { table, customers } = parseCustomers(customerValues, { ...ctx, valueBasis: basis });
  const bad = table.errors.filter((_, i) => table.errorKeys[i] === basis);
  if (bad.length > 0) throw new ApiFailure('invalid', summarizeErrors(bad, locale));

  // The pyramid now.
  const ranked: RankedCustomer[] = [];
  const owners = new Map<string, readonly string[]>();
  for (const c of customers) {
    const value = basis === 'profit' ? c.profit : c.revenue;
    if (value === null || c.id === '') continue;
    ranked.push({ id: c.id, name: c.name, value, tier: 'D' });
    if (!owners.has(c.id)) owners.set(c.id, c.owners);
  }
  let pyramid;
  try {
    pyramid = buildPyramid(
      ranked.map((c) => c.value),
      settings.tierCuts,
    );
  } catch (error) {
    if (error instanceof InputError) throw new ApiFailure('invalid', `Settings: ${error.message}`);
    throw error;
  }
  const rankedNow = ranked.map((c) => ({ ...c, tier: tierOf(c.value, pyramid) as Tier }));
  const share = paretoShareOfSorted(pyramid.sorted, PARETO_TOP_SHARE);
  const pareto = Number.isNaN(share) ? null : share;

  // 2. The committed state and the Tier History rows past it.
  const reading = readTierState(stateRead.cells);
  const history = findHistorySheet(ss);
  const lastRow = history ? history.getLastRow() : 0;
  const dataRows = Math.max(0, lastRow - 1);
  const tailFrom = tailStart(reading, dataRows);
  const tail = readHistoryRows(history, tailFrom, lastRow).map((row) =>
    historyEntryOf(row, timeZone),
  );
  const plan = planRecord({
    reading,
    dataRows,
    tail,
    ranked: rankedNow,
    pyramid,
    pareto,
    date: dayInZone(now, timeZone),
    locale:
      settings.language !== 'auto'
        ? settings.language
        : (schedule?.language ?? spreadsheetLocale()),
    basis,
    rules: ruleVersion(basis, settings.tierCuts),
  });

  // 3. This run's rows, appended in one write; 4. the state committed.
  appendHistoryRows(ss, history, lastRow, plan.append.map(historyRowValues));
  writeStateCells(ss, plan.stateCells, { ...stateRead, column: stateRange });
  SpreadsheetApp.flush();

  const notes: RunNotes = {
    at: now.toISOString(),
    skipped: [],
    ignoredRows: plan.ignoredRows.map((i) => i + 2),
    newBaseline:
      plan.newBaseline === null
        ? null
        : plan.newBaseline.kind === 'lost'
          ? 'lost'
          : plan.newBaseline.detail,
  };
  const outcome = {
    baseline: plan.baseline,
    customers: plan.state.customers.size,
    changes: plan.append.length,
    run: plan.run,
    period: null as string | null,
    sent: [] as string[],
    alreadySent: [] as readonly string[],
    waitingForQuota: [] as readonly string[],
    failure: null as JobOutcome['failure'],
    notes,
  };
  if (!schedule) return outcome;

  // 5. The digests: who is due this period and may get it now, what each covers, the sends.
  const period = periodOf(now, schedule.frequency, timeZone);
  const mail = planMail({
    recipients: schedule.recipients,
    ledger: loadLedger(),
    period: period.key,
    fallback: { from: plan.committedRows, previousPareto: plan.previous.pareto },
    historyRows: plan.historyRows,
    pareto,
    canOpen: () => sharing.canOpen(),
    quota: () => MailApp.getRemainingDailyQuota(),
  });
  outcome.period = period.key;
  outcome.alreadySent = mail.alreadySent;
  outcome.waitingForQuota = mail.waitingForQuota;
  outcome.notes = { ...notes, skipped: mail.skipped.map((s) => s.recipient) };
  if (mail.outgoing.length === 0) return outcome;

  // History rows the digests cover: earlier ones read once, the rest are in memory.
  const base = Math.min(tailFrom, ...mail.outgoing.map((o) => o.entry.from));
  const earlier = readHistoryRows(history, base, tailFrom + 1).map((r) =>
    historyEntryOf(r, timeZone),
  );
  const rows: HistoryEntry[] = [...earlier, ...tail, ...plan.append];
  const rowAt = (i: number): HistoryEntry | undefined => rows[i - base];

  const interactions = parseTable(INTERACTIONS, interactionValues, {
    ...ctx,
    keyColumn: 'customerId',
    keys: ['loggedAt', 'customerId', 'date', 'nextStep', 'followUpDate'],
  }).rows.map(toInteraction);
  const contacts = parseTable(CONTACTS, contactValues, ctx).rows.map(toContact);
  const watch = buildWatchList({
    customers: rankedNow.map((c): WatchCustomer => ({ ...c, owners: owners.get(c.id) ?? [] })),
    interactions: groupBy(interactions, (i: InteractionRecord) => i.customerId),
    contacts,
    previous: plan.previous.customers,
    limitDays: { A: settings.reportDaysA, B: settings.reportDaysB },
    today: dayInZone(now, timeZone),
  });
  const summary = summarizeBuiltPyramid(pyramid);
  const generatedAt = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm');
  const spreadsheetName = ss.getName();
  const spreadsheetUrl = ss.getUrl();

  const rendered = new Map<string, ReturnType<typeof renderDigest>>();
  const outgoing: Outgoing[] = mail.outgoing.map(({ recipient, entry }) => {
    const key = `${entry.from}|${String(entry.previousPareto)}`;
    let digest = rendered.get(key);
    if (!digest) {
      digest = renderDigest(
        buildDigestModel({
          locale: schedule.language,
          spreadsheetName,
          spreadsheetUrl,
          timeZone,
          period,
          generatedAt,
          valueBasis: basis,
          pyramid,
          summary,
          pareto,
          previousPareto: entry.previousPareto,
          changes: digestChanges(rowAt, Math.min(entry.from, dataRows), plan.historyRows),
          customers: rankedNow,
          watch,
          noChangeNote: settings.reportNoChangeNote,
          baseline: plan.baseline,
        }),
      );
      rendered.set(key, digest);
    }
    return { recipient, digest, entry };
  });
  const result = sendDigests(mail.ledger, outgoing);
  outcome.sent = result.sent;
  outcome.failure = result.failure;
  return outcome;
}
