/**
 * Guards the model test must catch when removed: each, taken out of the bundle, lets a
 * random sequence break an invariant (see model.test.ts and `SOAK_WITHOUT` in bench/soak.ts).
 */
import { bundleWithoutGuard, type GuardPatch } from '../support/patched-bundle';
import { GUARDS } from '../addon/database/variants';
import { JOB_GUARDS } from '../addon/report/job-variants';

export const MODEL_GUARDS = {
  /** logLocked: a request id already saved is not saved again. */
  requestId: GUARDS.requestId,
  /** withDocumentLock: take the lock or answer busy. */
  lock: GUARDS.lock,
  /** The report mails only recipients who can open the spreadsheet now. */
  sharingAtSend: JOB_GUARDS.sharingAtSend,
  /** The ledger entry is written as pending before each send. */
  pendingLedger: JOB_GUARDS.pendingLedger,
  /** Send report now refuses anyone but an editor before touching anything. */
  editorFirst: JOB_GUARDS.editorFirst,
} as const satisfies Record<string, GuardPatch>;

const built = new Map<string, string>();

/** The bundle without `guard` (built once per process). */
export function bundleWithoutModelGuard(guard: keyof typeof MODEL_GUARDS): string {
  let path = built.get(guard);
  if (!path) built.set(guard, (path = bundleWithoutGuard(guard, MODEL_GUARDS[guard])));
  return path;
}
