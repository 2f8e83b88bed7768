/**
 * The tier changes since the last report: moved up, moved down, new and gone, each grouped
 * by tier with the value and the reason in words.
 */
import { formatMoney } from '../../i18n';
import { TIERS, type Tier } from '../../crm/vocabulary';
import type { DigestChange, DigestModel } from '../digest-model';
import { basisWord, capped, tierName, type Block, type Item } from './blocks';
import type { Say } from './format';

/** How many tiers a move crosses: A → D is 3, B → C is 1 (0 for new and gone customers). */
function distance(c: DigestChange): number {
  return c.from && c.to ? Math.abs(TIERS.indexOf(c.to) - TIERS.indexOf(c.from)) : 0;
}

/** A group of a section: the tier reached, or for demotions the move ("A → D"). */
type GroupBy = 'tier' | 'move';

/**
 * One section of changes, in groups, so that when the list is capped the changes that matter
 * most are the ones shown. By tier (the tier reached; for gone customers the tier left), best
 * tier first; or by move, the farthest fall first (A → D before A → C before A → B), then the
 * higher tier left. The largest value comes first within a group. Empty sections are left out.
 */
function changeBlocks(
  heading: string,
  changes: readonly DigestChange[],
  tone: Item['tone'],
  model: DigestModel,
  say: Say,
  groupBy: GroupBy = 'tier',
): Block[] {
  if (!changes.length) return [];
  const basis = basisWord(model);
  const tierOf = (c: DigestChange): Tier | null => c.to ?? c.from;
  const keyOf = (c: DigestChange): string =>
    groupBy === 'move' && c.from && c.to ? `${c.from}→${c.to}` : String(tierOf(c));
  const rank = (c: DigestChange): number =>
    groupBy === 'move'
      ? -distance(c) * 10 + TIERS.indexOf(c.from ?? 'D')
      : TIERS.indexOf(tierOf(c) ?? 'D');
  const ordered = [...changes].sort((a, b) => rank(a) - rank(b) || b.value - a.value);
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
  // A group heading goes in front of the first shown item of each group.
  let current: string | null = null;
  capped(ordered, toBlock, 'moreInHistory', say).forEach((block, i) => {
    const change = block.kind === 'item' ? ordered[i]! : null;
    const tier = change ? tierOf(change) : null;
    if (change && tier && keyOf(change) !== current) {
      current = keyOf(change);
      const text =
        groupBy === 'move' && change.from && change.to
          ? `${tierName(change.from, model.locale)} → ${tierName(change.to, model.locale)}`
          : tierName(tier, model.locale);
      blocks.push({ kind: 'group', tier, text });
    }
    blocks.push(block);
  });
  return blocks;
}

/** All four change sections; empty when nothing changed. */
export function changesBlocks(model: DigestModel, say: Say): Block[] {
  return [
    ...changeBlocks(say('promotions'), model.promotions, 'up', model, say),
    ...changeBlocks(say('demotions'), model.demotions, 'down', model, say, 'move'),
    ...changeBlocks(say('newCustomers'), model.newCustomers, 'up', model, say),
    ...changeBlocks(say('goneCustomers'), model.goneCustomers, 'down', model, say),
  ];
}
