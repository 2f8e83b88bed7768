/**
 * What `npm start` prints about a book: the pyramid (customers and value per tier, with a bar
 * per tier), the real 80/20 share, and how many customers moved between tiers. Pure text
 * functions over the tiers the add-on wrote into the Customers sheet.
 */
import { TIERS, TIER_LABELS, type Tier } from '../../core/crm/vocabulary';
import { countOf, formatCount, formatMoney, formatPercent } from '../../core/i18n';
import { paretoCount, paretoShare, rankCount } from '../../core/pyramid';

/** One customer as read back from the Customers sheet after Recalculate tiers. */
export interface TieredCustomer {
  readonly id: string;
  readonly tier: Tier | '';
  readonly value: number;
}

const BAR_WIDTH = 40;
// The product's one number style (src/core/i18n), as in the mail and the add-on's messages.
const number = formatCount;
const money = (n: number): string => formatMoney(n, 'en');
const percent = formatPercent;

/** The pyramid as a table with one bar per tier, scaled to the tier's share of value. */
export function pyramidTable(customers: readonly TieredCustomer[]): string {
  const total = customers.reduce((sum, c) => sum + Math.max(0, c.value), 0);
  const lines = [`  tier            customers             value    share  `];
  for (const tier of TIERS) {
    const inTier = customers.filter((c) => c.tier === tier);
    const value = inTier.reduce((sum, c) => sum + Math.max(0, c.value), 0);
    const share = total > 0 ? value / total : 0;
    const bar = '█'.repeat(Math.round(share * BAR_WIDTH)) || (inTier.length > 0 ? '▏' : '');
    lines.push(
      `  ${tier} ${TIER_LABELS[tier].en.padEnd(10)} ${number(inTier.length).padStart(12)} ${money(value).padStart(17)} ${percent(share).padStart(7)}  ${bar}`,
    );
  }
  const untiered = customers.filter((c) => c.tier === '').length;
  lines.push(
    `  ${'total'.padEnd(12)} ${number(customers.length).padStart(12)} ${money(total).padStart(17)}`,
  );
  if (untiered > 0)
    lines.push(`  (${countOf(untiered, { en: ['row', 'rows'], zh: '行' }, 'en')} without a tier)`);
  return lines.join('\n');
}

/** The real 80/20 figures of a book: the top 20 %'s share of value, and the head-count for 80 %. */
export function paretoSummary(values: readonly number[]): string {
  const topShare = paretoShare(values, 0.2);
  if (Number.isNaN(topShare)) return '  80/20: no positive value in this book.';
  const needed = paretoCount(values, 0.8);
  return (
    `  80/20: the top ${percent(0.2)} of customers (${number(rankCount(0.2, values.length))}) hold ${percent(topShare)} of the value; ` +
    `${percent(0.8)} of the value comes from ${percent(needed.share)} of customers (${number(needed.customers)}).`
  );
}

/** The movement between two tier snapshots as a from × to matrix, plus new and gone counts. */
export function tierChanges(
  before: ReadonlyMap<string, Tier | ''>,
  after: ReadonlyMap<string, Tier | ''>,
): { text: string; changed: number } {
  const header = `  from \\ to ${TIERS.map((t) => t.padStart(7)).join('')}   moved`;
  const lines = [header];
  let changed = 0;
  for (const from of TIERS) {
    const counts = TIERS.map(() => 0);
    let moved = 0;
    for (const [id, tier] of before) {
      if (tier !== from) continue;
      const to = after.get(id);
      const index = to ? TIERS.indexOf(to as Tier) : -1;
      if (index >= 0) counts[index]!++;
      if (to !== undefined && to !== from) moved++;
    }
    changed += moved;
    lines.push(
      `  ${from.padEnd(10)} ${counts.map((n) => number(n).padStart(7)).join('')} ${number(moved).padStart(7)}`,
    );
  }
  const added = [...after.keys()].filter((id) => !before.has(id)).length;
  const gone = [...before.keys()].filter((id) => !after.has(id)).length;
  lines.push(`  new customers: ${number(added)}, gone: ${number(gone)}`);
  return { text: lines.join('\n'), changed: changed + added };
}
