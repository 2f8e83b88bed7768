import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalAppsScript, type RuntimeOptions } from '../../../src/local/runtime';

/**
 * A runtime over a tiny test bundle (JavaScript source written to a temp file), so runtime
 * tests do not depend on the add-on's own code. `files` are HTML files beside it.
 */
export function runtimeWith(
  code: string,
  options: RuntimeOptions = {},
  files: Record<string, string> = {},
): LocalAppsScript {
  const dir = mkdtempSync(join(tmpdir(), 'rt-bundle-'));
  const bundlePath = join(dir, 'Code.js');
  writeFileSync(bundlePath, code);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return new LocalAppsScript({ now: new Date('2025-03-03T09:00:00Z'), ...options, bundlePath });
}

/** A bundle with one function `main` whose body is `body`, plus helpers. */
export function runtimeRunning(body: string, options: RuntimeOptions = {}): LocalAppsScript {
  return runtimeWith(`function main(arg1, arg2, arg3) {\n${body}\n}\n`, options);
}

/** The value of a successful execution; fails the test with the error otherwise. */
export function valueOf<T>(execution: { ok: boolean; value?: T; error?: { message: string } }): T {
  if (!execution.ok) throw new Error(`execution failed: ${execution.error?.message}`);
  return execution.value as T;
}
