/**
 * Finds a table's columns by header name in row 1. Matching ignores case and spaces, so
 * "customer id" and "CustomerID" both find "Customer ID"; columns the add-on does not know
 * are the user's and are left alone.
 */
import type { Locale } from '../i18n';
import { cellA1 } from './a1';
import { storeMessage } from './messages';
import type { ColumnSpec, TableSpec } from './schema';

/** Where each known column is (0-based), or -1 when its header is absent. */
export interface HeaderMap {
  readonly sheet: string;
  readonly index: Readonly<Record<string, number>>;
  /** Columns up to the last non-blank header cell. */
  readonly width: number;
  /** Known columns whose header is absent (required or not). */
  readonly absent: readonly ColumnSpec[];
}

/** A header row the add-on cannot work with. */
export interface HeaderProblem {
  readonly kind: 'missing' | 'duplicate';
  readonly header: string;
  /** A1 cells of a duplicated header. */
  readonly cells: readonly string[];
}

export type HeaderResult =
  | { readonly ok: true; readonly map: HeaderMap }
  | { readonly ok: false; readonly problems: readonly HeaderProblem[] };

/** The form in which two headers are compared: lower case, without white space. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/[\s\u00a0\u3000]+/g, '');
}

/** Number of cells up to the last non-blank one. */
function filledWidth(row: readonly unknown[]): number {
  let width = row.length;
  while (width > 0 && normalizeHeader(row[width - 1]) === '') width--;
  return width;
}

/**
 * Maps a table's header row. A required header that is missing, or any known header that
 * appears twice, is a problem: the add-on cannot tell which column holds the data.
 */
export function mapHeaders(spec: TableSpec, headerRow: readonly unknown[]): HeaderResult {
  const positions = new Map<string, number[]>();
  const width = filledWidth(headerRow);
  for (let c = 0; c < width; c++) {
    const key = normalizeHeader(headerRow[c]);
    if (key === '') continue;
    const list = positions.get(key);
    if (list) list.push(c);
    else positions.set(key, [c]);
  }
  const index: Record<string, number> = {};
  const absent: ColumnSpec[] = [];
  const problems: HeaderProblem[] = [];
  for (const column of spec.columns) {
    const found = positions.get(normalizeHeader(column.header)) ?? [];
    if (found.length > 1) {
      problems.push({
        kind: 'duplicate',
        header: column.header,
        cells: found.map((c) => cellA1(c, 1)),
      });
    } else if (found.length === 0 && column.required) {
      problems.push({ kind: 'missing', header: column.header, cells: [] });
    }
    if (found.length === 0) absent.push(column);
    index[column.key] = found.length === 1 ? found[0]! : -1;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, map: { sheet: spec.sheet, index, width, absent } };
}

/** The problems of a header row as one message naming the sheet and each header. */
export function headerProblemMessage(
  sheet: string,
  problems: readonly HeaderProblem[],
  locale: Locale,
): string {
  return problems
    .map((p) =>
      p.kind === 'missing'
        ? storeMessage(locale, 'missingHeader', { sheet, header: p.header })
        : storeMessage(locale, 'duplicateHeader', {
            sheet,
            header: p.header,
            cells: p.cells.join(', '),
          }),
    )
    .join('\n');
}
