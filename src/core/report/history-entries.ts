/**
 * Turns detected changes into Tier History rows: each with the customer's rank in the book
 * now and the reason in words ("revenue 1,204,000 is rank 37 of 1,000; B takes ranks 11–50").
 */
import type { Locale } from '../i18n';
import { explainTier, rankOf, type Pyramid, type ValueBasis } from '../pyramid';
import { goneReason } from './gone-reason';
import type { HistoryEntry } from './history-row';
import type { TierChange } from './tier-changes';

export interface HistoryContext {
  /** `yyyy-MM-dd`, spreadsheet time zone. */
  readonly date: string;
  readonly locale: Locale;
  readonly basis: ValueBasis;
  /** See `ruleVersion`. */
  readonly rules: string;
  /** The run id, e.g. `r12`. */
  readonly run: string;
}

/** One history entry per change, in the changes' order. O(k log n) for k changes. */
export function historyEntries(
  changes: readonly TierChange[],
  pyramid: Pyramid,
  ctx: HistoryContext,
): HistoryEntry[] {
  return changes.map((c) => ({
    ...c,
    date: ctx.date,
    rank: c.to === null ? null : rankOf(c.value, pyramid),
    of: pyramid.n,
    reason:
      c.to === null ? goneReason(ctx.locale) : explainTier(c.value, pyramid, ctx.locale, ctx.basis),
    rules: ctx.rules,
    run: ctx.run,
  }));
}
