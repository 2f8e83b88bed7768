/**
 * What the digest says, decided once for both parts: `buildDocument` turns a `DigestModel`
 * into headings, the pyramid table and customer items, all as plain text. The HTML and the
 * plain-text renderers only lay this out, so the two parts cannot drift apart, and the HTML
 * renderer can escape every string it is given without knowing which ones came from users.
 */
import { formatNumber } from '../../i18n';
import { TIER_LABELS, TIERS, ROLE_LABELS, type Tier } from '../../crm/vocabulary';
import type { DigestChange, DigestCustomer, DigestModel } from '../digest-model';
import { formatDay, percent, periodLabel, sayer, type Say } from './format';

/** One row of the pyramid table: the cells as text, and the bar's share (0–1). */
export interface PyramidRow {
  readonly tier: Tier | null;
  readonly cells: readonly string[];
  readonly bar: number | null;
}

/** A customer line: who, the headline fact, and an optional second line (reason, next step). */
export interface Item {
  readonly name: string;
  readonly id: string;
  /** Shown after the id, e.g. the tier of a watched customer. */
  readonly tag?: string;
  readonly line: string;
  readonly note?: string;
  readonly tone?: 'up' | 'down';
}

/** A block of the digest, in reading order. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'group'; readonly tier: Tier | null; readonly text: string }
  | { readonly kind: 'para'; readonly text: string; readonly tone?: 'more' | 'note' }
  | {
      readonly kind: 'table';
      readonly head: readonly string[];
      readonly rows: readonly PyramidRow[];
    }
  | { readonly kind: 'item'; readonly item: Item };

export interface DigestDocument {
  readonly lang: 'en' | 'zh-CN';
  readonly subject: string;
  readonly brand: string;
  readonly title: string;
  /** "4 up, 3 down, 2 new, 3 gone" or "no tier changes". */
  readonly summary: string;
  readonly meta: readonly string[];
  readonly blocks: readonly Block[];
  readonly link: { readonly label: string; readonly url: string; readonly text: string };
  readonly footer: string;
}

/** "A · VIP" / "A · VIP客户". */
export function tierName(tier: Tier, locale: 'en' | 'zh'): string {
  return `${tier} · ${TIER_LABELS[tier][locale]}`;
}

/** "4 up, 3 down, 2 new, 3 gone" (new and gone only when there are some), or "no tier changes". */
function summaryOf(model: DigestModel, say: Say): string {
  const counts = [model.promotions, model.demotions, model.newCustomers, model.goneCustomers].map(
    (list) => list.length,
  );
  const [up = 0, down = 0, added = 0, gone = 0] = counts;
  if (!up && !down && !added && !gone) return say('noChangesShort');
  const parts = [say('up', { n: up }), say('down', { n: down })];
  if (added) parts.push(say('newCount', { n: added }));
  if (gone) parts.push(say('goneCount', { n: gone }));
  return parts.join(say('listSep'));
}

/**
 * At most this many customers per section. Gmail clips a message after about 102 KB of
 * HTML (roughly 150 customer lines here); the full list is in the sheets, and the heading
 * still gives the whole count.
 */
export const MAX_ITEMS = 10;

/** The first `MAX_ITEMS` blocks of a list, then "…and N more" when some were left out. */
function capped(items: readonly Block[], more: 'more' | 'moreInHistory', say: Say): Block[] {
  if (items.length <= MAX_ITEMS) return [...items];
  const n = formatNumber(items.length - MAX_ITEMS, 0);
  return [...items.slice(0, MAX_ITEMS), { kind: 'para', text: say(more, { n }), tone: 'more' }];
}

/** The pyramid table with totals, and the 80/20 sentence. */
function pyramidBlocks(model: DigestModel, say: Say): Block[] {
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
        formatNumber(customers, 0),
        percent(row?.customerShare ?? 0),
        formatNumber(value),
        percent(valueShare),
      ],
      bar: Math.min(1, Math.max(0, valueShare)),
    };
  });
  rows.push({
    tier: null,
    cells: [
      say('total'),
      formatNumber(model.totalCustomers, 0),
      percent(model.totalCustomers ? 1 : 0),
      formatNumber(model.totalValue),
      percent(model.totalValue ? 1 : 0),
    ],
    bar: null,
  });
  const { pareto } = model;
  let sentence = say('pareto', {
    top: percent(pareto.topShare),
    value: percent(pareto.valueShare),
    basis: model.valueBasis === 'profit' ? say('profitLower') : say('revenueLower'),
  });
  if (pareto.previousValueShare !== null) {
    const points = Math.round((pareto.valueShare - pareto.previousValueShare) * 1000) / 10;
    const change =
      points > 0
        ? say('paretoUp', { n: formatNumber(points, 1) })
        : points < 0
          ? say('paretoDown', { n: formatNumber(-points, 1) })
          : say('paretoSame');
    sentence += locale === 'zh' ? `（${change}）` : ` (${change})`;
  }
  sentence += locale === 'zh' ? '。' : '.';
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
  const basis = model.valueBasis === 'profit' ? say('profitLower') : say('revenueLower');
  const tierOf = (c: DigestChange): Tier | null => c.to ?? c.from;
  const ordered = TIERS.flatMap((tier) =>
    changes.filter((c) => tierOf(c) === tier).sort((a, b) => b.value - a.value),
  );
  const items: Block[] = ordered.map((c) => ({
    kind: 'item',
    item: {
      name: c.name,
      id: c.customerId,
      // New and gone customers have no move to show: their group names the tier.
      line: `${c.from && c.to ? `${c.from} → ${c.to} · ` : ''}${basis} ${formatNumber(c.value)}`,
      ...(c.reason ? { note: c.reason } : {}),
      ...(tone ? { tone } : {}),
    },
  }));
  const blocks: Block[] = [
    { kind: 'heading', text: say('counted', { text: heading, n: changes.length }) },
  ];
  // A group heading goes in front of the first shown item of each tier.
  let current: Tier | null = null;
  capped(items, 'moreInHistory', say).forEach((block, i) => {
    const tier = block.kind === 'item' ? tierOf(ordered[i]!) : null;
    if (tier && tier !== current) {
      current = tier;
      blocks.push({ kind: 'group', tier, text: tierName(tier, model.locale) });
    }
    blocks.push(block);
  });
  return blocks;
}

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
function watchBlocks(model: DigestModel, say: Say): Block[] {
  const { locale, watch } = model;
  const item = (c: DigestCustomer, line: string, note?: string): Block =>
    watchItem(c, line, locale, note);
  const day = (d: string): string => formatDay(d, locale);
  const n = (v: number): string => formatNumber(v, 0);
  const basis = model.valueBasis === 'profit' ? say('profitLower') : say('revenueLower');
  const sections: [string, Block[]][] = [
    [
      say('singleOwner'),
      watch.singleOwner.map((c) =>
        item(
          c,
          c.owners.length
            ? say('owners', { owners: c.owners.join(say('listSep')) })
            : say('noOwner'),
        ),
      ),
    ],
    [
      say('notContacted'),
      watch.notContacted.map((c) =>
        item(
          c,
          c.lastContact === null
            ? say('neverContacted', { limit: n(c.limitDays) })
            : say('lastContact', {
                date: day(c.lastContact),
                days: n(c.days ?? 0),
                limit: n(c.limitDays),
              }),
        ),
      ),
    ],
    [
      say('overdue'),
      watch.overdueFollowUps.map((c) =>
        item(
          c,
          say('overdueLine', { date: day(c.followUp), days: n(c.daysOverdue) }),
          c.nextStep ? say('nextStep', { step: c.nextStep }) : undefined,
        ),
      ),
    ],
    [
      say('importantDates'),
      watch.importantDates.map((c) => {
        const role = c.role ? ` (${ROLE_LABELS[c.role][locale]})` : '';
        const when =
          c.daysAway <= 0
            ? say('today')
            : c.daysAway === 1
              ? say('inOneDay')
              : say('inDays', { n: c.daysAway });
        return item(
          c,
          say('dateLine', { contact: `${c.contact}${role}`, date: day(c.date), when }),
        );
      }),
    ],
    [
      say('bValueFell'),
      watch.bValueFell.map((c) => {
        const change = c.previousValue
          ? `${c.value >= c.previousValue ? '+' : '−'}${percent(Math.abs(c.value / c.previousValue - 1))}`
          : '—';
        return item(
          c,
          say('fellLine', {
            basis,
            from: formatNumber(c.previousValue),
            to: formatNumber(c.value),
            change,
          }),
        );
      }),
    ],
  ];
  const blocks: Block[] = [{ kind: 'heading', text: say('watch') }];
  for (const [title, items] of sections) {
    if (!items.length) continue;
    blocks.push(
      { kind: 'group', tier: null, text: say('counted', { text: title, n: items.length }) },
      ...capped(items, 'more', say),
    );
  }
  if (blocks.length === 1) blocks.push({ kind: 'para', text: say('nothingToWatch') });
  return blocks;
}

/** Decides everything the digest says for `model`, in its language. */
export function buildDocument(model: DigestModel): DigestDocument {
  const { locale } = model;
  const say = sayer(locale);
  const period = periodLabel(model.period, locale);
  const changes = [
    ...changeBlocks(say('promotions'), model.promotions, 'up', model, say),
    ...changeBlocks(say('demotions'), model.demotions, 'down', model, say),
    ...changeBlocks(say('newCustomers'), model.newCustomers, 'up', model, say),
    ...changeBlocks(say('goneCustomers'), model.goneCustomers, 'down', model, say),
  ];
  const noChange: Block[] =
    !changes.length && model.showNoChangeNote
      ? [{ kind: 'para', text: say('noChangeNote'), tone: 'note' }]
      : [];
  return {
    lang: locale === 'zh' ? 'zh-CN' : 'en',
    // A subject is one line, whatever a label holds.
    subject: say('subject', { period, summary: summaryOf(model, say) }).replace(/[\r\n]+/g, ' '),
    summary: summaryOf(model, say),
    brand: say('product'),
    title: say('title', { period }),
    meta: [
      say('book', { name: model.spreadsheetName }),
      say('generated', { at: model.generatedAt, zone: model.timeZone }),
    ],
    blocks: [...noChange, ...pyramidBlocks(model, say), ...changes, ...watchBlocks(model, say)],
    link: {
      label: say('openSheet'),
      url: model.spreadsheetUrl,
      text: say('openSheetText', { url: model.spreadsheetUrl }),
    },
    footer: say('footer'),
  };
}
