/**
 * What changed between the last committed tiers and the pyramid now: promotions, demotions,
 * new customers and gone ones — one entry per customer whose tier is not what was committed.
 */
import type { Tier } from '../crm/vocabulary';
import type { CommittedCustomer } from './tier-state';

/** A customer in the book now (a customer without a value is not in the book). */
export interface RankedCustomer {
  readonly id: string;
  readonly name: string;
  readonly value: number;
  readonly tier: Tier;
}

/** One change: `from` null = new customer, `to` null = gone. */
export interface TierChange {
  readonly customerId: string;
  readonly name: string;
  readonly from: Tier | null;
  readonly to: Tier | null;
  /** The value now; for a gone customer, the last committed value. */
  readonly value: number;
}

/** The rank of a tier, A highest: a change to a higher rank is a promotion. */
export const tierRank = (tier: Tier): number => 'DCBA'.indexOf(tier);

/** The kind of a change, as the digest groups it. */
export function changeKind(
  c: Pick<TierChange, 'from' | 'to'>,
): 'promotion' | 'demotion' | 'new' | 'gone' {
  if (c.from === null) return 'new';
  if (c.to === null) return 'gone';
  return tierRank(c.to) > tierRank(c.from) ? 'promotion' : 'demotion';
}

/**
 * The changes from `committed` to `current`, in the order of `current` followed by the gone
 * customers in committed order. A customer id listed twice counts once (its first row), as
 * the sheet's own duplicate check reports the second. A value change within the same tier is
 * not a change. O(n).
 */
export function detectTierChanges(
  committed: ReadonlyMap<string, CommittedCustomer>,
  current: readonly RankedCustomer[],
): TierChange[] {
  const changes: TierChange[] = [];
  const seen = new Set<string>();
  for (const c of current) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const before = committed.get(c.id);
    if (before && before.tier === c.tier) continue;
    changes.push({
      customerId: c.id,
      name: c.name,
      from: before?.tier ?? null,
      to: c.tier,
      value: c.value,
    });
  }
  for (const [id, before] of committed)
    if (!seen.has(id))
      changes.push({
        customerId: id,
        name: before.name,
        from: before.tier,
        to: null,
        value: before.value,
      });
  return changes;
}
