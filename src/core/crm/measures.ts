import type { FunnelBand, Satisfaction } from './vocabulary';

/**
 * Satisfaction compares perceived performance with what the customer expected: below →
 * dissatisfied, equal → satisfied, above → delighted; '' when either is unknown.
 */
export function satisfactionOf(
  perceived: number | null | undefined,
  expected: number | null | undefined,
): Satisfaction | '' {
  if (typeof perceived !== 'number' || typeof expected !== 'number') return '';
  if (perceived < expected) return 'dissatisfied';
  return perceived === expected ? 'satisfied' : 'delighted';
}

/**
 * The sales-funnel band of a deal's close probability, a fraction 0–1:
 * top below 25 %, middle from 25 % to 75 % inclusive, bottom above 75 %; '' when unknown.
 */
export function funnelBandOf(probability: number | null | undefined): FunnelBand | '' {
  if (typeof probability !== 'number' || !Number.isFinite(probability)) return '';
  if (probability < 0.25) return 'top';
  return probability <= 0.75 ? 'middle' : 'bottom';
}
