/**
 * How many customers make up the best `share` of a book of `n`: ceil(share × n).
 *
 * Rounds up so that a small book still has a top: 1% of 7 customers is 1 customer, not 0.
 * Products that floating point makes a hair too big (0.07 × 100 = 7.000000000000001) are
 * snapped to the whole number first, so that 7% of 100 is 7, not 8.
 *
 * @example rankCount(0.01, 1000) // 10
 * @example rankCount(0.01, 7) // 1
 */
export function rankCount(share: number, n: number): number {
  const exact = share * n;
  const nearest = Math.round(exact);
  const count = Math.abs(exact - nearest) <= 1e-9 * Math.max(1, exact) ? nearest : Math.ceil(exact);
  return Math.min(n, Math.max(0, count));
}
