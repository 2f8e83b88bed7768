/**
 * The rule a tier was computed with, written on every Tier History row, so a change caused
 * by new cut points or a new value basis can be told apart from a change in the customer.
 */

/** Bumped when the engine's tiering rule itself changes (ties, rounding, blanks). */
export const TIER_RULE_VERSION = 'v1';

const percent = (share: number): string => `${Number((share * 100).toPrecision(6))}%`;

/** E.g. `v1 revenue 1%/5%/20%`. */
export function ruleVersion(basis: string, cuts: readonly number[]): string {
  return `${TIER_RULE_VERSION} ${basis} ${cuts.map(percent).join('/')}`;
}
