import type { LocalAppsScript } from '../runtime';
import type { Execution, RunOptions, Schedule } from '../types';

/** Placeholder until the worker-based scheduler lands: runs one after another. */
export async function runConcurrently(
  rt: LocalAppsScript,
  runs: { fn: string; args?: unknown[]; opts?: RunOptions }[],
  _schedule: Schedule,
): Promise<Execution[]> {
  return runs.map((r) => rt.run(r.fn, r.args ?? [], r.opts ?? {}));
}
