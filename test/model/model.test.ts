/**
 * The randomized model test, fixed seeds: random sequences of operations by five users on one
 * shared book — logs and double submits, Recalculate, Set up, schedule save / stop / take
 * over, sharing changes, header renames, report runs (trigger and Send report now), faults at
 * random service calls, kills at random time budgets and two executions interleaved — checked
 * after every step against the invariants of test/model/invariants.ts. `npm run soak` runs
 * many more. Each guard, removed from the bundle, is caught by some sequence.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OWNER, STRANGER, VIEWER } from '../addon/database/support';
import { bundleWithoutModelGuard } from './guards';
import { sequenceArb, type Op } from './ops';
import { emptyStats, ModelWorld, runSequence, type BundleOptions } from './world';

/** The first violation among `count` sequences from `seed`, as a sentence, or undefined. */
async function firstViolation(
  count: number,
  seed: number,
  options: BundleOptions = {},
): Promise<string | undefined> {
  const stats = emptyStats();
  for (const ops of fc.sample(sequenceArb(12), { numRuns: count, seed })) {
    const failure = await runSequence(ops, stats, options);
    if (failure)
      return `after step ${failure.step} ${JSON.stringify(failure.op)}: ${failure.violations.join(' | ')}`;
  }
  return undefined;
}

describe('the model: every promise after every step', () => {
  it('holds on 60 fixed-seed sequences', async () => {
    expect(await firstViolation(60, 20_251)).toBeUndefined();
  });

  it('catches the bundle without the editor check of Send report now', async () => {
    const found = await firstViolation(40, 1, {
      bundlePath: bundleWithoutModelGuard('editorFirst'),
    });
    expect(found).toMatch(/(none|viewer)\) changed the document properties/);
  });
});

describe('violations the model found, as regular tests', () => {
  async function holds(steps: Op[]): Promise<void> {
    const world = new ModelWorld(emptyStats());
    for (const op of steps) expect(await world.step(op), JSON.stringify(op)).toEqual([]);
  }

  it('a schedule owner demoted to viewer: their triggers, even two at once, write nothing', async () => {
    await holds([
      { t: 'rename', header: 'Name', renamed: true },
      {
        t: 'exec',
        exec: {
          t: 'save',
          user: 'ann@example.com',
          recipients: ['li@example.com'],
          hour: 5,
          takeOver: true,
        },
      },
      { t: 'share', user: 'ann@example.com', role: 'viewer' },
      { t: 'advance', hours: 74 },
      { t: 'pair', a: { t: 'trigger' }, b: { t: 'trigger' }, seed: 162954380 },
    ] as Op[]);
  });

  it('a viewer’s Recalculate changes nothing, not even the remembered layout', async () => {
    await holds([
      { t: 'rename', header: 'Revenue', renamed: true },
      { t: 'exec', exec: { t: 'recalc', user: VIEWER } },
    ]);
  });

  it('a viewer’s or an outsider’s Set up sheets changes nothing, not even after a failure', async () => {
    await holds([
      { t: 'exec', exec: { t: 'setup', user: VIEWER } },
      { t: 'exec', exec: { t: 'setup', user: STRANGER }, fault: { failAt: 31 } },
    ]);
  });

  it('a failed read of the remembered layout is not written back as an empty one', async () => {
    const logBy = (user: typeof VIEWER | typeof STRANGER, key: number): Op => ({
      t: 'exec',
      exec: { t: 'log', user, key, summary: '@call back', customer: 3 },
      fault: { failAt: 2 },
    });
    await holds([logBy(VIEWER, 0), logBy(STRANGER, 1)]);
  });

  // Set up sheets, run while the value column is renamed, adds a new empty Revenue column;
  // the next report must refuse that book instead of recording every customer as gone.
  it('a report after Set up re-added a renamed value column records no movement', async () => {
    await holds([
      { t: 'exec', exec: { t: 'sendNow', user: OWNER } },
      { t: 'rename', header: 'Revenue', renamed: true },
      { t: 'exec', exec: { t: 'setup', user: OWNER } },
      { t: 'advance', hours: 1 },
      { t: 'exec', exec: { t: 'sendNow', user: OWNER } },
    ]);
  });
});
