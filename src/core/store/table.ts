/**
 * Reads a whole table (the values of one getValues call, header row first) into typed rows,
 * collecting every bad cell as a message that names it.
 */
import type { Locale } from '../i18n';
import { cellA1, sheetPrefix } from './a1';
import { cellProblemMessage, isBlank, readCell, type CellRead } from './read-cell';
import { headerProblemMessage, mapHeaders, type HeaderMap } from './headers';
import { storeMessage } from './messages';
import type { ColumnSpec, TableSpec } from './schema';

/** One data row: its 1-based sheet row and its known cells by column key. */
export interface TableRow {
  readonly row: number;
  readonly cells: Readonly<Record<string, CellRead>>;
}

export interface Table {
  readonly map: HeaderMap;
  readonly rows: readonly TableRow[];
  /** One message per bad cell, e.g. `Customers!C17: expected a number, got "twelve"`. */
  readonly errors: readonly string[];
  /** The column key of each error, in the same order. */
  readonly errorKeys: readonly string[];
  /** The last sheet row with content in the table's columns (1 when only headers). */
  readonly lastRow: number;
}

export interface ReadOptions {
  readonly timeZone: string;
  readonly locale: Locale;
  /** Only these columns are read (default: all known columns present). */
  readonly keys?: readonly string[];
  /** Rows whose cell in this column is blank are not records (e.g. no customer id). */
  readonly keyColumn?: string;
}

/** A table the add-on cannot read: its header row is wrong. */
export class TableHeaderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableHeaderError';
  }
}

/**
 * Reads `values` (row 1 = headers) as `spec`. Throws {@link TableHeaderError} when a required
 * header is missing or a known header is duplicated; bad cells are collected in `errors`.
 */
export function readTable(
  spec: TableSpec,
  values: readonly (readonly unknown[])[],
  options: ReadOptions,
): Table {
  const mapped = mapHeaders(spec, values[0] ?? []);
  if (!mapped.ok)
    throw new TableHeaderError(headerProblemMessage(spec.sheet, mapped.problems, options.locale));
  const map = mapped.map;
  const wanted = options.keys ? new Set(options.keys) : undefined;
  const columns: { spec: ColumnSpec; at: number }[] = spec.columns
    .filter((c) => map.index[c.key]! >= 0 && (!wanted || wanted.has(c.key)))
    .map((c) => ({ spec: c, at: map.index[c.key]! }));
  const keyAt = options.keyColumn === undefined ? -1 : (map.index[options.keyColumn] ?? -1);
  const prefix = sheetPrefix(spec.sheet);
  const rows: TableRow[] = [];
  const errors: string[] = [];
  const errorKeys: string[] = [];
  let lastRow = 1;
  for (let r = 1; r < values.length; r++) {
    const line = values[r]!;
    if (rowIsBlank(line, map.width)) continue;
    lastRow = r + 1;
    if (keyAt >= 0 && isBlank(line[keyAt])) continue;
    const cells: Record<string, CellRead> = {};
    for (const { spec: column, at } of columns) {
      const cell = line[at];
      // Fast path: most cells of number columns are plain finite numbers.
      if (column.type === 'number' && typeof cell === 'number' && cell - cell === 0) {
        cells[column.key] = cell;
        continue;
      }
      const read = readCell(column, cell, options.timeZone, options.locale);
      if (read.ok) cells[column.key] = read.value;
      else {
        cells[column.key] = blankValue(column);
        errorKeys.push(column.key);
        errors.push(
          cellProblemMessage(`${prefix}!${cellA1(at, r + 1)}`, read.problem, cell, options.locale),
        );
      }
    }
    rows.push({ row: r + 1, cells });
  }
  return { map, rows, errors, errorKeys, lastRow };
}

/** What a blank cell of a column reads as. */
export function blankValue(column: ColumnSpec): CellRead {
  if (column.type === 'emails') return [];
  return column.type === 'number' || column.type === 'score' || column.type === 'percent'
    ? null
    : '';
}

function rowIsBlank(line: readonly unknown[], width: number): boolean {
  const end = Math.min(width, line.length);
  for (let c = 0; c < end; c++) if (!isBlank(line[c])) return false;
  return true;
}

/** Several cell errors as one message: the first few, then how many more. */
export function summarizeErrors(errors: readonly string[], locale: Locale, shown = 5): string {
  const head = errors.slice(0, shown).join('\n');
  return errors.length > shown
    ? `${head}\n${storeMessage(locale, 'moreErrors', { count: errors.length - shown })}`
    : head;
}

/** The last 1-based sheet row with content in the first `width` columns (1 = headers only). */
export function lastContentRow(values: readonly (readonly unknown[])[], width: number): number {
  for (let r = values.length - 1; r >= 1; r--) if (!rowIsBlank(values[r]!, width)) return r + 1;
  return 1;
}

/** Two rows holding the same value in one column. */
export interface DuplicateKey {
  readonly value: string;
  /** The two 1-based sheet rows, in sheet order. */
  readonly rows: readonly [number, number];
}

/**
 * The first value of the text column `key` that two rows of `table` share, compared exactly as
 * read (trimmed, case as stored); null when every row's value is its own. Blank values are
 * not compared.
 */
export function firstDuplicate(table: Table, key: string): DuplicateKey | null {
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const value = cells[key];
    if (typeof value !== 'string' || value === '') continue;
    const first = seen.get(value);
    if (first !== undefined) return { value, rows: [first, row] };
    seen.set(value, row);
  }
  return null;
}

/** The message naming both cells of a duplicated key. */
export function duplicateKeyMessage(
  spec: TableSpec,
  table: Table,
  key: string,
  duplicate: DuplicateKey,
  locale: Locale,
): string {
  const at = table.map.index[key]!;
  const prefix = sheetPrefix(spec.sheet);
  return storeMessage(locale, 'duplicateKey', {
    sheet: spec.sheet,
    header: spec.columns.find((c) => c.key === key)?.header ?? key,
    value: duplicate.value.length > 40 ? `${duplicate.value.slice(0, 37)}...` : duplicate.value,
    first: `${prefix}!${cellA1(at, duplicate.rows[0])}`,
    second: `${prefix}!${cellA1(at, duplicate.rows[1])}`,
  });
}
