/**
 * Copies of the built bundle with one guard removed, to show that the tests of promises 1 and
 * 2 fail without it. Each patch must match the bundle exactly once, so a refactor that moves
 * the guard breaks this file loudly instead of making the demonstration vacuous.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleWithoutGuard, type GuardPatch } from '../../support/patched-bundle';
import { LocalAppsScript } from '../../../src/local/runtime';

/** The guards, as they appear in dist/Code.js, and what replaces them. */
export const GUARDS = {
  /** withDocumentLock: take the lock or answer busy. */
  lock: {
    find: /if \(!lock \|\| !lock\.tryLock\(LOCK_WAIT_MS\)\)/,
    replace: 'if (false)',
  },
  /** logLocked: look the request id up among saved rows. */
  requestId: {
    find: /if \(savedRow !== void 0\) \{/,
    replace: 'if (false) {',
  },
  /** findCells: the whole cell must match, not a part of it. */
  entireCell: {
    find: /\.matchCase\(true\)\.matchEntireCell\(true\)/,
    replace: '.matchCase(true)',
  },
  /** findCells: the case must match. */
  matchCase: {
    find: /\.matchCase\(true\)\.matchEntireCell/,
    replace: '.matchEntireCell',
  },
} as const satisfies Record<string, GuardPatch>;

/** dist/ with `guard` removed, in a temp folder; returns its Code.js path. */
export function bundleWithout(guard: keyof typeof GUARDS): string {
  return bundleWithoutGuard(guard, GUARDS[guard]);
}

/**
 * True when runConcurrently really interleaves executions (two unlocked read-then-write
 * increments lose one). Without that, the lock-removal demonstration would prove nothing, so
 * it is skipped with a message instead.
 */
export async function schedulerInterleaves(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'probe-'));
  writeFileSync(
    join(dir, 'Code.js'),
    `function bump() { var r = SpreadsheetApp.getActive().getRange('Sheet1!A1'); var v = r.getValue(); r.setValue(Number(v) + 1); }\n`,
  );
  const rt = new LocalAppsScript({
    bundlePath: join(dir, 'Code.js'),
    workbook: { sheets: [{ name: 'Sheet1', values: [[0]] }] },
  });
  await rt.runConcurrently([{ fn: 'bump' }, { fn: 'bump' }], 'round-robin');
  const interleaves = rt.workbook.values('Sheet1')[0]![0] === 1;
  if (!interleaves)
    console.warn(
      'runConcurrently runs one execution after another here: the lock-removal check is skipped',
    );
  return interleaves;
}
