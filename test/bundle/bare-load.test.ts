import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

// `npm test` builds first; these tests read what clasp would push.
const code = readFileSync(new URL('../../dist/Code.js', import.meta.url), 'utf8');

interface EntryShape {
  kind: string;
  doc?: { params: { name: string }[] };
}

function loadBare(): vm.Context {
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

describe('dist/Code.js', () => {
  it('loads in an empty context without touching any Apps Script service', () => {
    expect(() => loadBare()).not.toThrow();
  });

  it('declares a top-level function for every entry point and nothing calls a missing one', () => {
    const context = loadBare();
    const manifest = vm.runInContext('CustomerPyramid.manifest', context) as {
      entryPoints: Record<string, EntryShape>;
      menu: { handler: string }[];
      triggerHandlers: string[];
    };
    const names = Object.keys(manifest.entryPoints);
    expect(names).toEqual(expect.arrayContaining(['onOpen', 'onInstall']));
    for (const name of names) {
      // A top-level function declaration, not a var holding a function.
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
      expect(typeof vm.runInContext(name, context)).toBe('function');
    }
    for (const item of manifest.menu) expect(names).toContain(item.handler);
    for (const handler of manifest.triggerHandlers) expect(names).toContain(handler);
  });

  it('gives every custom function a @customfunction JSDoc naming its real parameters', () => {
    const context = loadBare();
    const entries = vm.runInContext('CustomerPyramid.manifest.entryPoints', context) as Record<
      string,
      EntryShape
    >;
    for (const [name, entry] of Object.entries(entries)) {
      if (entry.kind !== 'custom-function') continue;
      const params = entry.doc!.params.map((p) => p.name);
      const block = new RegExp(
        `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(${params.join(', ')}\\)`,
      ).exec(code);
      expect(block, `${name} wrapper with JSDoc`).not.toBeNull();
      expect(block![1]).toContain('@customfunction');
      for (const p of params) expect(block![1]).toMatch(new RegExp(`@param \\{[^}]+\\} ${p} \\S`));
    }
  });

  // Issue 2 set 150 KB "at this stage" (the engine alone). With the sheet store, the sidebar's
  // server API and the scheduled report the add-on is about 200 KB, 43 KB of it zod/mini; the
  // load time measured in runtime-menu.test.ts stays a few milliseconds. 256 KB keeps a ceiling
  // that a heavy dependency slipping into the bundle would still break.
  it('keeps the bundle small enough for Apps Script to parse on every custom-function call', () => {
    expect(code.length).toBeLessThan(256 * 1024);
  });
});
