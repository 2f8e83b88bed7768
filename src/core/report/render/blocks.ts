/**
 * The building blocks of a digest, in plain text: what `document.ts` decides and the HTML
 * and text renderers lay out, plus the helpers the sections share.
 */
import { localize } from '../../i18n';
import { VALUE_BASIS_LABELS } from '../../pyramid/explain-tier';
import { TIER_LABELS, type Tier } from '../../crm/vocabulary';
import type { DigestModel } from '../digest-model';
import type { Say } from './format';

/** One row of the pyramid table: the cells as text, and the bar's share (0–1). */
export interface PyramidRow {
  readonly tier: Tier | null;
  readonly cells: readonly string[];
  readonly bar: number | null;
}

/**
 * One row of a table of figures: a header cell (the row's name) then the figures. `mark` is the
 * index of a cell to shade (a customer who kept their tier).
 */
export interface GridRow {
  readonly cells: readonly string[];
  /** The totals row, set off by a rule. */
  readonly total: boolean;
  readonly mark?: number;
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
  | {
      readonly kind: 'grid';
      /** What the table counts, read first (the HTML caption). */
      readonly caption: string;
      /** Column headers, the row headers' column first. */
      readonly head: readonly string[];
      readonly rows: readonly GridRow[];
      /** The last column is a total, set off like the totals row. */
      readonly totalColumn: boolean;
    }
  | { readonly kind: 'item'; readonly item: Item };

export interface DigestDocument {
  readonly lang: 'en' | 'zh-CN';
  readonly subject: string;
  readonly brand: string;
  readonly title: string;
  /** "4 up, 3 down, 2 new, 3 gone"; empty when nothing changed. */
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

/**
 * At most this many customers per section. Gmail clips a message after about 102 KB of
 * HTML (roughly 150 customer lines here); the full list is in the sheets, and the heading
 * still gives the whole count.
 */
export const MAX_ITEMS = 10;

/**
 * The first `MAX_ITEMS` entries of a list as blocks, then "…and N more" when some were left
 * out. Only the shown entries are turned into text, so a huge list costs little.
 */
export function capped<T>(
  entries: readonly T[],
  toBlock: (entry: T) => Block,
  more: 'more' | 'moreInHistory',
  say: Say,
): Block[] {
  const blocks = entries.slice(0, MAX_ITEMS).map(toBlock);
  const rest = entries.length - MAX_ITEMS;
  if (rest > 0) blocks.push({ kind: 'para', text: say(more, { n: rest }), tone: 'more' });
  return blocks;
}

/** "revenue" / "销售收入" or the profit words, as used inside a sentence (and in the reasons). */
export function basisWord(model: DigestModel): string {
  return localize(VALUE_BASIS_LABELS[model.valueBasis], model.locale);
}
