/**
 * Share of wallet (客户占有率): the part of a customer's yearly budget for our category that it
 * spends with us — the window's revenue scaled to a year (× 365 / the window's days) over the
 * budget. Null without a budget (blank, 0 or less). It can exceed 1 when the budget is stale.
 *
 * @example shareOfWallet(30_000, 91, 400_000) // 30,000 × 365 / 91 / 400,000 ≈ 0.30
 */
export function shareOfWallet(
  windowRevenue: number,
  windowDays: number,
  yearlyBudget: number | null | undefined,
): number | null {
  if (typeof yearlyBudget !== 'number' || !(yearlyBudget > 0) || !(windowDays > 0)) return null;
  return (windowRevenue * 365) / windowDays / yearlyBudget;
}
