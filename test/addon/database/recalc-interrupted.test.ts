/**
 * Recalculate tiers when users moved the add-on's columns apart (a user column between them),
 * cut short at every service call k, through the built bundle: the owned columns hold the
 * values of one recalculation, or say in their cells that the last one was interrupted; the
 * user's columns are never written; and the next run repairs everything.
 */
import { describe, expect, it } from 'vitest';
import type { CellValue, LocalAppsScript } from '../../../src/local/runtime';
import { EDITOR, newRuntime, setUp } from './support';

const OWNED = ['Tier', 'Quadrant', 'Band', 'Last Contact', 'Next Follow-up'];
const MARK = 'Interrupted: run Recalculate tiers again';

function recalc(rt: LocalAppsScript, failAtCall?: number) {
  return rt.run('recalculateTiers', [], {
    user: EDITOR,
    ...(failAtCall ? { failAtCall } : {}),
  });
}

/**
 * A recalculated book whose columns were then moved (My Column between Tier and Quadrant,
 * Band before Customer ID) and whose revenues changed, so that the next recalculation
 * changes every owned column but Last Contact and Next Follow-up.
 */
function scenario(): LocalAppsScript {
  const rt = newRuntime({ customers: 30, userColumn: true });
  setUp(rt);
  expect(recalc(rt).ok).toBe(true);
  const [header, ...rows] = rt.workbook.values('Customers');
  const order = [
    'Band',
    ...header!.filter((h) => !OWNED.includes(String(h)) && h !== 'My Column'),
    'Tier',
    'My Column',
    'Quadrant',
    'Last Contact',
    'Next Follow-up',
  ].map((h) => header!.indexOf(h));
  const revenue = header!.indexOf('Revenue');
  const moved = [header!, ...rows].map((r, i) => {
    const copy = [...r];
    if (i > 0) copy[revenue] = i * 1000; // the order of revenue reversed
    return order.map((c) => copy[c]!);
  });
  rt.workbook.setValues('Customers', moved);
  return rt;
}

/** Column values by header, below the header row. */
function columns(rt: LocalAppsScript): Record<string, CellValue[]> {
  const [header, ...rows] = rt.workbook.values('Customers');
  return Object.fromEntries(header!.map((h, c) => [String(h), rows.map((r) => r[c]!)]));
}

function pick(cols: Record<string, CellValue[]>, owned: boolean): Record<string, CellValue[]> {
  return Object.fromEntries(Object.entries(cols).filter(([h]) => OWNED.includes(h) === owned));
}

describe('Recalculate tiers with the add-on columns apart', () => {
  it('cut short at any call k: one recalculation or a visible mark, user columns untouched, repaired next run', () => {
    const old = columns(scenario());
    const clean = scenario();
    const run = recalc(clean);
    expect(run.ok).toBe(true);
    const fresh = columns(clean);
    // The case is real: the new recalculation changes Tier, Quadrant and Band.
    for (const h of ['Tier', 'Quadrant', 'Band']) expect(fresh[h], h).not.toEqual(old[h]);
    console.log(`recalculation with columns apart: ${run.callCount} service calls`);
    let marked = 0;
    for (let k = 1; k <= run.callCount; k++) {
      const rt = scenario();
      recalc(rt, k);
      const now = columns(rt);
      expect(pick(now, false), `user columns after a failure at call ${k}`).toEqual(
        pick(old, false),
      );
      const owned = pick(now, true);
      const allOld = OWNED.every((h) => JSON.stringify(owned[h]) === JSON.stringify(old[h]));
      const allNew = OWNED.every((h) => JSON.stringify(owned[h]) === JSON.stringify(fresh[h]));
      if (!allOld && !allNew) {
        marked++;
        // Each owned column is entirely new or entirely marked, and at least one is marked.
        for (const h of OWNED)
          expect(
            JSON.stringify(owned[h]) === JSON.stringify(fresh[h]) ||
              owned[h]!.every((v) => v === MARK),
            `${h} after a failure at call ${k}`,
          ).toBe(true);
        expect(OWNED.some((h) => owned[h]!.every((v) => v === MARK))).toBe(true);
      }
      expect(recalc(rt).ok).toBe(true);
      expect(columns(rt), `repaired after a failure at call ${k}`).toEqual(fresh);
    }
    // Failures fell between the column writes, not only before or after them.
    expect(marked).toBeGreaterThanOrEqual(OWNED.length);
  });
});
