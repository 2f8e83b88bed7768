import { readNumberRange } from '../../core/range-input';
import { TIER_LABELS, TIERS } from '../../core/crm/vocabulary';
import type { Locale, LocalizedText } from '../../core/i18n';
import { summarizePyramid, type TierSummary } from '../../core/pyramid';
import { readLanguage, readNumberList } from './arguments';
import { defineCustomFunction } from './define';

const HEADER: Readonly<Record<Locale, readonly string[]>> = {
  en: ['Tier', 'Customers', '% of customers', 'Value', '% of value', 'Lowest value'],
  zh: ['级别', '客户数', '客户占比', '价值', '价值占比', '最低值'],
};
const TOTAL: LocalizedText = { en: 'Total', zh: '合计' };

function tierName(tier: keyof typeof TIER_LABELS, locale: Locale): string {
  const label = TIER_LABELS[tier][locale];
  return locale === 'zh' ? `${tier}（${label}）` : `${tier} (${label})`;
}

/** A table cell: NaN (an empty tier's lowest value, a share of nothing) is left blank. */
function cell(value: number): number | string {
  return Number.isNaN(value) ? '' : value;
}

function line(label: string, s: TierSummary): (number | string)[] {
  return [
    label,
    s.customers,
    cell(s.customerShare),
    cell(s.value),
    cell(s.valueShare),
    cell(s.lowest),
  ];
}

/**
 * =PYRAMID_SUMMARY(values, [cuts], [language]) → a table with a header, one line per tier
 * A–D and a total line: customers, % of customers, value, % of value, lowest value.
 * Shares are fractions (format the columns as %). Tiers follow CUSTOMER_TIER.
 */
export function pyramidSummary(
  values: unknown,
  cuts?: unknown,
  language?: unknown,
): (number | string)[][] {
  const range = readNumberRange(values, 'values');
  const summary = summarizePyramid(range.values, readNumberList(cuts, 'cuts'));
  const locale = readLanguage(language);
  return [
    [...HEADER[locale]],
    ...TIERS.map((tier) => line(tierName(tier, locale), summary.tiers[tier])),
    line(TOTAL[locale], summary.total),
  ];
}

export const PYRAMID_SUMMARY = defineCustomFunction(
  'PYRAMID_SUMMARY',
  {
    description:
      'A table of the customer pyramid: for each tier A–D and in total, the number of customers, % of customers, value, % of value and the lowest value. Tiers follow CUSTOMER_TIER (top ceil 1% / 5% / 20%, ties go up, 0 or less is D). Shares are fractions: format them as %.',
    params: [
      {
        name: 'values',
        type: 'number[][]',
        description: 'One column (or row) of customer values, e.g. revenue in C2:C.',
      },
      {
        name: 'cuts',
        type: 'number[][]',
        optional: true,
        description: 'Three cumulative shares ending A, A+B and A+B+C. Default {1%, 5%, 20%}.',
      },
      {
        name: 'language',
        type: 'string',
        optional: true,
        description: '"en" or "zh" for the labels; by default the spreadsheet locale.',
      },
    ],
    returns: 'A 6-column table with a header row, rows A, B, C, D and a total row.',
  },
  pyramidSummary,
);
