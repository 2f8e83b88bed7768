import type { LocalizedText } from '../i18n';
import type { DayRange } from './window-days';

/** Stages of a customer relationship, in the order a relationship usually passes them. */
export const STAGE_LABELS = {
  breakthrough: { en: 'Breakthrough', zh: '突破期' },
  consolidation: { en: 'Consolidation', zh: '巩固期' },
  growth: { en: 'Growth', zh: '成长期' },
  harvest: { en: 'Harvest', zh: '收获期' },
  defence: { en: 'Defence', zh: '防御期' },
  hibernation: { en: 'Hibernation', zh: '冬眠期' },
  pause: { en: 'Pause', zh: '暂停期' },
} as const satisfies Record<string, LocalizedText>;
export type LifecycleStage = keyof typeof STAGE_LABELS;

/** The thresholds of the lifecycle rule (Settings). */
export interface LifecycleRule {
  /** Days without an order from which a customer is dormant (hibernation). */
  readonly dormantDays: number;
  /** Days without an order from which a customer is lost (pause). */
  readonly lostDays: number;
  /** The change in value, as a fraction, that counts as growth or decline (0.1 = 10 %). */
  readonly growth: number;
}

/** Dormant after 90 days, lost after 365, growth or decline from ±10 %. */
export const DEFAULT_LIFECYCLE_RULE: LifecycleRule = {
  dormantDays: 90,
  lostDays: 365,
  growth: 0.1,
};

/** What the rule looks at, for one customer. */
export interface StageInput {
  /** Value in the window and in the previous window of the same length. */
  readonly value: number;
  readonly previous: number;
  /** Day numbers of the first and last order, null when the customer never ordered. */
  readonly firstOrderDay: number | null;
  readonly daysSinceLastOrder: number | null;
}

/**
 * The lifecycle stage, the first rule that holds:
 * 1. pause (暂停期): no order for `lostDays` days or more;
 * 2. hibernation (冬眠期): no order for `dormantDays` days or more;
 * 3. breakthrough (突破期): the first order is in the current window;
 * 4. consolidation (巩固期): the first order is in the previous window (the relationship's
 *    second window);
 * 5. growth (成长期): value up by `growth` or more on the previous window;
 * 6. defence (防御期): value down by `growth` or more (the customer still orders: rule 2 failed);
 * 7. harvest (收获期): otherwise — steady within ±`growth`, with two full windows of history.
 * A previous value of 0 or less compares by sign: more is growth, less is defence.
 * Null for a customer that never ordered.
 */
export function lifecycleStage(
  input: StageInput,
  windows: { readonly current: DayRange; readonly previous: DayRange },
  rule: LifecycleRule,
): LifecycleStage | null {
  const { value, previous, firstOrderDay, daysSinceLastOrder } = input;
  if (firstOrderDay === null || daysSinceLastOrder === null) return null;
  if (daysSinceLastOrder >= rule.lostDays) return 'pause';
  if (daysSinceLastOrder >= rule.dormantDays) return 'hibernation';
  if (firstOrderDay >= windows.current.first) return 'breakthrough';
  if (firstOrderDay >= windows.previous.first) return 'consolidation';
  if (previous > 0) {
    const change = (value - previous) / previous;
    if (change >= rule.growth) return 'growth';
    return change <= -rule.growth ? 'defence' : 'harvest';
  }
  if (value > previous) return 'growth';
  return value < previous ? 'defence' : 'harvest';
}
