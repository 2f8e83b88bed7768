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
  readonly tier: Tier | null;
  readonly line: string;
  readonly note?: string;
  readonly tone?: 'up' | 'down';
}

/** A block of the digest, in reading order. */
export type Block =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'group'; readonly tier: Tier | null; readonly text: string }
  | { readonly kind: 'para'; readonly text: string; readonly tone?: 'muted' | 'note' }
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
  readonly meta: readonly string[];
  readonly blocks: readonly Block[];
  readonly link: { readonly label: string; readonly url: string; readonly text: string };
  readonly footer: string;
}

/** "A · VIP" / "A · VIP客户". */
export function tierName(tier: Tier, locale: 'en' | 'zh'): string {
  return `${tier} · ${TIER_LABELS[tier][locale]}`;
}

/** The plain-text subject: "Customer Pyramid — week of 30 Nov 2026: 3 up, 2 down". */
function subjectOf(model: DigestModel, period: string, say: Say): string {
  const parts = [
    say('up', { n: model.promotions.length }),
    say('down', { n: model.demotions.length }),
  ];
  if (model.newCustomers.length) parts.push(say('newCount', { n: model.newCustomers.length }));
  if (model.goneCustomers.length) parts.push(say('goneCount', { n: model.goneCustomers.length }));
  const changes =
    model.promotions.length +
    model.demotions.length +
    model.newCustomers.length +
    model.goneCustomers.length;
  const summary = changes ? parts.join(say('listSep')) : say('noChangesShort');
  // A subject is one line: strip line breaks whatever a label or period key holds.
  return say('subject', { period, summary }).replace(/[\r\n]+/g, ' ');
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
 * left), best tier first. Empty sections are left out.
 */
function changeBlocks(
  heading: string,
  changes: readonly DigestChange[],
  tone: Item['tone'],
  model: DigestModel,
  say: Say,
): Block[] {
  if (!changes.length) return [];
  const blocks: Block[] = [
    { kind: 'heading', text: say('counted', { text: heading, n: changes.length }) },
  ];
  const basis = model.valueBasis === 'profit' ? say('profitLower') : say('revenueLower');
  for (const tier of TIERS) {
    const group = changes.filter((c) => (c.to ?? c.from) === tier);
    if (!group.length) continue;
    blocks.push({ kind: 'group', tier, text: tierName(tier, model.locale) });
    for (const c of group) {
      // New and gone customers have no move to show: the group names their tier.
      const move = c.from && c.to ? `${c.from} → ${c.to} · ` : '';
      blocks.push({
        kind: 'item',
        item: {
          name: c.name,
          id: c.customerId,
          tier: c.to,
          line: `${move}${basis} ${formatNumber(c.value)}`,
          ...(c.reason ? { note: c.reason } : {}),
          ...(tone ? { tone } : {}),
        },
      });
    }
  }
  return blocks;
}

/** An item for a watched customer. */
function watchItem(c: DigestCustomer, line: string, note?: string): Block {
  return {
    kind: 'item',
    item: {
      name: c.name,
      id: c.customerId,
      tier: c.tier,
      line,
      ...(note ? { note } : {}),
    },
  };
}

/** The watch list: one sub-section per non-empty list, or "nothing needs attention". */
function watchBlocks(model: DigestModel, say: Say): Block[] {
  const { locale, watch } = model;
  const day = (d: string): string => formatDay(d, locale);
  const n = (v: number): string => formatNumber(v, 0);
  const basis = model.valueBasis === 'profit' ? say('profitLower') : say('revenueLower');
  const sections: [string, Block[]][] = [
    [
      say('singleOwner'),
      watch.singleOwner.map((c) =>
        watchItem(
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
        watchItem(
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
        watchItem(
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
        return watchItem(
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
        return watchItem(
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
      ...items,
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
    subject: subjectOf(model, period, say),
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
