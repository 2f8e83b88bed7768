import type { LocalizedText } from '../i18n';

/** Whether a customer still buys, by the days since its last order. */
export const STATUS_LABELS = {
  active: { en: 'Active', zh: '活跃' },
  dormant: { en: 'Dormant', zh: '休眠' },
  lost: { en: 'Lost', zh: '流失' },
} as const satisfies Record<string, LocalizedText>;
export type CustomerStatus = keyof typeof STATUS_LABELS;

/**
 * Active while the last order is less than `dormantDays` days old, dormant from then until
 * `lostDays`, lost from `lostDays` on. Null for a customer that has never ordered.
 *
 * @example customerStatus(120, 90, 365) // 'dormant'
 */
export function customerStatus(
  daysSinceLastOrder: number | null,
  dormantDays: number,
  lostDays: number,
): CustomerStatus | null {
  if (daysSinceLastOrder === null) return null;
  if (daysSinceLastOrder >= lostDays) return 'lost';
  return daysSinceLastOrder >= dormantDays ? 'dormant' : 'active';
}
