/**
 * The watch list: accounts with one owner, not contacted for too long, overdue follow-ups,
 * important dates in the next 14 days and B customers whose value fell. Empty lists are left
 * out; when all are empty the digest says that nothing needs attention.
 */
import { formatChangePercent, formatMoney } from '../../i18n';
import { ROLE_LABELS, TIER_LABELS } from '../../crm/vocabulary';
import type { DigestCustomer, DigestModel } from '../digest-model';
import { basisWord, capped, type Block } from './blocks';
import { formatDay, type Say } from './format';

/** An item for a watched customer. */
function watchItem(c: DigestCustomer, line: string, locale: 'en' | 'zh', note?: string): Block {
  return {
    kind: 'item',
    item: {
      name: c.name,
      id: c.customerId,
      ...(c.tier ? { tag: `${c.tier} ${TIER_LABELS[c.tier][locale]}` } : {}),
      line,
      ...(note ? { note } : {}),
    },
  };
}

/** The watch list: one sub-section per non-empty list, or "nothing needs attention". */
export function watchBlocks(model: DigestModel, say: Say): Block[] {
  const { locale, watch } = model;
  const item = (c: DigestCustomer, line: string, note?: string): Block =>
    watchItem(c, line, locale, note);
  const day = (d: string): string => formatDay(d, locale);
  const basis = basisWord(model);
  const blocks: Block[] = [{ kind: 'heading', text: say('watch') }];
  /** One watch list: its heading with the whole count, then its first entries. */
  function list<T>(title: string, entries: readonly T[], toBlock: (entry: T) => Block): void {
    if (!entries.length) return;
    const text = say('counted', { text: title, n: entries.length });
    blocks.push({ kind: 'group', tier: null, text }, ...capped(entries, toBlock, 'more', say));
  }

  list(say('singleOwner'), watch.singleOwner, (c) =>
    item(
      c,
      c.owners.length ? say('owners', { owners: c.owners.join(say('listSep')) }) : say('noOwner'),
    ),
  );
  list(say('notContacted'), watch.notContacted, (c) =>
    item(
      c,
      c.lastContact === null
        ? say('neverContacted', { limit: c.limitDays })
        : say('lastContact', {
            date: day(c.lastContact),
            days: c.days ?? 0,
            limit: c.limitDays,
          }),
    ),
  );
  list(say('overdue'), watch.overdueFollowUps, (c) =>
    item(
      c,
      say('overdueLine', { date: day(c.followUp), days: c.daysOverdue }),
      c.nextStep ? say('nextStep', { step: c.nextStep }) : undefined,
    ),
  );
  list(say('importantDates'), watch.importantDates, (c) => {
    const role = c.role ? ` (${ROLE_LABELS[c.role][locale]})` : '';
    const when =
      c.daysAway <= 0
        ? say('today')
        : c.daysAway === 1
          ? say('inOneDay')
          : say('inDays', { n: c.daysAway });
    return item(c, say('dateLine', { contact: `${c.contact}${role}`, date: day(c.date), when }));
  });
  list(say('bValueFell'), watch.bValueFell, (c) => {
    const fall = c.previousValue ? c.value / c.previousValue - 1 : null;
    const change = fall === null ? '—' : formatChangePercent(fall);
    const values = {
      basis,
      from: formatMoney(c.previousValue, locale),
      to: formatMoney(c.value, locale),
    };
    return item(c, say('fellLine', { ...values, change }));
  });
  if (blocks.length === 1) blocks.push({ kind: 'para', text: say('nothingToWatch') });
  return blocks;
}
