/** Loading dist/Code.js (and the guest proxies) into fresh vm contexts. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository root (src/local/runtime/host → ../../../..). */
export const repoRoot = join(here, '../../../..');
export const defaultBundlePath = join(repoRoot, 'dist/Code.js');
export const guestPath = join(here, '../guest/guest.js');

/** The setup function guest.js evaluates to. */
export type GuestSetup = (
  bridge: (handle: number, method: string, args: unknown[]) => unknown,
  describe: (handle: number) => unknown,
  roots: Record<string, unknown>,
  now: () => number,
  log: (line: string) => void,
) => (name: string, wireArgs: unknown, browser: boolean) => unknown;

const scripts = new Map<string, { mtime: number; script: vm.Script; source: string }>();

/** A compiled script, cached per file and modification time. */
export function compiled(path: string, filename: string): { script: vm.Script; source: string } {
  if (!existsSync(path)) throw new Error(`${path} not found: run \`npm run build\` first`);
  const mtime = statSync(path).mtimeMs;
  const cached = scripts.get(path);
  if (cached && cached.mtime === mtime) return cached;
  const source = readFileSync(path, 'utf8');
  const entry = { mtime, source, script: new vm.Script(source, { filename }) };
  scripts.set(path, entry);
  return entry;
}

/** Reads timeZone and oauthScopes from the appsscript.json next to the bundle. */
export function readManifest(bundlePath: string): { timeZone?: string; oauthScopes?: string[] } {
  const file = join(dirname(bundlePath), 'appsscript.json');
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as { timeZone?: string; oauthScopes?: string[] };
}

/** True when `name` is declared as a top-level `function` in the bundle's source. */
export function isTopLevelFunction(source: string, name: string): boolean {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  return new RegExp(
    `^(?:async\\s+)?function\\s*\\*?\\s*${name.replace(/\$/g, '\\$')}\\s*\\(`,
    'm',
  ).test(source);
}
