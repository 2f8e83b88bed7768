/**
 * The plain-text part: the same document as the HTML, for mail clients that show text only.
 * Table columns are aligned by display width (a Chinese character takes two columns in a
 * monospaced font) and the bar is drawn with ▇ characters, one per 5% of value.
 */
import type { Block, DigestDocument, GridRow, PyramidRow } from './blocks';

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a string takes in a monospaced font. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** The bar as ▇ characters: 20 for the whole, at least one for any non-zero share. */
export function textBar(share: number): string {
  if (!(share > 0)) return '';
  return '▇'.repeat(Math.min(20, Math.max(1, Math.round(share * 20))));
}

/** Columns aligned to the widest cell; the first left-aligned, the figures right-aligned. */
function aligned(head: readonly string[], rows: readonly { readonly cells: readonly string[] }[]) {
  const widths = head.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r.cells[i] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => pad(c, widths[i] ?? 0, i > 0)).join('  ');
  const rule = '-'.repeat(widths.reduce((sum, w) => sum + w + 2, -2));
  return { line, rule };
}

/** The pyramid table with aligned columns; numbers right-aligned. */
function table(head: readonly string[], rows: readonly PyramidRow[]): string[] {
  const { line, rule } = aligned(head, rows);
  const out = [line(head), rule];
  for (const r of rows) {
    if (r.tier === null) out.push(rule);
    out.push(`${line(r.cells)}  ${r.bar === null ? '' : textBar(r.bar)}`.trimEnd());
  }
  return out;
}

/** A table of figures: its caption, then the aligned columns, a rule before the totals. */
function grid(caption: string, head: readonly string[], rows: readonly GridRow[]): string[] {
  const { line, rule } = aligned(head, rows);
  const out = [caption, '', line(head), rule];
  for (const r of rows) {
    if (r.total) out.push(rule);
    out.push(line(r.cells));
  }
  return out;
}

function block(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return ['', b.text, '='.repeat(Math.max(4, displayWidth(b.text)))];
    case 'group':
      return ['', b.text];
    case 'para':
      return ['', b.text];
    case 'table':
      return table(b.head, b.rows);
    case 'grid':
      return ['', ...grid(b.caption, b.head, b.rows)];
    case 'item': {
      const it = b.item;
      const out = [`  • ${it.name} (${it.tag ? `${it.id} · ${it.tag}` : it.id})`, `    ${it.line}`];
      if (it.note) out.push(`    ${it.note}`);
      return out;
    }
  }
}

/** The whole plain-text message. */
export function renderText(doc: DigestDocument): string {
  const lines = [
    doc.brand,
    doc.title,
    ...(doc.summary ? [doc.summary] : []),
    ...doc.meta,
    ...doc.blocks.flatMap(block),
    '',
    doc.link.text,
    '',
    '-- ',
    doc.footer,
  ];
  return `${lines.join('\n')}\n`;
}
