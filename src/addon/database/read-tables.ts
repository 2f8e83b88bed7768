/**
 * Reads several tables in a fixed, small number of service calls whatever their size: one
 * sheet-qualified whole-column `getRange` and one `getValues` per table. The ranges' widths
 * come from the stored {@link Layout}; a table whose header row no longer matches it is read
 * again from its sheet (and the layout refreshed).
 */
import { columnLetter, sheetPrefix } from '../../core/store/a1';
import { normalizeHeader } from '../../core/store/headers';
import { storeMessage } from '../../core/store/messages';
import type { TableSpec } from '../../core/store/schema';
import type { Locale } from '../../core/i18n';
import { ApiFailure } from '../server/api-failure';
import type { Layout } from './layout';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One table as read: its values (row 1 = headers) and where they came from. */
export interface TableValues {
  readonly values: unknown[][];
  /** The range read: whole columns (rows 1..max) on the fast path, the data range otherwise. */
  readonly range: Range;
  /** Set when the table was read through its sheet (the slow path). */
  readonly sheet?: Sheet;
}

/** The normalized header cells up to the last non-blank one. */
export function headerSignature(row: readonly unknown[] | undefined): string[] {
  const cells = (row ?? []).map(normalizeHeader);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The whole-column A1 range of a table of `width` columns: `Customers!A:P`. */
export function tableA1(sheet: string, width: number): string {
  return `${sheetPrefix(sheet)}!A:${columnLetter(Math.max(1, width) - 1)}`;
}

/**
 * Reads `specs` and fetches the `extra` A1 ranges (returned unread, e.g. a range to write to;
 * they may lie on any sheet). A RangeList holds ranges of one sheet only, so each table is
 * fetched by its own sheet-qualified `getRange` and read by one `getValues`: two calls per
 * table, one per extra range, whatever the sizes. When a shortcut fails, the extra ranges are
 * null.
 */
export function readTables(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  specs: readonly TableSpec[],
  layout: Layout,
  locale: Locale,
  extra: readonly string[] = [],
): { tables: TableValues[]; extra: Range[] | null; layoutChanged: boolean } {
  const known = specs.map((s) => layout.headers[s.sheet]);
  let layoutChanged = false;
  const tables = specs.map((spec, i): TableValues => {
    const headers = known[i];
    if (headers && headers.length > 0) {
      // A sheet renamed, deleted or narrowed since makes this fail: ask the sheet below.
      let range: Range | null = null;
      try {
        range = ss.getRange(tableA1(spec.sheet, headers.length));
      } catch {
        range = null;
      }
      if (range) {
        const values = range.getValues();
        if (sameHeaders(headerSignature(values[0]), headers)) return { values, range };
      }
    }
    const sheet = ss.getSheetByName(spec.sheet);
    if (!sheet)
      throw new ApiFailure('setup', storeMessage(locale, 'missingSheet', { sheet: spec.sheet }));
    const dataRange = sheet.getDataRange();
    const values = dataRange.getValues();
    layout.headers[spec.sheet] = headerSignature(values[0]);
    layoutChanged = true;
    return { values, range: dataRange, sheet };
  });
  let ranges: Range[] | null = null;
  if (!layoutChanged && extra.length > 0) {
    try {
      ranges = extra.map((a1) => ss.getRange(a1));
    } catch {
      // An extra range past the grid or on a missing sheet: the caller asks the sheet.
      ranges = null;
    }
  }
  return { tables, extra: ranges, layoutChanged };
}
