/**
 * Set up sheets through the built bundle when things go wrong: cut short at any service call,
 * the next run ends where one clean run ends (headers, frozen rows, dropdowns, formats,
 * Settings); two at once end like one; a Settings key typed twice is an error naming both
 * cells. The concurrency check is also run without the document lock, to see it fail.
 */
import { describe, expect, it } from 'vitest';
import type { LocalAppsScript } from '../../../src/local/runtime';
import { bundleWithout, schedulerInterleaves } from './variants';
import { EDITOR, newRuntime, OWNER, setUp, type BookOptions } from './support';

/** Everything Set up sheets decides: each sheet's values, formulas and metadata, and the
 *  document properties (the stored layout, and no record of unfinished work). */
function state(rt: LocalAppsScript) {
  return {
    sheets: rt.workbook.sheetNames().map((name) => ({
      name,
      values: rt.workbook.values(name),
      formulas: rt.workbook.formulas(name),
      meta: rt.workbook.sheetMeta(name),
    })),
    // Parsed: the same JSON may list its keys in another order.
    properties: Object.fromEntries(
      Object.entries(rt.properties.document()).map(([k, v]) => [k, JSON.parse(v) as unknown]),
    ),
  };
}

/** A book with Customers (without the add-on's columns, with a user column) and Contacts. */
const BOOK: BookOptions = { customers: 12, userColumn: true };

function cleanRun() {
  const rt = newRuntime(BOOK);
  rt.ui.respondWith('OK');
  const e = rt.run('setUpSheets', [], { user: OWNER });
  expect(e.ok, e.error?.message).toBe(true);
  return { state: state(rt), calls: e.callCount };
}

describe('Set up sheets cut short', () => {
  const reference = cleanRun();
  const referenceText = JSON.stringify(reference.state);

  it('at any service call k, then run again, ends equal to one clean run', () => {
    console.log(
      `a clean Set up sheets makes ${reference.calls} service calls; each is failed in turn`,
    );
    expect(reference.state.sheets.map((s) => s.name)).toEqual([
      'Customers',
      'Contacts',
      'Interactions',
      'Settings',
    ]);
    let cutShort = 0;
    for (let k = 1; k <= reference.calls; k++) {
      const rt = newRuntime(BOOK);
      rt.ui.respondWith('OK');
      const cut = rt.run('setUpSheets', [], { user: OWNER, failAtCall: k });
      if (!cut.ok) cutShort++;
      setUp(rt);
      const after = state(rt);
      // Compared as text first (fast); a difference in key order only is left to toEqual.
      if (JSON.stringify(after) !== referenceText)
        expect(after, `failed at call ${k} (${cut.calls[k - 1]?.method})`).toEqual(reference.state);
    }
    // A failed call the add-on catches (the user's locale, a lost layout) does not end the run.
    expect(cutShort).toBeGreaterThan(reference.calls * 0.9);
  });
});

const interleaves = await schedulerInterleaves();

describe('two Set up sheets at once', () => {
  async function twoAtOnce(bundlePath?: string) {
    const rt = newRuntime({ ...BOOK, ...(bundlePath ? { bundlePath } : {}) });
    rt.ui.respondWith('OK');
    const runs = await rt.runConcurrently(
      [
        { fn: 'setUpSheets', opts: { user: OWNER } },
        { fn: 'setUpSheets', opts: { user: EDITOR } },
      ],
      'round-robin',
    );
    return { rt, runs };
  }

  it('end like one clean run, each told what happened', async () => {
    const { rt, runs } = await twoAtOnce();
    for (const e of runs) expect(e.ok, e.error?.message).toBe(true);
    expect(state(rt)).toEqual(cleanRun().state);
    expect(rt.ui.alerts.map((a) => a.prompt).join('\n')).not.toMatch(/already exists|missing/);
  });

  it.skipIf(!interleaves)('without the document lock, they collide', async () => {
    const { rt, runs } = await twoAtOnce(bundleWithout('lock'));
    const failed = runs.filter((e) => !e.ok).map((e) => e.error?.message);
    const same = JSON.stringify(state(rt)) === JSON.stringify(cleanRun().state);
    console.log(
      `without the lock: ${failed.join('; ') || 'no raw error'}; same as one run: ${same}`,
    );
    expect(failed.length > 0 || !same).toBe(true);
  });
});

describe('a setting typed twice', () => {
  it('stops Recalculate with a message naming both cells; nothing is written', () => {
    const rt = newRuntime({ customers: 10 });
    setUp(rt);
    const settings = rt.workbook.values('Settings');
    settings.push(['tier_cut_a', 0.5, 'typed again']);
    rt.workbook.setValues('Settings', settings);
    const before = rt.workbook.values('Customers');
    expect(rt.run('recalculateTiers', [], { user: EDITOR }).ok).toBe(true);
    expect(rt.ui.toasts.at(-1)?.message).toBe(
      `Nothing was written, because:\n\nSettings: the setting "tier_cut_a" is in both Settings!A2 and Settings!A${settings.length}. Keep one row, then try again.`,
    );
    expect(rt.workbook.values('Customers')).toEqual(before);
  });
});
