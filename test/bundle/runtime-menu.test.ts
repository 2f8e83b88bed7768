import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LocalAppsScript, type RecordedMenu } from '../../src/local/runtime';

// `npm test` builds first; these run the built dist/Code.js through the local runtime.
const codePath = new URL('../../dist/Code.js', import.meta.url);
const code = readFileSync(codePath, 'utf8');

function topLevelFunctions(): Set<string> {
  return new Set([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]!));
}

function itemsOf(menu: RecordedMenu): { label: string; functionName: string }[] {
  return menu.items.flatMap((i) =>
    i.kind === 'item' ? [i] : i.kind === 'submenu' ? itemsOf(i.menu) : [],
  );
}

describe('dist/Code.js in the local runtime', () => {
  const users = [
    { email: 'owner@example.com', role: 'owner' as const, locale: 'en' },
    { email: 'li@example.com', role: 'editor' as const, locale: 'zh_CN' },
  ];

  it('onOpen as an English user adds "Customer Pyramid" under Extensions (as README and the digest say), items naming top-level functions', () => {
    const rt = new LocalAppsScript({ users });
    const e = rt.run('onOpen', [], { authMode: 'LIMITED', event: {} });
    expect(e.ok, e.error?.message).toBe(true);
    expect(rt.ui.menus).toHaveLength(1);
    const menu = rt.ui.menus[0]!;
    expect(menu.title).toBe('Customer Pyramid');
    expect(menu.location).toBe('Extensions');
    const functions = topLevelFunctions();
    const items = itemsOf(menu);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(functions, item.functionName).toContain(item.functionName);
    expect(items.map((i) => i.label)).toContain('About Customer Pyramid');
  });

  it('onOpen as a zh_CN user labels the items in Simplified Chinese (Extensions shows the add-on name)', () => {
    const rt = new LocalAppsScript({ users });
    const e = rt.run('onOpen', [], { user: 'li@example.com', authMode: 'LIMITED', event: {} });
    expect(e.ok, e.error?.message).toBe(true);
    expect(rt.ui.menus[0]!.location).toBe('Extensions');
    expect(itemsOf(rt.ui.menus[0]!).map((i) => i.label)).toContain('关于客户金字塔');
  });

  it('onOpen in AuthMode.NONE (add-on not yet used in this document) still adds the menu', () => {
    const rt = new LocalAppsScript({ users });
    const e = rt.run('onOpen', [], { authMode: 'NONE', event: {} });
    expect(e.ok, e.error?.message).toBe(true);
    expect(rt.ui.menus[0]!.title).toBe('Customer Pyramid');
  });

  it('onInstall builds the same menu', () => {
    const rt = new LocalAppsScript({ users });
    expect(rt.run('onInstall', [], { authMode: 'FULL', event: {} }).ok).toBe(true);
    const viaOpen = new LocalAppsScript({ users });
    viaOpen.run('onOpen', [], { event: {} });
    expect(rt.ui.menus).toEqual(viaOpen.ui.menus);
  });

  it('showAbout records an alert', () => {
    const rt = new LocalAppsScript({ users });
    const e = rt.run('showAbout');
    expect(e.ok, e.error?.message).toBe(true);
    expect(rt.ui.alerts).toHaveLength(1);
    expect(rt.ui.alerts[0]!.title).toBe('About Customer Pyramid');
    expect(rt.ui.alerts[0]!.prompt).toMatch(/A \(top 1%\)/);
  });

  it('measures the bundle: size and the median time to load it into a fresh context', () => {
    const script = new vm.Script(code, { filename: 'Code.js' });
    const times: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      script.runInContext(vm.createContext({}));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = (times[9]! + times[10]!) / 2;
    // The same through the runtime (fresh context + service proxies + bundle), per execution.
    const rt = new LocalAppsScript();
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      rt.run('CustomerPyramid_noSuchFunction');
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    const size = statSync(codePath).size;
    console.log(
      `dist/Code.js: ${(size / 1024).toFixed(1)} KB; load into a fresh vm context: median ${median.toFixed(2)} ms of 20; ` +
        `fresh runtime execution (context + proxies + bundle): median ${((runs[9]! + runs[10]!) / 2).toFixed(2)} ms of 20`,
    );
    expect(size).toBeGreaterThan(0);
  });
});
