/**
 * Through the built bundle: for EVERY service call k of a scheduled run, a run in which call
 * k throws, followed by a clean run, leaves the same Tier History and the same digests as one
 * clean run — no change missed, no digest twice, and never a digest to the recipient who
 * cannot open the spreadsheet (skipped at every send). Also with the execution killed at a
 * time budget. And each guard, removed, makes the check fail.
 */
import { describe, expect, it } from 'vitest';
import type { LocalAppsScript } from '../../../src/local/runtime';
import { STRANGER } from '../database/support';
import {
  digests,
  editCustomers,
  historyRows,
  jobRuntime,
  OWNER,
  RECIPIENTS,
  runTrigger,
  saveSchedule,
} from './job-support';
import { bundleWithoutJobGuard } from './job-variants';

const WEEK_48 = new Date('2026-11-23T01:00:00Z'); // Monday 09:00 in Shanghai
const WEEK_49 = new Date('2026-11-30T01:00:00Z');
const WEEK_50 = new Date('2026-12-07T01:00:00Z');

/**
 * A book whose first report (week 48) set the baseline and whose second (week 49) recorded a
 * promotion, so Tier History exists; then, for the run under test in week 50, promotions,
 * demotions, a new and a gone customer.
 */
function scenario(bundlePath?: string): LocalAppsScript {
  const rt = jobRuntime({ now: WEEK_48, ...(bundlePath ? { bundlePath } : {}) });
  // The last recipient cannot open the spreadsheet (shared once, then unshared).
  saveSchedule(rt, { recipients: [...RECIPIENTS, STRANGER] });
  const baseline = runTrigger(rt);
  if (!baseline.ok) throw new Error(baseline.error?.message);
  editCustomers(rt, { C0030: { Revenue: 1e8 } });
  rt.clock.set(WEEK_49);
  const second = runTrigger(rt);
  if (!second.ok) throw new Error(second.error?.message);
  editCustomers(rt, { C0050: { Revenue: 1e9 }, C0010: { Revenue: 1 }, C0100: null }, [
    { 'Customer ID': 'C0101', Name: 'New <b>x</b>', Revenue: 99_500, Owners: OWNER },
  ]);
  rt.clock.set(WEEK_50);
  return rt;
}

interface Observed {
  history: Record<string, unknown>[];
  mail: { to: string[]; subject: string; body: string; html: string | undefined }[];
}

function observe(rt: LocalAppsScript): Observed {
  return {
    history: historyRows(rt),
    mail: digests(rt)
      .map((m) => ({ to: m.to, subject: m.subject, body: m.body, html: m.htmlBody }))
      .sort((a, b) => a.to[0]!.localeCompare(b.to[0]!)),
  };
}

function reference(): { observed: Observed; calls: number; estimatedMs: number } {
  const rt = scenario();
  const run = runTrigger(rt);
  expect(run.ok, run.error?.message).toBe(true);
  return { observed: observe(rt), calls: run.callCount, estimatedMs: run.estimatedMs };
}

/** The k values for which "fail at k, then run clean" differs from one clean run. */
function faultyPositions(bundlePath?: string, firstOnly = false): { k: number; why: string }[] {
  const ref = reference();
  const bad: { k: number; why: string }[] = [];
  for (let k = 1; k <= ref.calls + 1; k++) {
    const rt = scenario(bundlePath);
    runTrigger(rt, OWNER, { failAtCall: k });
    const again = runTrigger(rt);
    if (!again.ok) bad.push({ k, why: `rerun failed: ${again.error?.message}` });
    const got = observe(rt);
    if (JSON.stringify(got.history) !== JSON.stringify(ref.observed.history))
      bad.push({
        k,
        why: `history: ${got.history.length} rows, expected ${ref.observed.history.length}`,
      });
    if (rt.mail.outbox.some((m) => m.to.includes(STRANGER)))
      bad.push({ k, why: `mail to ${STRANGER}, who cannot open the spreadsheet` });
    if (JSON.stringify(got.mail) !== JSON.stringify(ref.observed.mail))
      bad.push({ k, why: `mail to ${got.mail.map((m) => m.to[0]).join(',')}` });
    if (firstOnly && bad.length > 0) break;
  }
  return bad;
}

describe('promise 3: a run that fails at any call, then runs again, equals one clean run', () => {
  it('the clean run records the changes and sends three digests a week', () => {
    const { observed, calls } = reference();
    expect(observed.history.map((r) => `${r['Customer ID']} ${r.From}→${r.To}`)).toEqual(
      expect.arrayContaining(['C0050 D→A', 'C0010 C→D', 'C0101 →B', 'C0100 D→']),
    );
    expect(observed.mail).toHaveLength(9);
    expect(observed.mail.flatMap((m) => m.to)).not.toContain(STRANGER);
    console.log(`the scheduled run makes ${calls} service calls; each one is failed in turn`);
  });

  it('fails each service call k in turn: same Tier History, same digests, nobody twice', () => {
    expect(faultyPositions()).toEqual([]);
  });

  it('killed at a time budget at any point, then run again: same history, no digest twice', () => {
    const ref = reference();
    const step = Math.max(1, Math.floor(ref.estimatedMs / 50));
    const missed: number[] = [];
    for (let budget = 0; budget <= ref.estimatedMs + step; budget += step) {
      const rt = scenario();
      runTrigger(rt, OWNER, { timeBudgetMs: budget });
      expect(runTrigger(rt).ok).toBe(true);
      const got = observe(rt);
      expect(got.history, `budget ${budget} ms`).toEqual(ref.observed.history);
      const to = digests(rt)
        .filter((m) => m.sentAt >= WEEK_50)
        .map((m) => m.to[0]);
      expect(new Set(to).size, `budget ${budget} ms: a digest sent twice`).toBe(to.length);
      // A kill during a send leaves that one recipient "pending": the mail may have gone, so
      // it is not repeated (at most once). Count those cases; every other kill loses nothing.
      if (got.mail.length !== ref.observed.mail.length) missed.push(budget);
      else expect(got.mail).toEqual(ref.observed.mail);
      for (const m of got.mail) expect(ref.observed.mail).toContainEqual(m);
      expect(ref.observed.mail.length - got.mail.length).toBeLessThanOrEqual(1);
    }
    console.log(
      `time-budget kills: ${Math.ceil((ref.estimatedMs + step) / step)} budgets; ${missed.length} killed a send in flight (that recipient is not sent twice)`,
    );
  });

  it('without the roll-forward of an interrupted run’s rows, the check fails', () => {
    const bad = faultyPositions(bundleWithoutJobGuard('rollForward'), true);
    console.log(
      `rollForward removed: ${bad.length} failing position, first at ${JSON.stringify(bad[0])}`,
    );
    expect(bad.some((b) => b.why.startsWith('history'))).toBe(true);
  });

  it('without the sharing check at send, the check fails', () => {
    const bad = faultyPositions(bundleWithoutJobGuard('sharingAtSend'), true);
    expect(bad.some((b) => b.why.includes(STRANGER))).toBe(true);
  });

  it('without the pending ledger entry before each send, the check fails', () => {
    const bad = faultyPositions(bundleWithoutJobGuard('pendingLedger'), true);
    console.log(
      `pending ledger removed: ${bad.length} failing position, first at ${JSON.stringify(bad[0])}`,
    );
    expect(bad.some((b) => b.why.startsWith('mail'))).toBe(true);
  });
});
