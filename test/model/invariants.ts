/**
 * The invariants the model test checks after every step, each stated as the promise it
 * keeps:
 * - no interaction lost or duplicated: per request id, an accepted save (answered ok) is
 *   exactly one row, a save that failed or was killed is at most one (a resubmit of the same
 *   request id reconciles it), a refused one adds none, and a row once there stays there;
 * - text a user typed reads back as that text and no cell of the book holds a formula;
 * - Tier History is append-only and Tier State is what replaying the history rows since the
 *   previous state gives; history rows past the state are an interrupted run's, to roll forward;
 * - nobody gets a period's digest twice;
 * - nobody who cannot open the spreadsheet at send time gets mail;
 * - an execution by someone who may not write changes nothing (sheets, document properties,
 *   triggers, mail), and their log form is never accepted;
 * - a report run over a book whose required header is renamed records no movement and mails
 *   no digest.
 */
import type { CellValue, LocalAppsScript, SentMail } from '../../src/local/runtime';
import {
  historyEntryOf,
  isBaselineRow,
  isRunRow,
  type HistoryEntry,
} from '../../src/core/report/history-row';
import { periodOf } from '../../src/core/report/period';
import { rollForward, runNumber } from '../../src/core/report/roll-forward';
import { readTierState, type TierState } from '../../src/core/report/tier-state';
import type { ModelState } from './world';

/** What the model reads of the book after a step (host access: no service call). */
export interface Observation {
  /** Request id → its rows in Interactions. */
  interactions: Map<string, Record<string, CellValue>[]>;
  /** Sheet!A1 of every cell holding a formula. */
  formulas: string[];
  history: unknown[][];
  state:
    | { kind: 'committed'; state: TierState }
    | { kind: 'empty' }
    | { kind: 'damaged'; detail: string };
  outboxLength: number;
  /** Sheets, document properties and triggers, as one text, to tell whether anything changed. */
  snapshot: string;
}

export interface LogAttempt {
  requestId: string;
  user: string;
  outcome: 'accepted' | 'maybe' | 'refused';
}

export interface StepInput {
  model: ModelState;
  before: Observation;
  after: Observation;
  rolesBefore: Record<string, string>;
  attempts: LogAttempt[];
  /** Who ran the step's executions (effective users). */
  actors: string[];
  /** The step's one execution was a trigger run (as the trigger's owner). */
  triggerRun: boolean;
  /** A report run (trigger or Send report now) was among them. */
  reportRan: boolean;
  timeZone: string;
}

const canWrite = (role: string | undefined): boolean => role === 'owner' || role === 'editor';

function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function observe(rt: LocalAppsScript): Observation {
  const names = rt.workbook.sheetNames();
  const interactions = new Map<string, Record<string, CellValue>[]>();
  if (names.includes('Interactions')) {
    const [header = [], ...rows] = rt.workbook.values('Interactions');
    const at = header.indexOf('Request ID');
    for (const r of rows) {
      if (!r.some((c) => c !== '')) continue;
      const id = at >= 0 ? String(r[at]) : '';
      const row = Object.fromEntries(header.map((h, i) => [String(h), r[i]!]));
      interactions.set(id, [...(interactions.get(id) ?? []), row]);
    }
  }
  const formulas: string[] = [];
  for (const name of names)
    rt.workbook.formulas(name).forEach((row, r) =>
      row.forEach((f, c) => {
        if (f !== '') formulas.push(`${name}!${columnLetter(c)}${r + 1}: ${f}`);
      }),
    );
  const history = names.includes('Tier History') ? rt.workbook.values('Tier History').slice(1) : [];
  const state = names.includes('Tier State')
    ? readTierState(rt.workbook.values('Tier State').map((r) => r[0]))
    : ({ kind: 'empty' } as const);
  const triggers = rt.triggers.list().map((t) => ({ ...t, nextDue: undefined }));
  const snapshot = JSON.stringify([
    rt.workbook.toData(),
    rt.properties.document(),
    triggers,
    rt.mail.outbox.length,
  ]);
  return {
    interactions,
    formulas,
    history: history.filter((r) => r.some((c) => c !== '')),
    state,
    outboxLength: rt.mail.outbox.length,
    snapshot,
  };
}

/** Every violation of the step's invariants, as sentences. */
export function checkStep(input: StepInput, outbox: readonly SentMail[]): string[] {
  return [
    ...checkInteractions(input),
    ...input.after.formulas.map((f) => `a cell holds a formula: ${f}`),
    ...checkTiers(input),
    ...checkMail(input, outbox),
    ...checkNonWriters(input, outbox),
  ];
}

function checkInteractions({ model, before, after, rolesBefore, attempts }: StepInput): string[] {
  const out: string[] = [];
  for (const [id, rows] of before.interactions)
    if ((after.interactions.get(id)?.length ?? 0) < rows.length)
      out.push(
        `interaction ${id} lost: ${rows.length} row(s) before, ${after.interactions.get(id)?.length ?? 0} now`,
      );
  for (const [id, rows] of after.interactions) {
    const status = model.logs.get(id);
    const submitted = model.forms.get(id);
    if (!submitted || !status) {
      out.push(`an interaction row with request id "${id}" nobody submitted`);
      continue;
    }
    if (rows.length > 1) out.push(`interaction ${id} duplicated: ${rows.length} rows`);
    const row = rows[0]!;
    if (row.Summary !== submitted.form.summary)
      out.push(
        `interaction ${id}: Summary ${JSON.stringify(row.Summary)}, typed ${JSON.stringify(submitted.form.summary)}`,
      );
    if (row['Logged By'] !== submitted.user)
      out.push(
        `interaction ${id}: Logged By ${String(row['Logged By'])}, submitted by ${submitted.user}`,
      );
    const mine = attempts.filter((a) => a.requestId === id);
    const added = rows.length - (before.interactions.get(id)?.length ?? 0);
    if (added > 0) {
      if (mine.length === 0) out.push(`interaction ${id} appeared without a submit`);
      else if (mine.every((a) => a.outcome === 'refused'))
        out.push(`interaction ${id} written, though its save was refused`);
      if (!canWrite(rolesBefore[submitted.user]))
        out.push(
          `interaction ${id} written by ${submitted.user}, who may not write (${rolesBefore[submitted.user]})`,
        );
    }
  }
  for (const [id, status] of model.logs)
    if (status === 'accepted' && (after.interactions.get(id)?.length ?? 0) === 0)
      out.push(`interaction ${id} was accepted but has no row`);
  for (const a of attempts)
    if (a.outcome === 'accepted' && !canWrite(rolesBefore[a.user]))
      out.push(`the log form of ${a.user} (${rolesBefore[a.user]}) was accepted`);
  return out;
}

function entries(rows: unknown[][], timeZone: string): HistoryEntry[] {
  return rows.map((r) => historyEntryOf(r, timeZone));
}

const tiersOf = (s: TierState): string =>
  JSON.stringify([...s.customers].map(([id, c]) => `${id}:${c.tier}`).sort());

function checkTiers({ before, after, model, reportRan, timeZone }: StepInput): string[] {
  const out: string[] = [];
  const prefix = after.history.slice(0, before.history.length);
  if (JSON.stringify(prefix) !== JSON.stringify(before.history))
    out.push(
      `Tier History is not append-only: ${before.history.length} rows before, the first of them changed`,
    );
  if (after.state.kind === 'damaged') out.push(`Tier State is damaged: ${after.state.detail}`);
  if (before.state.kind === 'committed' && after.state.kind === 'empty')
    out.push('Tier State was lost');
  if (after.state.kind === 'committed') {
    const s = after.state.state;
    if (s.historyRows > after.history.length)
      out.push(
        `Tier State includes ${s.historyRows} history rows; Tier History has ${after.history.length}`,
      );
    for (const e of entries(after.history.slice(s.historyRows), timeZone))
      if (!isRunRow(e) || runNumber(e.run) <= s.seq)
        out.push(`a history row past the state is not an unfinished run's: ${JSON.stringify(e)}`);
    if (before.state.kind === 'committed') {
      const p = before.state.state;
      if (s.seq < p.seq || s.historyRows < p.historyRows)
        out.push(
          `Tier State went back: seq ${p.seq}→${s.seq}, rows ${p.historyRows}→${s.historyRows}`,
        );
      const applied = entries(after.history.slice(p.historyRows, s.historyRows), timeZone);
      if (!applied.some(isBaselineRow) && tiersOf(rollForward(p, applied)) !== tiersOf(s))
        out.push(
          `Tier State is not the previous state with history rows ${p.historyRows + 1}–${s.historyRows} applied`,
        );
    }
  }
  if (reportRan && model.renamed.size > 0 && after.history.length > before.history.length)
    out.push(
      `a report run with ${[...model.renamed].join(', ')} renamed wrote ${after.history.length - before.history.length} history rows`,
    );
  return out;
}

const ALERT = /failed|失败|needs your attention|需要您注意/;

function checkMail(
  { before, after, model, rolesBefore, timeZone }: StepInput,
  outbox: readonly SentMail[],
): string[] {
  const out: string[] = [];
  for (const m of outbox.slice(before.outboxLength, after.outboxLength)) {
    for (const to of [...m.to, ...m.cc, ...m.bcc])
      if ((rolesBefore[to] ?? 'none') === 'none')
        out.push(`mail "${m.subject}" went to ${to}, who cannot open the spreadsheet`);
    if (ALERT.test(m.subject)) continue;
    if (model.renamed.size > 0)
      out.push(
        `a digest went to ${m.to.join(',')} while ${[...model.renamed].join(', ')} was renamed`,
      );
    for (const to of m.to) {
      const key = `${to} ${periodOf(m.sentAt, 'weekly', timeZone).key}`;
      if (model.digestsSent.has(key)) out.push(`second digest for ${key}`);
      model.digestsSent.add(key);
    }
  }
  return out;
}

const HEALTH = 'customerPyramid.report.health';

function checkNonWriters(
  { before, after, actors, rolesBefore, triggerRun }: StepInput,
  outbox: readonly SentMail[],
): string[] {
  if (actors.length === 0 || actors.some((a) => canWrite(rolesBefore[a]))) return [];
  if (before.snapshot === after.snapshot) return [];
  const [b, a] = [before.snapshot, after.snapshot].map((s) => JSON.parse(s) as unknown[]);
  if (triggerRun) {
    // A trigger whose owner may no longer edit may still make its failure visible: record it
    // in the report's health and alert its owner. Nothing else.
    for (const snap of [a!, b!]) delete (snap[1] as Record<string, string>)[HEALTH];
    const fresh = outbox.slice(before.outboxLength, after.outboxLength);
    if (fresh.every((m) => ALERT.test(m.subject) && m.to.every((t) => actors.includes(t))))
      a![3] = b![3];
  }
  const parts = ['the sheets', 'the document properties', 'the triggers', 'the mail'];
  const changed = parts.filter((_, i) => JSON.stringify(b![i]) !== JSON.stringify(a![i]));
  const keys =
    changed.includes('the document properties') &&
    Object.entries(a![1] as Record<string, string>)
      .filter(([k, v]) => (b![1] as Record<string, string>)[k] !== v)
      .map(([k]) => k);
  if (changed.length === 0) return [];
  return [
    `an execution by ${actors.join(' and ')} (${actors.map((x) => rolesBefore[x]).join(', ')}) changed ${changed.join(', ')}${keys ? ` (${keys.join(', ')})` : ''}`,
  ];
}
