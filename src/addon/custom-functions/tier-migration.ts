import type { Locale, LocalizedText } from '../../core/i18n';
import { migrationTable, tierMigration } from '../../core/orders';
import { readLanguage } from './arguments';
import { defineCustomFunction } from './define';
import { readTierPair } from './tier-ranges';

/** Labels of the migration table and forecast. */
export const MIGRATION_LABELS = {
  corner: { en: 'From \\ To', zh: '从 \\ 到' },
  gone: { en: 'Gone', zh: '离开' },
  new: { en: 'New', zh: '新增' },
  total: { en: 'Total', zh: '合计' },
} as const satisfies Record<string, LocalizedText>;

/**
 * =TIER_MIGRATION(from_tiers, to_tiers, [language]) → the 7 × 7 table of how many customers
 * moved from each tier to each between two periods: rows A, B, C, D, New, Total; columns A, B,
 * C, D, Gone, Total. Blank → tier is a new customer, tier → blank one gone, blank → blank no
 * customer.
 */
export function tierMigrationFunction(
  fromTiers: unknown,
  toTiers: unknown,
  language?: unknown,
): (string | number)[][] {
  const [from, to] = readTierPair(fromTiers, toTiers);
  const locale: Locale = readLanguage(language);
  const L = (key: keyof typeof MIGRATION_LABELS): string => MIGRATION_LABELS[key][locale];
  const table = migrationTable(tierMigration(from.tiers, to.tiers));
  const rowNames = ['A', 'B', 'C', 'D', L('new'), L('total')];
  return [
    [L('corner'), 'A', 'B', 'C', 'D', L('gone'), L('total')],
    ...table.map((row, i) => [rowNames[i]!, ...row]),
  ];
}

const TIERS_PARAMS = [
  { name: 'from_tiers', type: 'string[][]', description: 'Tiers then: A, B, C, D or blank.' },
  {
    name: 'to_tiers',
    type: 'string[][]',
    description: "The same customers' tiers now, same shape.",
  },
] as const;

/** The language parameter's help, shared by both migration functions. */
export const LANGUAGE_PARAM = {
  name: 'language',
  type: 'string',
  optional: true,
  description: '"en" or "zh"; default the spreadsheet locale.',
} as const;
export { TIERS_PARAMS };

export const TIER_MIGRATION = defineCustomFunction(
  'TIER_MIGRATION',
  {
    description:
      'How many customers moved from each tier (rows A–D, New) to each (columns A–D, Gone) between two periods, with totals. Blank then = new; blank now = gone.',
    params: [...TIERS_PARAMS, LANGUAGE_PARAM],
    returns: 'A 7 × 7 table of counts.',
  },
  tierMigrationFunction,
);
