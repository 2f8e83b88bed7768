/**
 * The HTML part, laid out the way mail clients need it: nested tables, inline styles only,
 * no images, scripts or external resources, at most 600 px wide, in Google's own greys and
 * blue. The bar picture is two table cells whose widths are the tier's share. Every string
 * from the document is escaped here, labels included, so no customer text can become markup.
 */
import type { Tier } from '../../crm/vocabulary';
import type { Block, DigestDocument, GridRow, Item, PyramidRow } from './blocks';
import { escapeHtml as e, safeHttpUrl } from './escape';

const FONT = 'font-family:Roboto,Arial,Helvetica,sans-serif;';
const INK = '#202124';
const GREY = '#5f6368';
const LINE = '#dadce0';
const BLUE = '#1a73e8';
/** Bar colours, darkest for the top tier. */
const TIER_COLOUR: Readonly<Record<Tier, string>> = {
  A: '#174ea6',
  B: '#1a73e8',
  C: '#669df6',
  D: '#aecbfa',
};
const TONE_COLOUR = { up: '#188038', down: '#d93025' } as const;

/** A full-width row of the card with the given cell style. */
function row(content: string, style = ''): string {
  return `<tr><td style="${FONT}padding:0 16px;${style}">${content}</td></tr>`;
}

/** A block of text, escaped, in the given style. */
function div(style: string, text: string): string {
  return `<div style="${style}">${e(text)}</div>`;
}

const TABLE_ATTRS =
  'width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse"';
/** A layout table (never announced as data by screen readers). */
const TABLE = `<table role="presentation" ${TABLE_ATTRS}>`;
const SMALL_GREY = `font-size:13px;color:${GREY};`;

/** The bar's width in whole percent; a non-zero share stays visible (at least 1%). */
export function barPercent(share: number): number {
  if (!(share > 0)) return 0;
  return Math.min(100, Math.max(1, Math.round(share * 100)));
}

/** A horizontal bar from two cells: coloured for the share, empty for the rest. */
function bar(share: number, colour: string): string {
  const pct = barPercent(share);
  const cell = (width: number, bg: string): string =>
    width > 0
      ? `<td width="${width}%" style="width:${width}%;height:10px;background:${bg};font-size:1px;line-height:10px">&nbsp;</td>`
      : '';
  return `${TABLE}<tr>${cell(pct, colour)}${cell(100 - pct, '#f1f3f4')}</tr></table>`;
}

/** The pyramid table: tier, customers, shares, value and the bar; numbers right-aligned. */
function table(head: readonly string[], rows: readonly PyramidRow[]): string {
  const cell = (tag: 'th' | 'td', style: string, text: string, i: number): string =>
    `<${tag} align="${i ? 'right' : 'left'}" style="${FONT}padding:8px 3px;${i && tag === 'td' ? 'white-space:nowrap;' : ''}${style}">${e(text)}</${tag}>`;
  const headStyle = `font-size:12px;font-weight:500;color:${GREY};border-bottom:1px solid ${LINE}`;
  const body = rows.map((r) => {
    const style = `font-size:13px;color:${INK};${r.tier ? '' : `border-top:1px solid ${LINE};font-weight:500`}`;
    const barCell = r.bar === null || r.tier === null ? '&nbsp;' : bar(r.bar, TIER_COLOUR[r.tier]);
    const cells = r.cells.map((text, i) => cell('td', style, text, i)).join('');
    return `<tr>${cells}<td width="22%" style="width:22%;padding:8px 3px;${style}">${barCell}</td></tr>`;
  });
  const th = head.map((text, i) => cell('th', headStyle, text, i)).join('');
  // A real data table (no presentation role), so screen readers announce its headers.
  return `<table ${TABLE_ATTRS}><tr>${th}<th style="${headStyle}"></th></tr>${body.join('')}</table>`;
}

/** Shade of a marked cell (a customer who kept their tier). */
const MARK = '#e8f0fe';

/**
 * A table of figures as a real data table: a caption saying what it counts, column headers
 * and row headers with their scope, so a screen reader names both for every figure. Figures
 * are right-aligned and never wrap; the totals row and column are set off by a rule.
 */
function grid(
  caption: string,
  head: readonly string[],
  rows: readonly GridRow[],
  totalColumn: boolean,
): string {
  const last = head.length - 1;
  const cell = (
    tag: 'th' | 'td',
    scope: string,
    i: number,
    style: string,
    text: string,
    mark: boolean,
  ): string => {
    const edge = totalColumn && i === last ? `border-left:1px solid ${LINE};font-weight:500;` : '';
    const bg = mark ? ` bgcolor="${MARK}"` : '';
    return `<${tag}${scope} align="${i ? 'right' : 'left'}"${bg} style="${FONT}padding:6px 4px;${i ? 'white-space:nowrap;' : ''}${mark ? `background:${MARK};` : ''}${edge}${style}">${e(text)}</${tag}>`;
  };
  const headStyle = `font-size:12px;font-weight:500;color:${GREY};border-bottom:1px solid ${LINE}`;
  const th = head.map((text, i) => cell('th', ' scope="col"', i, headStyle, text, false)).join('');
  const body = rows.map((r) => {
    const style = `font-size:13px;color:${INK};${r.total ? `border-top:1px solid ${LINE};font-weight:500` : ''}`;
    const cells = r.cells.map((text, i) =>
      i === 0
        ? cell('th', ' scope="row"', i, `${style};font-weight:500`, text, false)
        : cell('td', '', i, style, text, r.mark === i),
    );
    return `<tr>${cells.join('')}</tr>`;
  });
  return (
    `<table ${TABLE_ATTRS}><caption align="top" style="${FONT}${SMALL_GREY}text-align:left;padding-bottom:4px">${e(caption)}</caption>` +
    `<tr>${th}</tr>${body.join('')}</table>`
  );
}

/** A customer: name and id, the headline fact, and the reason or next step beneath. */
function item(it: Item): string {
  const id = it.tag ? `${it.id} · ${it.tag}` : it.id;
  const colour = it.tone ? TONE_COLOUR[it.tone] : '#3c4043';
  return (
    `<div style="font-size:14px;color:${INK};font-weight:500"><span>${e(it.name)}</span> <span style="font-weight:400;color:${GREY}">${e(id)}</span></div>` +
    div(`font-size:13px;color:${colour};padding-top:2px`, it.line) +
    (it.note ? div(`${SMALL_GREY}padding-top:2px`, it.note) : '')
  );
}

/** One block as one row of the card. */
function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return row(
        div(
          `font-size:18px;color:${INK};padding-bottom:8px;border-bottom:1px solid ${LINE}`,
          b.text,
        ),
        'padding-top:28px;',
      );
    case 'group': {
      const swatch = b.tier
        ? `<span style="display:inline-block;width:10px;height:10px;border-radius:2px;background:${TIER_COLOUR[b.tier]}"></span>&nbsp;`
        : '';
      return row(
        `<div style="${SMALL_GREY}font-weight:500">${swatch}${e(b.text)}</div>`,
        'padding-top:16px;',
      );
    }
    case 'para':
      if (b.tone === 'more') return row(div(SMALL_GREY, b.text), 'padding-top:10px;');
      if (b.tone === 'note') {
        // A shaded table cell, not a padded div: Outlook ignores padding on divs.
        const note = `${FONT}background:#e8f0fe;color:#174ea6;font-size:14px;padding:12px 16px;border-radius:4px`;
        return row(
          `${TABLE}<tr><td style="${note}">${e(b.text)}</td></tr></table>`,
          'padding-top:20px;',
        );
      }
      return row(div(`font-size:14px;color:${INK};line-height:20px`, b.text), 'padding-top:12px;');
    case 'table':
      return row(table(b.head, b.rows), 'padding-top:8px;');
    case 'grid':
      return row(grid(b.caption, b.head, b.rows, b.totalColumn), 'padding-top:12px;');
    case 'item':
      return row(item(b.item), 'padding-top:10px;line-height:20px;');
  }
}

/** The whole HTML message. */
export function renderHtml(doc: DigestDocument): string {
  const url = safeHttpUrl(doc.link.url);
  // A "bulletproof" button: the colour and padding sit on a table cell, which every client
  // draws, rather than on the link, whose padding Outlook ignores.
  const link = url
    ? `<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="${BLUE}" style="background:${BLUE};border-radius:4px;padding:10px 24px">` +
      `<a href="${e(url)}" style="${FONT}color:#ffffff;text-decoration:none;font-size:14px;font-weight:500">${e(doc.link.label)}</a></td></tr></table>`
    : div(`font-size:14px;color:${GREY}`, doc.link.url);
  const header = row(
    div(`font-size:14px;font-weight:500;color:${BLUE}`, doc.brand) +
      div(`font-size:22px;color:${INK};padding-top:8px;line-height:28px`, doc.title) +
      (doc.summary ? div(`font-size:16px;color:${INK};padding-top:4px`, doc.summary) : '') +
      doc.meta.map((m) => div(`${SMALL_GREY}padding-top:4px`, m)).join(''),
    'padding-top:28px;',
  );
  const footer = div(
    `font-size:12px;color:${GREY};line-height:18px;border-top:1px solid ${LINE};padding-top:16px`,
    doc.footer,
  );
  return (
    `<!DOCTYPE html><html lang="${doc.lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(doc.subject)}</title></head>` +
    `<body style="margin:0;padding:0;background:#f8f9fa">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;background:#f8f9fa"><tr><td align="center" style="padding:24px 4px">` +
    // Outlook for Windows ignores max-width: a 600 px table only it sees holds the card.
    `<!--[if mso]><table role="presentation" width="600" align="center"><tr><td><![endif]-->` +
    `<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:#ffffff;border:1px solid ${LINE};border-radius:8px;border-collapse:separate">` +
    header +
    doc.blocks.map(block).join('') +
    row(link, 'padding-top:28px;') +
    row(footer, 'padding-top:28px;padding-bottom:24px;') +
    `</table><!--[if mso]></td></tr></table><![endif]--></td></tr></table></body></html>`
  );
}
