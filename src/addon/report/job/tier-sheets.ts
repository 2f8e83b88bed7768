/**
 * The two sheets the report job owns: `Tier History` (append-only, one row per tier change)
 * and the hidden `Tier State` (the latest committed tiers, encoded in a column of cells).
 * Both are created on first use and protected with a warning, so a person editing them is
 * told they belong to the add-on.
 */
import { sheetPrefix } from '../../../core/store/a1';
import { neutraliseText } from '../../../core/store/neutralise';
import { HISTORY_HEADERS, HISTORY_SHEET } from '../../../core/report/history-row';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const STATE_SHEET = 'Tier State';
/** The state column as read with the tables, in the same range list. */
export const STATE_A1 = `${sheetPrefix(STATE_SHEET)}!A:A`;
const WIDTH = HISTORY_HEADERS.length;

const OWNED_NOTE = 'Written by Customer Pyramid: please do not edit.';

/** The Tier History sheet, created with its header row when missing. */
export function historySheet(ss: Spreadsheet): Sheet {
  const found = ss.getSheetByName(HISTORY_SHEET);
  if (found) return found;
  const sheet = ss.insertSheet(HISTORY_SHEET);
  sheet.getRange(1, 1, 1, WIDTH).setValues([[...HISTORY_HEADERS]]);
  sheet.setFrozenRows(1);
  sheet.protect().setWarningOnly(true).setDescription(OWNED_NOTE);
  return sheet;
}

/** History rows `from` (0-based, below the header) to the sheet's last row `lastRow`. */
export function readHistoryRows(sheet: Sheet, from: number, lastRow: number): unknown[][] {
  const count = lastRow - 1 - from;
  if (count <= 0) return [];
  return sheet.getRange(from + 2, 1, count, WIDTH).getValues();
}

/** Appends rows below `lastRow` in one write, growing the sheet first when it is full. */
export function appendHistoryRows(sheet: Sheet, lastRow: number, rows: unknown[][]): void {
  if (rows.length === 0) return;
  const maxRows = sheet.getMaxRows();
  const needed = lastRow + rows.length;
  if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  sheet.getRange(lastRow + 1, 1, rows.length, WIDTH).setValues(rows);
}

/** The state sheet's cells (column A, top down); none when the sheet does not exist. */
export function readStateCells(ss: Spreadsheet): { cells: unknown[]; exists: boolean } {
  const sheet = ss.getSheetByName(STATE_SHEET);
  if (!sheet) return { cells: [], exists: false };
  const values = sheet.getDataRange().getValues();
  return { cells: values.map((row) => row[0]), exists: true };
}

/**
 * Writes the state's cells in one call, blanking cells left over from a longer state
 * (`previousCount`), creating the hidden sheet first when it does not `exist`.
 */
export function writeStateCells(
  ss: Spreadsheet,
  cells: readonly string[],
  previousCount: number,
  exists: boolean,
): void {
  if (!exists) {
    const sheet = ss.insertSheet(STATE_SHEET);
    sheet.protect().setWarningOnly(true).setDescription(OWNED_NOTE);
    sheet.hideSheet();
  }
  const rows = Math.max(cells.length, previousCount, 1);
  const values: string[][] = [];
  for (let i = 0; i < rows; i++) values.push([neutraliseText(cells[i] ?? '')]);
  ss.getRange(`${sheetPrefix(STATE_SHEET)}!A1:A${rows}`).setValues(values);
}
