/**
 * Copies of the built bundle with one guard removed, to show that a reliability test fails
 * without it. Each patch must match dist/Code.js exactly once, so a refactor that moves the
 * guard breaks the test loudly instead of making the demonstration vacuous.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A guard as it appears in dist/Code.js, and what replaces it. */
export interface GuardPatch {
  readonly find: RegExp;
  readonly replace: string;
}

const dist = new URL('../../dist/', import.meta.url);
/** build.mjs writes the unminified twin of dist/Code.js here: guards are found by their text. */
const readable = new URL('../../build-cache/Code.readable.js', import.meta.url);

/**
 * Writes dist/ with `patch` applied to the readable Code.js (the pages and manifest copied as
 * they are) to
 * a temp folder and returns the path of its Code.js.
 */
export function bundleWithoutGuard(name: string, patch: GuardPatch): string {
  const code = readFileSync(readable, 'utf8');
  const matches = code.match(new RegExp(patch.find.source, 'g')) ?? [];
  if (matches.length !== 1)
    throw new Error(
      `guard "${name}" found ${matches.length} times in the readable bundle; update its pattern`,
    );
  const dir = mkdtempSync(join(tmpdir(), `no-${name}-`));
  writeFileSync(join(dir, 'Code.js'), code.replace(patch.find, patch.replace));
  for (const file of readdirSync(dist))
    if (file !== 'Code.js' && /\.(html|json)$/.test(file))
      copyFileSync(new URL(file, dist), join(dir, file));
  return join(dir, 'Code.js');
}
