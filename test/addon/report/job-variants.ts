/**
 * Copies of the built bundle with one of the report job's guards removed, to show that the
 * fault-injection test fails without it. Each patch must match dist/Code.js exactly once, so
 * a refactor that moves a guard breaks this file loudly instead of making the check vacuous.
 */
import { bundleWithoutGuard, type GuardPatch } from '../../support/patched-bundle';

export const JOB_GUARDS = {
  /** Roll forward over history rows an interrupted run wrote (instead: ignore them). */
  rollForward: {
    find: /previous = \{ \.\.\.rollForward\(committed, applied\), historyRows: dataRows \};/,
    replace: 'previous = { ...committed, historyRows: dataRows };',
  },
  /** Write the ledger entry as pending before the send (instead: only after all sends). */
  pendingLedger: {
    find: /(status: "pending" \}\);)\s*saveLedger\(ledger\);/,
    replace: '$1',
  },
  /** Mail only recipients who can open the spreadsheet now (instead: every due recipient). */
  sharingAtSend: {
    find: /canOpen: \(\) => sharing\.canOpen\(\),/,
    replace: 'canOpen: () => schedule.recipients,',
  },
  /** A trigger run that is no longer the current schedule's does nothing (instead: it runs). */
  currentRun: {
    find: /if \(caller\.kind === "trigger" && !isCurrentRun\(schedule, caller\)\)/,
    replace: 'if (false)',
  },
  /** The schedule is read under the lock (instead: before taking it, as a run in flight did). */
  readUnderLock: {
    find: /(function runReportJob\(locale, caller, open, sharing\) \{)\s*return withDocumentLock\(\s*locale,\s*\(\) => \{\s*const schedule = loadSchedule\(\);/,
    replace: '$1 const schedule = loadSchedule(); return withDocumentLock(locale, () => {',
  },
  /** Send report now refuses anyone but an editor first (instead: anyone runs it). */
  editorFirst: {
    find: /requireEmail\(me, locale\);\s*requireEditor\(\(\) => addonCell\(ss\), locale\);/,
    replace: 'requireEmail(me, locale);',
  },
  /** Roll forward only rows a run wrote (instead: every row past the state). */
  runRowsOnly: {
    find: /if \(isRunRow\(e\) && !isBaselineRow\(e\) && runNumber\(e\.run\) > committed\.seq\) applied\.push\(e\);/,
    replace: 'if (true) applied.push(e);',
  },
  /** A new baseline over an existing history writes its row (instead: silently). */
  baselineRow: {
    find: /const append = baseline \? newBaseline && !baselineRecorded \?/,
    replace: 'const append = baseline ? false ?',
  },
  /** An interrupted new baseline's row is not written twice (instead: once per retry). */
  baselineOnce: {
    find: /baselineRecorded = last !== void 0 && isRunRow\(last\) && isBaselineRow\(last\);/,
    replace: 'baselineRecorded = false;',
  },
} as const satisfies Record<string, GuardPatch>;

/** dist/ with `guard` removed, in a temp folder; returns its Code.js path. */
export function bundleWithoutJobGuard(guard: keyof typeof JOB_GUARDS): string {
  return bundleWithoutGuard(guard, JOB_GUARDS[guard]);
}
