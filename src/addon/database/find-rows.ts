/**
 * Reads the few rows an operation needs from a table of any size: the header row (checked
 * against the stored {@link Layout}), the cells of one column that hold a given text (found by
 * Apps Script's TextFinder, which searches on the server and returns only the matches), and
 * those rows, read in blocks of neighbouring rows. The cost grows with the rows found, never
 * with the rows of the table.
 */
import { columnLetter, sheetPrefix } from '../../core/store/a1';
import { storeMessage } from '../../core/store/messages';
import type { TableSpec } from '../../core/store/schema';
import type { HeaderMap } from '../../core/store/headers';
import type { TableRow } from '../../core/store/table';
import { ApiFailure } from '../server/api-failure';
import type { DbContext } from './context';
import { saveLayout } from './layout';
import { parseTable } from './parse-tables';
import { headerSignature } from './read-tables';

type Range = GoogleAppsScript.Spreadsheet.Range;

/** A table's header row as read now, and its columns. */
export interface TableHead {
  readonly spec: TableSpec;
  readonly header: unknown[];
  readonly map: HeaderMap;
}

/**
 * The header row of `spec`'s sheet: the stored width is read in one range; when the layout is
 * unknown or the row no longer matches it, the sheet is asked for its width and the layout
 * refreshed. A required header missing is a `setup` failure naming it. Read once per execution.
 */
export function readHead(ctx: DbContext, spec: TableSpec): TableHead {
  const cached = heads.get(ctx)?.get(spec.sheet);
  if (cached) return cached;
  const head = readHeadNow(ctx, spec);
  if (!heads.has(ctx)) heads.set(ctx, new Map());
  heads.get(ctx)!.set(spec.sheet, head);
  return head;
}

/** Header rows already read in this execution (a context is one execution's). */
const heads = new WeakMap<DbContext, Map<string, TableHead>>();

function readHeadNow(ctx: DbContext, spec: TableSpec): TableHead {
  const known = ctx.layout.headers[spec.sheet];
  let header: unknown[] | undefined;
  if (known && known.length > 0) {
    try {
      const row = ctx.ss
        .getRange(`${sheetPrefix(spec.sheet)}!A1:${columnLetter(known.length - 1)}1`)
        .getValues()[0];
      const signature = headerSignature(row);
      if (signature.length === known.length && signature.every((h, i) => h === known[i]))
        header = row;
    } catch {
      header = undefined;
    }
  }
  if (!header) {
    const sheet = ctx.ss.getSheetByName(spec.sheet);
    if (!sheet)
      throw new ApiFailure(
        'setup',
        storeMessage(ctx.locale, 'missingSheet', { sheet: spec.sheet }),
      );
    header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
    ctx.layout.headers[spec.sheet] = headerSignature(header);
    saveLayout(ctx.layout);
  }
  return { spec, header, map: parseTable(spec, [header], ctx).map };
}

/** The A1 range of one column below the header: `Contacts!A2:A`. */
function columnBelowHeader(sheet: string, column: number): string {
  const letter = columnLetter(column);
  return `${sheetPrefix(sheet)}!${letter}2:${letter}`;
}

/** `text` as a regular expression that matches it exactly, spaces around allowed. */
function spacedExactly(text: string): string {
  return `\\s*${text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}\\s*`;
}

/**
 * The cells of column `key` whose whole displayed text is `text`, case-sensitive, top to
 * bottom. With `trimmed`, spaces around the text are allowed too (ids are compared trimmed).
 */
export function findCells(
  ctx: DbContext,
  head: TableHead,
  key: string,
  text: string,
  options: { trimmed: boolean },
): Range[] {
  const at = head.map.index[key] ?? -1;
  if (at < 0) return [];
  const finder = ctx.ss
    .getRange(columnBelowHeader(head.spec.sheet, at))
    .createTextFinder(options.trimmed ? spacedExactly(text) : text)
    .matchCase(true)
    .matchEntireCell(true);
  if (options.trimmed) finder.useRegularExpression(true);
  return finder.findAll();
}

/** Rows closer than this are read as one block (the rows between are read and dropped). */
const BLOCK_GAP = 8;

/**
 * The values of sheet rows `rows` (ascending), `width` cells each from column A: one
 * getRange and one getValues per block of neighbouring rows.
 */
export function readRows(
  ctx: DbContext,
  sheet: string,
  rows: readonly number[],
  width: number,
): Map<number, unknown[]> {
  const out = new Map<number, unknown[]>();
  const last = columnLetter(Math.max(1, width) - 1);
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1]! - rows[j]! <= BLOCK_GAP) j++;
    const from = rows[i]!;
    const to = rows[j]!;
    const values = ctx.ss.getRange(`${sheetPrefix(sheet)}!A${from}:${last}${to}`).getValues();
    for (let k = i; k <= j; k++) out.set(rows[k]!, values[rows[k]! - from]!);
    i = j + 1;
  }
  return out;
}

/** A column at least this long is first searched for its filled cells. */
const SPARSE_MIN_ROWS = 2000;
/** At most this many filled cells are read one by one rather than the column at once. */
const SPARSE_MAX_FILLED = 20;

/**
 * One column's values of sheet rows `from`..`to`. A long column is first asked by TextFinder
 * for its filled cells; when they are few, only they are read, else the column at once.
 */
export function readColumn(
  ctx: DbContext,
  head: TableHead,
  key: string,
  from: number,
  to: number,
): unknown[] {
  const out = new Array<unknown>(to - from + 1).fill('');
  const at = head.map.index[key] ?? -1;
  if (at < 0) return out;
  const letter = columnLetter(at);
  const range = ctx.ss.getRange(`${sheetPrefix(head.spec.sheet)}!${letter}${from}:${letter}${to}`);
  if (out.length >= SPARSE_MIN_ROWS) {
    // Any character, new lines included: every cell that is not blank.
    const filled = range.createTextFinder('[\\s\\S]').useRegularExpression(true).findAll();
    if (filled.length <= SPARSE_MAX_FILLED) {
      for (const cell of filled) out[cell.getRow() - from] = cell.getValue();
      return out;
    }
  }
  return range.getValues().map((r) => r[0]);
}

/**
 * Parses rows read from a table (each with its sheet row number) into table rows whose `row`
 * is the sheet's, as if the whole table had been read.
 */
export function parseRows(
  ctx: DbContext,
  head: TableHead,
  rows: readonly (readonly [number, unknown[]])[],
  keyColumn?: string,
): TableRow[] {
  const table = parseTable(head.spec, [head.header, ...rows.map(([, v]) => v)], {
    ...ctx,
    ...(keyColumn ? { keyColumn } : {}),
  });
  return table.rows.map((r) => ({ ...r, row: rows[r.row - 2]![0] }));
}

/**
 * The columns `keys` of every row, each block of side-by-side columns by one whole-column read;
 * the other cells are blank. Row 0 is the header row as read; row i is sheet row i + 1.
 */
export function readColumns(ctx: DbContext, head: TableHead, keys: readonly string[]): unknown[][] {
  const at = keys
    .map((k) => head.map.index[k] ?? -1)
    .filter((a) => a >= 0)
    .sort((a, b) => a - b);
  const blocks: [number, number][] = [];
  for (const a of at) {
    const block = blocks[blocks.length - 1];
    if (block && a === block[1] + 1) block[1] = a;
    else blocks.push([a, a]);
  }
  const prefix = sheetPrefix(head.spec.sheet);
  const reads = blocks.map(([from, to]) =>
    // Whole columns, header included: a sheet with no row below its header has no row 2.
    ctx.ss.getRange(`${prefix}!${columnLetter(from)}:${columnLetter(to)}`).getValues(),
  );
  const rows = reads[0]?.length ?? 0;
  const width = head.map.width;
  const values: unknown[][] = [head.header];
  for (let r = 1; r < rows; r++) {
    const row = new Array<unknown>(width).fill('');
    blocks.forEach(([from, to], b) => {
      const line = reads[b]![r]!;
      for (let c = from; c <= to; c++) row[c] = line[c - from];
    });
    values.push(row);
  }
  return values;
}
