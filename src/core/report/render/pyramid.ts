/**
 * "The pyramid now": customers and value per tier with totals and a bar per tier, then the
 * real 80/20 share and how it moved since the last report.
 */
import { formatCount, formatMoney } from '../../i18n';
import { TIERS } from '../../crm/vocabulary';
import type { DigestModel } from '../digest-model';
import { basisWord, tierName, type Block, type PyramidRow } from './blocks';
import { percent, type Say } from './format';

/** The pyramid table with totals, and the 80/20 sentence. */
export function pyramidBlocks(model: DigestModel, say: Say): Block[] {
  const { locale } = model;
  const basis = model.valueBasis === 'profit' ? say('profit') : say('revenue');
  const rows: PyramidRow[] = TIERS.map((tier) => {
    const row = model.pyramid.find((r) => r.tier === tier);
    const customers = row?.customers ?? 0;
    const value = row?.value ?? 0;
    const valueShare = row?.valueShare ?? 0;
    return {
      tier,
      cells: [
        tierName(tier, locale),
        formatCount(customers),
        percent(row?.customerShare ?? 0),
        formatMoney(value, locale),
        percent(valueShare),
      ],
      bar: Math.min(1, Math.max(0, valueShare)),
    };
  });
  rows.push({
    tier: null,
    cells: [
      say('total'),
      formatCount(model.totalCustomers),
      percent(model.totalCustomers ? 1 : 0),
      formatMoney(model.totalValue, locale),
      percent(model.totalValue ? 1 : 0),
    ],
    bar: null,
  });
  const { pareto } = model;
  const share = {
    top: percent(pareto.topShare),
    value: percent(pareto.valueShare),
    basis: basisWord(model),
  };
  let sentence = say('pareto', share);
  if (pareto.previousValueShare !== null) {
    // In points, rounded as printed, so a change too small to show reads "unchanged".
    const points = Math.round((pareto.valueShare - pareto.previousValueShare) * 1000) / 10;
    const n = Math.abs(points).toFixed(1);
    const change = say(points > 0 ? 'paretoUp' : points < 0 ? 'paretoDown' : 'paretoSame', { n });
    sentence = say('paretoChange', { ...share, change });
  }
  return [
    { kind: 'heading', text: say('pyramid') },
    {
      kind: 'table',
      head: [say('tier'), say('customers'), say('customerPct'), basis, say('valuePct')],
      rows,
    },
    { kind: 'para', text: sentence },
  ];
}
