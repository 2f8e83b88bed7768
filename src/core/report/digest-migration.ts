/**
 * The digest's behaviour-over-time section: how customers moved between tiers since the
 * recipient's last digest (the migration table), the share who kept their tier, and the
 * Markov forecast of the next period's pyramid. Pure, and from what the job already holds:
 * the tiers now and the digest's net changes, so it needs no read of its own.
 */
import type { Tier } from '../crm/vocabulary';
import { migrationTable, tierForecast, tierMigration, type TierForecast } from '../orders';
import type { TierChange } from './tier-changes';

export interface DigestMigration {
  /**
   * 6 × 6 counts (see `migrationTable`): rows A, B, C, D, New, Total (the tier at the last
   * digest); columns A, B, C, D, Gone, Total (the tier now).
   */
  readonly table: readonly (readonly number[])[];
  /** Of the customers who had a tier at the last digest, the share in the same tier now; null when there were none. */
  readonly kept: number | null;
  /** The expected pyramid one period on, if customers keep moving as they did. */
  readonly forecast: TierForecast;
}

/**
 * The migration since the last digest. The tiers then are the tiers now with the digest's net
 * changes undone: a customer with a net change was in its `from` tier (none when new), any
 * other customer now was in the tier it has now; a gone customer was in its `from` tier and
 * has none now. A customer id listed twice counts once (its first row), as in the history.
 */
export function digestMigration(
  now: readonly { readonly id: string; readonly tier: Tier }[],
  changes: readonly TierChange[],
): DigestMigration {
  const changed = new Map(changes.map((c) => [c.customerId, c]));
  const from: (Tier | null)[] = [];
  const to: (Tier | null)[] = [];
  const seen = new Set<string>();
  for (const c of now) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const change = changed.get(c.id);
    from.push(change ? change.from : c.tier);
    to.push(c.tier);
  }
  for (const c of changes)
    if (c.to === null && c.from !== null && !seen.has(c.customerId)) {
      from.push(c.from);
      to.push(null);
    }
  const counts = tierMigration(from, to);
  const table = migrationTable(counts);
  const before = [0, 1, 2, 3].reduce((s, i) => s + table[i]![5]!, 0);
  const stayed = [0, 1, 2, 3].reduce((s, i) => s + table[i]![i]!, 0);
  return {
    table,
    kept: before > 0 ? stayed / before : null,
    forecast: tierForecast(counts, 1),
  };
}
