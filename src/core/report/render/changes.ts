/**
 * The tier changes since the last report: moved up, moved down, new and gone, each grouped
 * by tier with the value and the reason in words.
 */
import { formatMoney } from '../../i18n';
import { TIERS, type Tier } from '../../crm/vocabulary';
import type { DigestChange, DigestModel } from '../digest-model';
import { basisWord, capped, tierName, type Block, type Item } from './blocks';
import type { Say } from './format';

/**
 * One section of changes, grouped by tier (the tier reached; for gone customers the tier
 * left), best tier first and the largest value first within a tier, so that when the list
 * is capped the changes that matter most are the ones shown. Empty sections are left out.
 */
function changeBlocks(
  heading: string,
  changes: readonly DigestChange[],
  tone: Item['tone'],
  model: DigestModel,
  say: Say,
): Block[] {
  if (!changes.length) return [];
  const basis = basisWord(model);
  const tierOf = (c: DigestChange): Tier | null => c.to ?? c.from;
  const ordered = TIERS.flatMap((tier) =>
    changes.filter((c) => tierOf(c) === tier).sort((a, b) => b.value - a.value),
  );
  const toBlock = (c: DigestChange): Block => ({
    kind: 'item',
    item: {
      name: c.name,
      id: c.customerId,
      // New and gone customers have no move to show: their group names the tier.
      line: `${c.from && c.to ? `${c.from} → ${c.to} · ` : ''}${basis} ${formatMoney(c.value, model.locale)}`,
      ...(c.reason ? { note: c.reason } : {}),
      ...(tone ? { tone } : {}),
    },
  });
  const blocks: Block[] = [
    { kind: 'heading', text: say('counted', { text: heading, n: changes.length }) },
  ];
  // A group heading goes in front of the first shown item of each tier.
  let current: Tier | null = null;
  capped(ordered, toBlock, 'moreInHistory', say).forEach((block, i) => {
    const tier = block.kind === 'item' ? tierOf(ordered[i]!) : null;
    if (tier && tier !== current) {
      current = tier;
      blocks.push({ kind: 'group', tier, text: tierName(tier, model.locale) });
    }
    blocks.push(block);
  });
  return blocks;
}

/** All four change sections; empty when nothing changed. */
export function changesBlocks(model: DigestModel, say: Say): Block[] {
  return [
    ...changeBlocks(say('promotions'), model.promotions, 'up', model, say),
    ...changeBlocks(say('demotions'), model.demotions, 'down', model, say),
    ...changeBlocks(say('newCustomers'), model.newCustomers, 'up', model, say),
    ...changeBlocks(say('goneCustomers'), model.goneCustomers, 'down', model, say),
  ];
}
