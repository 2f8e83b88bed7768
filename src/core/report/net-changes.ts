/**
 * The changes a digest reports: the Tier History rows since the recipient's last digest,
 * folded per customer into one net change (B→A then A→B is no change; new then gone is
 * nothing), so a week of daily reruns or a late digest still reports each move once.
 */
import type { HistoryEntry } from './history-row';
import type { TierChange } from './tier-changes';

/** Net changes, in the order customers first appear in `entries`. */
export function netChanges(entries: readonly HistoryEntry[]): TierChange[] {
  const byId = new Map<string, { first: HistoryEntry; last: HistoryEntry }>();
  for (const e of entries) {
    const seen = byId.get(e.customerId);
    if (seen) seen.last = e;
    else byId.set(e.customerId, { first: e, last: e });
  }
  const out: TierChange[] = [];
  for (const [customerId, { first, last }] of byId) {
    if (first.from === last.to) continue;
    out.push({ customerId, name: last.name, from: first.from, to: last.to, value: last.value });
  }
  return out;
}
