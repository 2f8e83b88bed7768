/**
 * The report job: one run under the document lock.
 *
 * Write order — what makes a run killed at any service call safe to repeat (the same history,
 * each change mailed once):
 *   1. read everything (tables, the committed state) in a fixed number of calls;
 *   2. roll forward: Tier History rows past the state's `historyRows` were written by a run
 *      that died before committing; they are applied to the state, not detected again;
 *   3. append this run's changes to Tier History, in one write, each row tagged with the
 *      run id (`r<seq>`);
 *   4. commit the new state (tiers, values, the history row count) in one write, then flush;
 *   5. mail, around the ledger (see send-digests.ts): pending → send → sent.
 * A failure before 3 changes nothing; between 3 and 4 the next run rolls the rows forward;
 * after 4 the next run finds nothing new to record; in 5 nobody gets a period's digest twice.
 */
import { dayInZone } from '../../../core/calendar';
import type { Tier } from '../../../core/crm/vocabulary';
import { groupBy } from './group-by';
import { InputError } from '../../../core/range-input/input-error';
import { type Locale } from '../../../core/i18n';
import {
  buildPyramid,
  paretoShareOfSorted,
  summarizeBuiltPyramid,
  tierOf,
} from '../../../core/pyramid';
import { buildDigestModel, PARETO_TOP_SHARE } from '../../../core/report/build-digest';
import { historyEntries } from '../../../core/report/history-entries';
import {
  historyEntryOf,
  historyRowValues,
  type HistoryEntry,
} from '../../../core/report/history-row';
import { digestStart, dueRecipients, prunedLedger } from '../../../core/report/mail-ledger';
import { netChanges } from '../../../core/report/net-changes';
import { periodOf } from '../../../core/report/period';
import { renderDigest } from '../../../core/report/render';
import { rollForward } from '../../../core/report/roll-forward';
import { ruleVersion } from '../../../core/report/rule-version';
import type { ReportSchedule } from '../../../core/report/schedule';
import { detectTierChanges, type RankedCustomer } from '../../../core/report/tier-changes';
import {
  decodeTierState,
  encodeTierState,
  type CommittedCustomer,
} from '../../../core/report/tier-state';
import { buildWatchList, type WatchCustomer } from '../../../core/report/watch-list';
import { toContact, toInteraction, type InteractionRecord } from '../../../core/store/records';
import { CONTACTS, CUSTOMERS, INTERACTIONS, SETTINGS } from '../../../core/store/schema';
import { readSettings, type TeamSettings } from '../../../core/store/settings';
import { summarizeErrors } from '../../../core/store/table';
import type { DbContext } from '../../database/context';
import { parseCustomers, parseTable } from '../../database/parse-tables';
import { withDocumentLock } from '../../server/document-lock';
import { ApiFailure } from '../../server/api-failure';
import { saveLayout } from '../../database/layout';
import { readTables } from '../../database/read-tables';
import { spreadsheetLocale } from '../../locale';
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
  /** True on the first run: the tiers now became the baseline (no history rows). */
  readonly baseline: boolean;
  readonly customers: number;
  /** Tier History rows this run appended. */
  readonly changes: number;
  readonly run: string;
  /** The period's key, when a schedule is saved. */
  readonly period: string | null;
  readonly sent: string[];
  /** Recipients who already have this period's digest. */
  readonly alreadySent: string[];
  /** Recipients left for the next run because the mail quota is spent. */
  readonly waitingForQuota: string[];
  /** A send that failed (the recipient is tried again on the next run). */
  readonly failure: { recipient: string; message: string } | null;
}

/** Runs the job under the document lock. */
export function runReportJob(ctx: DbContext, schedule: ReportSchedule | null): JobOutcome {
  return withDocumentLock(ctx.locale, () => runLocked(ctx, schedule));
}

function settingsOf(values: unknown[][], locale: Locale): TeamSettings {
  const read = readSettings(values, locale);
  if (read.errors.length > 0) throw new ApiFailure('invalid', summarizeErrors(read.errors, locale));
  return read.settings;
}

function runLocked(ctx: DbContext, schedule: ReportSchedule | null): JobOutcome {
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
  const values = ranked.map((c) => c.value);
  let pyramid;
  try {
    pyramid = buildPyramid(values, settings.tierCuts);
  } catch (error) {
    if (error instanceof InputError) throw new ApiFailure('invalid', `Settings: ${error.message}`);
    throw error;
  }
  const rankedNow = ranked.map((c) => ({ ...c, tier: tierOf(c.value, pyramid) as Tier }));
  const share = paretoShareOfSorted(pyramid.sorted, PARETO_TOP_SHARE);
  const pareto = Number.isNaN(share) ? null : share;

  // 2. The committed state, rolled forward over rows an interrupted run wrote.
  const committed = decodeTierState(stateRead.cells);
  const history = findHistorySheet(ss);
  const lastRow = history ? history.getLastRow() : 0;
  const dataRows = Math.max(0, lastRow - 1);
  const committedRows = Math.min(committed.historyRows, dataRows);
  const tail = readHistoryRows(history, committedRows, lastRow).map((row) =>
    historyEntryOf(row, timeZone),
  );
  const state = rollForward({ ...committed, historyRows: committedRows }, tail);
  // Nothing committed yet (first run, or the Tier State sheet was deleted): the tiers now are
  // the baseline. Recording every customer as "new" would fill Tier History with n rows.
  const baseline = committed.seq === 0;

  // 3. This run's changes, appended in one write.
  const run = `r${state.seq + 1}`;
  const historyLocale: Locale =
    settings.language !== 'auto' ? settings.language : (schedule?.language ?? spreadsheetLocale());
  const changes = baseline ? [] : detectTierChanges(state.customers, rankedNow);
  const entries = historyEntries(changes, pyramid, {
    date: dayInZone(now, timeZone),
    locale: historyLocale,
    basis,
    rules: ruleVersion(basis, settings.tierCuts),
    run,
  });
  appendHistoryRows(ss, history, lastRow, entries.map(historyRowValues));
  const historyRows = dataRows + entries.length;

  // 4. Commit the state.
  const latest = new Map<string, CommittedCustomer>();
  for (const c of rankedNow)
    if (!latest.has(c.id)) latest.set(c.id, { name: c.name, tier: c.tier, value: c.value });
  const previousCells = stateRead.cells.filter((c) => c !== '' && c !== undefined).length;
  writeStateCells(
    ss,
    encodeTierState({ seq: state.seq + 1, historyRows, pareto, customers: latest }),
    previousCells,
    stateRead.exists,
  );
  SpreadsheetApp.flush();

  const outcome = {
    baseline,
    customers: latest.size,
    changes: entries.length,
    run,
    period: null as string | null,
    sent: [] as string[],
    alreadySent: [] as string[],
    waitingForQuota: [] as string[],
    failure: null as JobOutcome['failure'],
  };
  if (!schedule) return outcome;

  // 5. The digests: who is due this period, what each digest covers, then the sends.
  const period = periodOf(now, schedule.frequency, timeZone);
  outcome.period = period.key;
  const ledger = prunedLedger(loadLedger(), schedule.recipients);
  const due = dueRecipients(ledger, schedule.recipients, period.key);
  outcome.alreadySent = schedule.recipients.filter((r) => !due.includes(r));
  if (due.length === 0) return outcome;
  const quota = Math.max(0, MailApp.getRemainingDailyQuota());
  const dueNow = due.slice(0, quota);
  outcome.waitingForQuota = due.slice(quota);
  if (dueNow.length === 0) return outcome;

  const fallback = { from: committedRows, previousPareto: committed.pareto };
  const starts = new Map(dueNow.map((r) => [r, digestStart(ledger, r, period.key, fallback)]));
  // History rows each digest covers: earlier ones read once, the rest are in memory.
  const base = Math.min(committedRows, ...[...starts.values()].map((s) => s.from));
  const earlier = readHistoryRows(history, base, committedRows + 1).map((r) =>
    historyEntryOf(r, timeZone),
  );
  const rows: HistoryEntry[] = [...earlier, ...tail, ...entries];
  const rowAt = (i: number): HistoryEntry | undefined => rows[i - base];

  const today = dayInZone(now, timeZone);
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
    previous: state.customers,
    limitDays: { A: settings.reportDaysA, B: settings.reportDaysB },
    today,
  });
  const summary = summarizeBuiltPyramid(pyramid);
  const generatedAt = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm');
  const spreadsheetName = ss.getName();
  const spreadsheetUrl = ss.getUrl();

  const rendered = new Map<string, ReturnType<typeof renderDigest>>();
  const outgoing: Outgoing[] = dueNow.map((recipient) => {
    const start = starts.get(recipient)!;
    const key = `${start.from}|${String(start.previousPareto)}`;
    let digest = rendered.get(key);
    if (!digest) {
      const covered: HistoryEntry[] = [];
      for (let i = Math.min(start.from, dataRows); i < historyRows; i++) {
        const row = rowAt(i);
        if (row) covered.push(row);
      }
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
          previousPareto: start.previousPareto,
          changes: netChanges(covered),
          watch,
          noChangeNote: settings.reportNoChangeNote,
          baseline,
        }),
      );
      rendered.set(key, digest);
    }
    return {
      recipient,
      digest,
      entry: {
        period: period.key,
        from: start.from,
        to: historyRows,
        previousPareto: start.previousPareto,
        pareto,
      },
    };
  });
  const result = sendDigests(ledger, outgoing);
  outcome.sent = result.sent;
  outcome.failure = result.failure;
  return outcome;
}
