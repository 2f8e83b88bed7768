import { fillTemplate, type Locale } from '../../core/i18n';
import { tierForecast, tierMigration } from '../../core/orders';
import { InputError } from '../../core/range-input';
import { readLanguage, readOptionalNumber } from './arguments';
import { defineCustomFunction } from './define';
import { LANGUAGE_PARAM, MIGRATION_LABELS, TIERS_PARAMS } from './tier-migration';
import { readTierPair } from './tier-ranges';

const MAX_PERIODS = 100;

const HEADER = {
  en: ['Tier', 'Now', 'Expected after {n} period(s)'],
  zh: ['级别', '当前', '{n} 期后预计'],
} as const satisfies Record<Locale, readonly string[]>;

/**
 * =TIER_FORECAST(from_tiers, to_tiers, [periods], [language]) → the expected customers per
 * tier after `periods` more periods if customers keep moving as they did between the two
 * ranges (a Markov chain on the observed shares; gone is absorbing; the observed new arrivals
 * arrive again each period). Rows A, B, C, D, Gone, Total (A–D); columns now and expected.
 */
export function tierForecastFunction(
  fromTiers: unknown,
  toTiers: unknown,
  periods?: unknown,
  language?: unknown,
): (string | number)[][] {
  const [from, to] = readTierPair(fromTiers, toTiers);
  const n = readOptionalNumber(periods, 'periods') ?? 1;
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_PERIODS))
    throw new InputError(`periods must be a whole number from 1 to ${MAX_PERIODS}, not ${n}`);
  const locale = readLanguage(language);
  const forecast = tierForecast(tierMigration(from.tiers, to.tiers), n);
  const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);
  return [
    HEADER[locale].map((text) => fillTemplate(text, { n })),
    ...['A', 'B', 'C', 'D'].map((tier, i) => [tier, forecast.now[i]!, forecast.expected[i]!]),
    [MIGRATION_LABELS.gone[locale], 0, forecast.gone],
    [MIGRATION_LABELS.total[locale], sum(forecast.now), sum(forecast.expected)],
  ];
}

export const TIER_FORECAST = defineCustomFunction(
  'TIER_FORECAST',
  {
    description:
      'Expected A–D customers after more periods if they keep moving as from_tiers → to_tiers did (Markov chain; gone stays gone; as many new arrive each period).',
    params: [
      ...TIERS_PARAMS,
      {
        name: 'periods',
        type: 'number',
        optional: true,
        description: 'Periods ahead, 1 to 100. Default 1.',
      },
      LANGUAGE_PARAM,
    ],
    returns: 'A table: A, B, C, D, Gone, Total; now and expected.',
  },
  tierForecastFunction,
);
