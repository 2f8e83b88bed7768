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
} as const satisfies Record<string, GuardPatch>;

/** dist/ with `guard` removed, in a temp folder; returns its Code.js path. */
export function bundleWithoutJobGuard(guard: keyof typeof JOB_GUARDS): string {
  return bundleWithoutGuard(guard, JOB_GUARDS[guard]);
}
