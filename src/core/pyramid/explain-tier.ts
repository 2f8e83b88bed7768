import type { Tier } from '../crm/vocabulary';
import { fillTemplate, formatNumber, type Locale, type LocalizedText } from '../i18n';
import type { Pyramid } from './build-pyramid';
import { rankOf } from './rank-of';
import { tierOf } from './tier-of';
import { tierRankRanges, type RankRange } from './tier-rank-ranges';

/** What the pyramid ranks by (revenue or profit), as the explanation names it. */
export const VALUE_BASIS_LABELS = {
  revenue: { en: 'revenue', zh: '销售收入' },
  profit: { en: 'profit', zh: '利润' },
} as const satisfies Record<string, LocalizedText>;
export type ValueBasis = keyof typeof VALUE_BASIS_LABELS;

const TEXT = {
  rank: {
    en: '{basis} {value} is rank {rank} of {n}',
    zh: '{basis} {value} 排名第 {rank}（共 {n} 名）',
  },
  takes: { en: '{tier} takes ranks {first}–{last}', zh: '{tier} 级为第 {first}–{last} 名' },
  takesOne: { en: '{tier} takes rank {first}', zh: '{tier} 级为第 {first} 名' },
  notPositive: {
    en: 'a value of 0 or less is always D',
    zh: '数值为 0 或负数的客户一律为 D 级',
  },
  separator: { en: '; ', zh: '；' },
} as const satisfies Record<string, LocalizedText>;

function rangeText(tier: Tier, range: RankRange, locale: Locale): string {
  const template = range.first === range.last ? TEXT.takesOne : TEXT.takes;
  return fillTemplate(template[locale], {
    tier,
    first: formatNumber(range.first),
    last: formatNumber(range.last),
  });
}

/**
 * Says in words why a customer has its tier, for the digest, e.g.
 * "revenue 1,204,000 is rank 37 of 1,000; B takes ranks 11–50" (or in Chinese,
 * "销售收入 1,204,000 排名第 37（共 1,000 名）；B 级为第 11–50 名").
 * Build the pyramid once with {@link buildPyramid}; each explanation is then O(log n).
 *
 * @param value the customer's value (must be one of the book's values to read naturally)
 * @param pyramid the ranked book
 * @param basis what the values are: revenue (default) or profit
 */
export function explainTier(
  value: number,
  pyramid: Pyramid,
  locale: Locale,
  basis: ValueBasis = 'revenue',
): string {
  const rank = fillTemplate(TEXT.rank[locale], {
    basis: VALUE_BASIS_LABELS[basis][locale],
    value: formatNumber(value),
    rank: formatNumber(rankOf(value, pyramid)),
    n: formatNumber(pyramid.n),
  });
  const tier = tierOf(value, pyramid);
  const range = tierRankRanges(pyramid)[tier];
  const reason = !(value > 0) || !range ? TEXT.notPositive[locale] : rangeText(tier, range, locale);
  return `${rank}${TEXT.separator[locale]}${reason}`;
}
