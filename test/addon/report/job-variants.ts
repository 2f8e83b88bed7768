/**
 * Copies of the built bundle with one of the report job's guards removed, to show that the
 * fault-injection test fails without it. Each patch must match dist/Code.js exactly once, so
 * a refactor that moves a guard breaks this file loudly instead of making the check vacuous.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dist = new URL('../../../dist/', import.meta.url);

export const JOB_GUARDS = {
  /** Roll forward over history rows an interrupted run wrote (instead: ignore them). */
  rollForward: {
    find: /const state = rollForward\(\{ \.\.\.committed, historyRows: committedRows \}, tail\);/,
    replace: 'const state = { ...committed, historyRows: dataRows };',
  },
  /** Write the ledger entry as pending before the send (instead: only after all sends). */
  pendingLedger: {
    find: /(status: "pending" \}\);)\s*saveLedger\(ledger\);/,
    replace: '$1',
  },
} as const;

/** Writes dist/ with `guard` removed to a temp folder and returns its Code.js path. */
export function bundleWithoutJobGuard(guard: keyof typeof JOB_GUARDS): string {
  const code = readFileSync(new URL('Code.js', dist), 'utf8');
  const { find, replace } = JOB_GUARDS[guard];
  const matches = code.match(new RegExp(find.source, 'g')) ?? [];
  if (matches.length !== 1)
    throw new Error(
      `guard "${guard}" found ${matches.length} times in dist/Code.js; update JOB_GUARDS`,
    );
  const dir = mkdtempSync(join(tmpdir(), `no-${guard}-`));
  writeFileSync(join(dir, 'Code.js'), code.replace(find, replace));
  for (const file of ['appsscript.json', 'Sidebar.html'])
    copyFileSync(new URL(file, dist), join(dir, file));
  return join(dir, 'Code.js');
}
