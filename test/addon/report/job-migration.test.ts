/**
 * The digest's movement section through the BUILT bundle: two report runs with tier changes
 * in between. The migration table in the mail agrees with the Tier History rows the second
 * run wrote, and the forecast equals TIER_FORECAST over the two runs' tier columns (the
 * committed Tier State after each run), computed here with the function's own code.
 */
import { describe, expect, it } from 'vitest';
import { tierForecastFunction } from '../../../src/addon/custom-functions/tier-forecast';
import { tierMigrationFunction } from '../../../src/addon/custom-functions/tier-migration';
import type { Tier } from '../../../src/core/crm/vocabulary';
import { formatNumber, formatPercent } from '../../../src/core/i18n';
import { decodeTierState } from '../../../src/core/report/tier-state';
import type { LocalAppsScript } from '../../../src/local/runtime';
import {
  digests,
  editCustomers,
  historyRows,
  jobRuntime,
  OWNER,
  RECIPIENTS,
  runTrigger,
  saveSchedule,
} from './job-support';

const TIERS = ['A', 'B', 'C', 'D'] as const;

/** Customer id → tier, as the last run committed it. */
function committedTiers(rt: LocalAppsScript): Map<string, Tier> {
  const cells = rt.workbook.values('Tier State').map((row) => row[0]);
  return new Map([...decodeTierState(cells).customers].map(([id, c]) => [id, c.tier]));
}

/** The cells of the text part's table whose header line matches `head` (rules skipped). */
function textTable(body: string, head: RegExp, rows: number): string[][] {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => head.test(l));
  expect(at, String(head)).toBeGreaterThanOrEqual(0);
  return lines
    .slice(at + 1)
    .filter((l) => !/^-+$/.test(l))
    .slice(0, rows)
    .map((l) => l.trim().split(/\s{2,}/));
}

describe('report job: the movement section', () => {
  it('mails the migration the history recorded and the forecast TIER_FORECAST gives', () => {
    const rt = jobRuntime({ customers: 200, now: new Date('2026-11-30T01:00:00Z') });
    saveSchedule(rt);
    expect(runTrigger(rt).ok).toBe(true);
    const baseline = digests(rt);
    expect(baseline).toHaveLength(RECIPIENTS.length);
    expect(baseline[0]!.body).toContain('No movement table yet: this report is the baseline');
    expect(baseline[0]!.body).not.toContain('From \\ To');
    const then = committedTiers(rt);

    // A week later: a D and a newcomer take A (the A and the last Bs move down), a C falls to
    // D, two leave, and two more newcomers arrive in D.
    rt.clock.set(new Date('2026-12-07T01:00:00Z'));
    editCustomers(
      rt,
      { C0150: { Revenue: 1e9 }, C0004: null, C0199: null, C0030: { Revenue: 1 } },
      [
        { 'Customer ID': 'N0001', Name: 'New <one>', Revenue: 1e8, Owners: OWNER },
        { 'Customer ID': 'N0002', Name: 'New two', Revenue: 10, Owners: OWNER },
        { 'Customer ID': 'N0003', Name: 'New three', Revenue: 20, Owners: OWNER },
      ],
    );
    expect(runTrigger(rt).ok).toBe(true);
    const now = committedTiers(rt);
    const mail = digests(rt)[RECIPIENTS.length]!;

    // The second run's Tier History rows, counted per (from, to); blank is new or gone.
    const rows = historyRows(rt).filter((r) => r.Run === 'r2');
    expect(rows.length).toBeGreaterThan(4);
    const moved = new Map<string, number>();
    for (const r of rows) {
      const key = `${String(r.From) || 'new'}>${String(r.To) || 'gone'}`;
      moved.set(key, (moved.get(key) ?? 0) + 1);
    }

    const table = textTable(mail.body, /^From \\ To +A +B +C +D +Gone +Total$/, 6);
    const names = [...TIERS, 'New', 'Total'];
    const columns = [...TIERS, 'gone', 'total'];
    const figure = (r: number, c: number): number => Number(table[r]![c + 1]!.replace(/,/g, ''));
    expect(table.map((row) => row[0])).toEqual(names);
    for (let r = 0; r < 5; r++)
      for (let c = 0; c < 5; c++) {
        if (r === c) continue;
        const from = r === 4 ? 'new' : TIERS[r]!;
        expect(figure(r, c), `${from} → ${columns[c]}`).toBe(
          moved.get(`${from}>${columns[c]}`) ?? 0,
        );
      }
    // Who kept their tier: everyone in the tier before, less those the history moved out.
    for (let t = 0; t < 4; t++) {
      const before = [...then.values()].filter((x) => x === TIERS[t]).length;
      const left = rows.filter((r) => r.From === TIERS[t]).length;
      expect(figure(t, t)).toBe(before - left);
    }

    // The same two tier columns, over every customer of either run, through the functions.
    const ids = [...new Set([...then.keys(), ...now.keys()])];
    const fromColumn = ids.map((id) => [then.get(id) ?? '']);
    const toColumn = ids.map((id) => [now.get(id) ?? '']);
    const migration = tierMigrationFunction(fromColumn, toColumn, 'en');
    expect(table.map((row) => row.slice(1).map((x) => Number(x.replace(/,/g, ''))))).toEqual(
      migration.slice(1).map((row) => row.slice(1)),
    );
    const kept = TIERS.reduce((s, _, i) => s + figure(i, i), 0);
    const before = TIERS.reduce((s, _, i) => s + figure(i, 5), 0);
    expect(mail.body).toContain(
      `${formatNumber(kept, 0)} of ${formatNumber(before, 0)} customers (${formatPercent(kept / before)}) kept their tier`,
    );

    const forecast = tierForecastFunction(fromColumn, toColumn, 1, 'en');
    const shown = textTable(mail.body, /^Tier +Now +Expected +Change$/, 5);
    // Shares such as 6 of 8 make fractional expectations: they show with one decimal.
    expect(forecast.slice(1, 5).some((row) => !Number.isInteger(row[2]))).toBe(true);
    for (let t = 0; t < 4; t++) {
      const [, nowCount, expected] = forecast[t + 1] as [string, number, number];
      expect(shown[t]!.slice(1, 3)).toEqual([formatNumber(nowCount, 0), formatNumber(expected, 1)]);
    }
    expect(mail.body).toContain(
      `about ${formatNumber(forecast[5]![2] as number, 1)} customers would leave`,
    );
    // The HTML part carries the same figures in its data table, the new names escaped elsewhere.
    const html = mail.htmlBody!;
    const cells = [...html.matchAll(/<caption[\s\S]*?<\/table>/g)][0]![0];
    const tds = [...cells.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(tds).toEqual(table.flatMap((row) => row.slice(1)));
    expect(html).not.toContain('New <one>');
  });
});
