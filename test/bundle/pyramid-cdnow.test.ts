import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalAppsScript } from '../../src/local/runtime';
import { assignTiers, paretoCount, paretoShare } from '../../src/core/pyramid';

// A real book: CDNOW's 23,570 customers. Totals, tiers and the 80/20 share are worked out
// here a second, deliberately naive way, and the engine and the built bundle must agree.
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const file = path.resolve(repoRoot, '../shared/datasets/cdnow/CDNOW_master.txt');
const present = existsSync(file);
if (!present)
  console.log(`CDNOW test skipped: ${file} is absent (the data set is not in the repo).`);

function customerTotals(): number[] {
  const totals = new Map<string, number>();
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 4) continue;
    totals.set(fields[0]!, (totals.get(fields[0]!) ?? 0) + Number(fields[3]));
  }
  return [...totals.values()];
}

/** Tier by competition rank (1 + how many are strictly better), with integer ceilings. */
function naiveTiers(values: number[]): string[] {
  const n = values.length;
  const ceilPercent = (p: number): number => Math.floor((n * p + 99) / 100);
  const [a, b, c] = [ceilPercent(1), ceilPercent(5), ceilPercent(20)];
  const best = [...values].sort((x, y) => y - x);
  const rank = new Map<number, number>();
  best.forEach((v, i) => {
    if (!rank.has(v)) rank.set(v, i + 1);
  });
  return values.map((v) => {
    const r = rank.get(v)!;
    if (v <= 0) return 'D';
    return r <= a ? 'A' : r <= b ? 'B' : r <= c ? 'C' : 'D';
  });
}

function naiveTopShare(values: number[], percent: number): number {
  const best = values.map((v) => Math.max(v, 0)).sort((x, y) => y - x);
  const top = Math.floor((best.length * percent + 99) / 100);
  const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
  return sum(best.slice(0, top)) / sum(best);
}

describe.skipIf(!present)('the CDNOW book (23,570 customers)', () => {
  const totals = present ? customerTotals() : [];

  it('has the documented size', () => {
    expect(totals.length).toBe(23_570);
  });

  it('gets the same tiers from the engine as from a naive count', () => {
    const expected = naiveTiers(totals);
    expect(assignTiers(totals)).toEqual(expected);
    const counts = { A: 0, B: 0, C: 0, D: 0 } as Record<string, number>;
    for (const t of expected) counts[t]!++;
    console.log(`CDNOW tiers: ${JSON.stringify(counts)}`);
    // ceil(1%), ceil(5%), ceil(20%) of 23,570 plus any ties at the cuts
    expect(counts.A).toBeGreaterThanOrEqual(236);
    expect(counts.A! + counts.B!).toBeGreaterThanOrEqual(1179);
    expect(counts.A! + counts.B! + counts.C!).toBeGreaterThanOrEqual(4714);
  });

  it('has a top 20% holding about 68% of value, as a naive sum says', () => {
    const expected = naiveTopShare(totals, 20);
    expect(expected).toBeGreaterThan(0.66);
    expect(expected).toBeLessThan(0.7);
    expect(paretoShare(totals, 0.2)).toBeCloseTo(expected, 9);
    const { customers } = paretoCount(totals, 0.8);
    // The smallest head-count reaching 80%: one fewer would not.
    const best = [...totals].sort((x, y) => y - x);
    const total = best.reduce((s, x) => s + x, 0);
    const held = (k: number): number => best.slice(0, k).reduce((s, x) => s + x, 0);
    expect(held(customers)).toBeGreaterThanOrEqual(0.8 * total * (1 - 1e-12));
    expect(held(customers - 1)).toBeLessThan(0.8 * total);
    console.log(
      `CDNOW: top 20% hold ${(expected * 100).toFixed(1)}%; 80% of value needs ${customers} customers`,
    );
  });

  it('gives the same answers through the built bundle in the local runtime', () => {
    const app = new LocalAppsScript();
    const column = [...totals.map((v) => [v]), [''], ['']];
    const tiers = app.run('CUSTOMER_TIER', [column], { authMode: 'CUSTOM_FUNCTION' });
    expect(tiers.ok).toBe(true);
    expect(tiers.callCount).toBe(0);
    expect((tiers.value as string[][]).flat()).toEqual([...naiveTiers(totals), '', '']);
    const share = app.run('PARETO_SHARE', [column, 0.2], { authMode: 'CUSTOM_FUNCTION' });
    expect(share.value as number).toBeCloseTo(naiveTopShare(totals, 20), 9);
  });
});
