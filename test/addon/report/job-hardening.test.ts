/**
 * The report job under attack, through the built bundle: recipients checked against the
 * sharing at every send; Stop and Take over win over a run in flight; Send report now refused
 * to anyone but an editor before anything is touched; a damaged Tier State and a row typed
 * into Tier History. Each guard, removed from the bundle, makes its test fail.
 */
import { describe, expect, it } from 'vitest';
import type { LocalAppsScript, LocalUser } from '../../../src/local/runtime';
import { EDITOR, STRANGER, VIEWER } from '../database/support';
import {
  alerts,
  digests,
  editCustomers,
  historyRows,
  jobRuntime,
  OWNER,
  runTrigger,
  saveSchedule,
  sendNow,
} from './job-support';
import { bundleWithoutJobGuard, type JOB_GUARDS } from './job-variants';
import { call, reportTriggers, weekly } from './schedule-support';

const WEEK = 7 * 24 * 3_600_000;
const HEALTH = 'customerPyramid.report.health';

function setRole(rt: LocalAppsScript, email: string, role: LocalUser['role']): void {
  rt.host.state.users.find((u) => u.email === email)!.role = role;
}

interface Health {
  lastError?: { at: string; message: string };
  lastRun: { skipped: string[]; ignoredRows: number[]; newBaseline: string | null };
}

function health(rt: LocalAppsScript): Health {
  return JSON.parse(rt.properties.document()[HEALTH] ?? '{}') as Health;
}

const without = (guard: keyof typeof JOB_GUARDS): { bundlePath: string } => ({
  bundlePath: bundleWithoutJobGuard(guard),
});

describe('mail goes only to people who can open the spreadsheet at send time', () => {
  function unshared(bundle: { bundlePath?: string } = {}) {
    const rt = jobRuntime(bundle);
    saveSchedule(rt); // ann, li (editors), vic (viewer): valid when saved
    setRole(rt, VIEWER, 'none'); // then vic is removed from the file
    return rt;
  }

  it('the trigger and Send report now skip a removed viewer, record why, and tell the owner once a day', () => {
    const rt = unshared();
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt).map((m) => m.to[0])).toEqual(['ann@example.com', 'li@example.com']);
    expect(health(rt).lastRun).toMatchObject({ skipped: [VIEWER] });
    expect(alerts(rt)).toHaveLength(1);
    expect(alerts(rt)[0]).toMatchObject({ to: [OWNER] });
    expect(alerts(rt)[0]!.body).toMatch(/Not sent to vic@example.com: they cannot open/);

    // Send report now, same day, by another editor: skipped again, said so, no second alert.
    expect(sendNow(rt, EDITOR)).toMatch(/Not sent to vic@example.com: they cannot open/);
    expect(digests(rt)).toHaveLength(2);
    expect(alerts(rt)).toHaveLength(1);

    // The Schedule dialog shows who was skipped.
    const init = call<{ health: { lastRun: { skipped: string[] } } }>(
      rt,
      'scheduleInit',
      [],
      OWNER,
    );
    expect(init.ok && init.value.health.lastRun.skipped).toEqual([VIEWER]);

    // Shared again: the next run sends vic this period's digest, once.
    setRole(rt, VIEWER, 'viewer');
    expect(runTrigger(rt).ok).toBe(true);
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt).map((m) => m.to[0])).toEqual(['ann@example.com', 'li@example.com', VIEWER]);
    expect(health(rt).lastRun.skipped).toEqual([]);
  });

  it('an outsider added while shared, then unshared, gets nothing; an owner who cannot open gets no alert', () => {
    const rt = jobRuntime();
    setRole(rt, STRANGER, 'viewer');
    expect(
      call(rt, 'scheduleSave', [weekly({ recipients: `ann@example.com\n${STRANGER}` })], OWNER),
    ).toMatchObject({ ok: true });
    setRole(rt, STRANGER, 'none');
    expect(sendNow(rt, EDITOR)).toMatch(/Not sent to eve@example.net/);
    expect(rt.mail.outbox.flatMap((m) => m.to)).not.toContain(STRANGER);
  });

  it('without the check at send, the removed viewer is mailed', () => {
    const rt = unshared(without('sharingAtSend'));
    expect(runTrigger(rt).ok).toBe(true);
    expect(digests(rt).map((m) => m.to[0])).toContain(VIEWER);
  });
});

describe('Stop report and Take over win over a run in flight', () => {
  /** A book whose schedule (owner's, recorded trigger) was saved through the dialog. */
  function scheduled(bundle: { bundlePath?: string } = {}) {
    const rt = jobRuntime(bundle);
    expect(
      call(rt, 'scheduleSave', [weekly({ recipients: 'ann@example.com\nvic@example.com' })], OWNER),
    ).toMatchObject({ ok: true });
    const trigger = reportTriggers(rt, OWNER)[0]!;
    return { rt, trigger: trigger.uniqueId };
  }
  const triggerRun = (uid: string) => ({
    fn: 'runScheduledReport',
    opts: { user: OWNER, authMode: 'FULL' as const, event: { triggerUid: uid } },
  });

  /** The trigger run's calls before it asks for the lock (from a run on its own). */
  function stepsBeforeLock(bundle: { bundlePath?: string } = {}): number {
    const { rt, trigger } = scheduled(bundle);
    const solo = rt.fireTrigger(trigger);
    const k = solo.calls.findIndex((c) => c.method === 'Lock.tryLock');
    expect(k).toBeGreaterThan(0);
    return k;
  }

  /** The trigger runs up to its lock request; then `other` runs to the end; then the trigger. */
  async function interleave(
    other: { fn: string; args: unknown[]; user: string },
    bundle: { bundlePath?: string } = {},
  ) {
    const k = stepsBeforeLock(bundle);
    const { rt, trigger } = scheduled(bundle);
    const [run, answer] = await rt.runConcurrently(
      [
        triggerRun(trigger),
        { fn: other.fn, args: other.args, opts: { user: other.user }, browser: true },
      ],
      [...Array<number>(k).fill(0), ...Array<number>(400).fill(1)],
    );
    expect(answer!.value).toMatchObject({ ok: true });
    return { rt, run: run!, trigger };
  }

  it('a run waiting for the lock while Stop completes sends nothing, records nothing and removes its trigger', async () => {
    const { rt, run } = await interleave({ fn: 'scheduleStop', args: [], user: EDITOR });
    expect(run.ok, run.error?.message).toBe(true);
    expect(rt.mail.outbox).toEqual([]);
    expect(rt.workbook.sheetNames()).not.toContain('Tier State');
    expect(reportTriggers(rt)).toEqual([]);
  });

  it('after a take-over completes, the old owner’s waiting run sends nothing from their account', async () => {
    const { rt, run } = await interleave({
      fn: 'scheduleSave',
      args: [weekly({ hour: 9, takeOver: true })],
      user: EDITOR,
    });
    expect(run.ok, run.error?.message).toBe(true);
    expect(rt.mail.outbox).toEqual([]);
    expect(reportTriggers(rt).map((t) => t.owner)).toEqual([EDITOR]);
  });

  it('a trigger the schedule no longer records (replaced) does nothing and removes itself', () => {
    const { rt, trigger } = scheduled();
    // Another trigger recorded for the same owner: the one firing is stale.
    rt.host.state.documentProperties.set(
      'customerPyramid.report.triggers',
      JSON.stringify({ [OWNER]: 'some-other-id' }),
    );
    expect(rt.fireTrigger(trigger).ok).toBe(true);
    expect(rt.mail.outbox).toEqual([]);
    expect(reportTriggers(rt, OWNER).map((t) => t.uniqueId)).not.toContain(trigger);
  });

  it('without reading the schedule under the lock, the waiting run mails the old recipients after Stop', async () => {
    const { rt } = await interleave(
      { fn: 'scheduleStop', args: [], user: EDITOR },
      without('readUnderLock'),
    );
    expect(digests(rt).length).toBeGreaterThan(0);
  });

  it('without the current-run check, the old owner’s run mails the new owner’s recipients', async () => {
    const { rt } = await interleave(
      { fn: 'scheduleSave', args: [weekly({ hour: 9, takeOver: true })], user: EDITOR },
      without('currentRun'),
    );
    expect(digests(rt).map((m) => m.from)).toContain(OWNER);
  });
});

describe('Send report now is refused to a viewer or an outsider before anything is touched', () => {
  for (const user of [VIEWER, STRANGER]) {
    it(user, () => {
      const rt = jobRuntime();
      saveSchedule(rt);
      const before = { at: '2026-12-01T00:00:00.000Z', message: 'an earlier error' };
      rt.host.state.documentProperties.set(HEALTH, JSON.stringify({ lastError: before }));
      const props = rt.properties.document();
      expect(sendNow(rt, user)).toMatch(/Only people who can edit/);
      expect(rt.properties.document()).toEqual(props);
      expect(rt.workbook.sheetNames()).not.toContain('Tier State');
      expect(rt.mail.outbox).toEqual([]);
    });
  }

  it('without the editor check first, a viewer’s call overwrites the last error editors see', () => {
    const rt = jobRuntime(without('editorFirst'));
    saveSchedule(rt);
    const before = { at: '2026-12-01T00:00:00.000Z', message: 'an earlier error' };
    rt.host.state.documentProperties.set(HEALTH, JSON.stringify({ lastError: before }));
    sendNow(rt, VIEWER);
    expect(health(rt)).not.toEqual({ lastError: before });
  });
});

/** A book with a baseline (week 1) and a recorded promotion (week 2). */
function withHistory(bundle: { bundlePath?: string } = {}): LocalAppsScript {
  const rt = jobRuntime({ ...bundle, now: new Date('2026-11-23T01:00:00Z') });
  saveSchedule(rt);
  expect(runTrigger(rt).ok).toBe(true);
  editCustomers(rt, { C0050: { Revenue: 1e9 } });
  rt.clock.advance(WEEK);
  expect(runTrigger(rt).ok).toBe(true);
  expect(historyRows(rt).length).toBeGreaterThan(0);
  rt.clock.advance(WEEK);
  return rt;
}

describe('a damaged Tier State: said plainly, and a new baseline recorded in Tier History', () => {
  it('the run says what happened, records one baseline row, and the next run records changes again', () => {
    const rt = withHistory();
    const before = historyRows(rt);
    rt.workbook.setValues('Tier State', [['hello']]);
    const run = runTrigger(rt);
    expect(run.ok, run.error?.message).toBe(true);
    const added = historyRows(rt).slice(before.length);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ 'Customer ID': '', From: '', To: '', Of: 100 });
    expect(String(added[0]!.Reason)).toMatch(
      /^New baseline: the hidden Tier State sheet was damaged \(cell A1 is not the state header/,
    );
    expect(health(rt).lastRun.newBaseline).toMatch(/cell A1/);
    expect(alerts(rt).at(-1)!.body).toMatch(/Tier State sheet was damaged/);
    expect(digests(rt).at(-1)!.subject).toMatch(/baseline/);
    expect(JSON.stringify(rt.mail.outbox)).not.toMatch(/Unexpected token|not valid JSON/);

    editCustomers(rt, { C0050: { Revenue: 1 } });
    rt.clock.advance(WEEK);
    expect(runTrigger(rt).ok).toBe(true);
    const next = historyRows(rt).slice(before.length + 1);
    expect(next.map((r) => `${r['Customer ID']} ${r.From}→${r.To}`)).toContain('C0050 A→D');
    // The digest of that week lists the move, not the baseline row.
    expect(digests(rt).at(-1)!.body).toMatch(/Customer 50/);

    // Send report now says it in words too.
    rt.workbook.setValues('Tier State', [['{"v":1,"seq":"x"}']]);
    expect(sendNow(rt)).toMatch(/Tier State sheet was damaged \(cell A1/);
  });

  function damagedScenario(bundle: { bundlePath?: string } = {}): LocalAppsScript {
    const rt = withHistory(bundle);
    rt.workbook.setValues('Tier State', [['hello']]);
    return rt;
  }

  /** Fail each call of the damaged run in turn, then run clean: one baseline row each time. */
  function baselineRowsAfterFaults(bundle: { bundlePath?: string } = {}): number[] {
    const ref = damagedScenario(bundle);
    const calls = runTrigger(ref).callCount;
    const want = JSON.stringify(historyRows(ref));
    const bad: number[] = [];
    for (let k = 1; k <= calls + 1; k++) {
      const rt = damagedScenario(bundle);
      runTrigger(rt, OWNER, { failAtCall: k });
      runTrigger(rt);
      if (JSON.stringify(historyRows(rt)) !== want) bad.push(k);
    }
    return bad;
  }

  it('killed at any call, then run again: the same history, one baseline row', () => {
    expect(baselineRowsAfterFaults()).toEqual([]);
  });

  it('without the baseline row, the new baseline is silent', () => {
    const rt = damagedScenario(without('baselineRow'));
    const before = historyRows(rt).length;
    expect(runTrigger(rt).ok).toBe(true);
    expect(historyRows(rt)).toHaveLength(before);
  });

  it('without recognising an interrupted run’s baseline row, a retry writes a second one', () => {
    expect(baselineRowsAfterFaults(without('baselineOnce')).length).toBeGreaterThan(0);
  });
});

describe('a row typed at the bottom of Tier History is reported, not applied', () => {
  function typed(bundle: { bundlePath?: string } = {}): { rt: LocalAppsScript; row: number } {
    const rt = withHistory(bundle);
    const values = rt.workbook.values('Tier History').filter((r) => r.some((c) => c !== ''));
    // Looks like a demotion of C0001 (an A), typed by a person: no run id, no rules.
    values.push(['2026-12-08', 'C0001', 'Customer 1', 'A', 'D', 5, '', 100, 'typed', '', '']);
    rt.workbook.setValues('Tier History', values);
    return { rt, row: values.length };
  }

  it('the next run keeps it, applies nothing from it, invents no change and names the row', () => {
    const { rt, row } = typed();
    const before = historyRows(rt);
    expect(sendNow(rt)).toMatch(
      new RegExp(`Tier History rows ${row} were not written by the report`),
    );
    expect(health(rt).lastRun.ignoredRows).toEqual([row]);
    expect(historyRows(rt)).toEqual(before);
    // Nothing changed in the book: the following run records nothing either.
    rt.clock.advance(WEEK);
    expect(runTrigger(rt).ok).toBe(true);
    expect(historyRows(rt)).toEqual(before);
    expect(digests(rt).at(-1)!.body).not.toMatch(/typed/);
  });

  it('without the run-row check, the typed row is rolled forward and a promotion is invented', () => {
    const { rt } = typed(without('runRowsOnly'));
    const before = historyRows(rt).length;
    sendNow(rt);
    const added = historyRows(rt).slice(before);
    // C0001 is a B; the typed "A→D" made the state say D, so the run "finds" D→B.
    expect(added.map((r) => `${r['Customer ID']} ${r.From}→${r.To}`)).toContain('C0001 D→B');
  });
});
