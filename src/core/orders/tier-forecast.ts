import { NO_TIER } from './tier-migration';

/** The expected pyramid after some periods. */
export interface TierForecast {
  /** Customers per tier A–D now (the "to" period). */
  readonly now: readonly number[];
  /** Expected customers per tier A–D after the periods. */
  readonly expected: readonly number[];
  /** Expected customers gone by then, of today's customers and the new arrivals. */
  readonly gone: number;
}

/**
 * Forecasts the pyramid with a Markov chain fitted to one observed migration (the counts of
 * {@link tierMigration}):
 * - states A, B, C, D and Gone; Gone is absorbing (a customer gone stays gone);
 * - a customer in tier i moves to tier j (or Gone) with the observed share
 *   counts[i][j] / (all customers who were in i); a tier nobody was in keeps its customers;
 * - each period the same numbers of new customers as observed arrive in each tier
 *   (counts[New][j]), after the moves;
 * - start: the customers per tier in the "to" period; so after one period
 *   expected[j] = Σ_i now[i] × P(i → j) + new[j], and so on `periods` times.
 * Expected counts are fractional. With nobody gone and nobody new, the total is conserved.
 *
 * @example tierForecast(counts, 1).expected // the pyramid one period on
 */
export function tierForecast(
  counts: readonly (readonly number[])[],
  periods: number,
): TierForecast {
  if (!(Number.isInteger(periods) && periods >= 0))
    throw new Error('tierForecast: periods must be a whole number');
  const share: number[][] = [0, 1, 2, 3].map((i) => {
    const row = counts[i]!;
    const out = row.reduce((s, x) => s + x, 0);
    return out > 0 ? row.map((x) => x / out) : [0, 1, 2, 3, 4].map((j) => (j === i ? 1 : 0));
  });
  const arrivals = [0, 1, 2, 3].map((j) => counts[NO_TIER]![j]!);
  const now = [0, 1, 2, 3].map((j) => counts.reduce((s, row) => s + row[j]!, 0));
  let state = now;
  let gone = 0;
  for (let p = 0; p < periods; p++) {
    const next = [...arrivals];
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) next[j] = next[j]! + state[i]! * share[i]![j]!;
      gone += state[i]! * share[i]![NO_TIER]!;
    }
    state = next;
  }
  return { now, expected: state, gone };
}
