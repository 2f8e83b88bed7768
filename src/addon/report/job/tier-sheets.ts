/**
 * The two sheets the report job owns: `Tier History` (append-only, one row per tier change)
 * and the hidden `Tier State` (the latest committed tiers, encoded in a column of cells).
 * Both are created on first use (Tier History when the first change is recorded); Tier
 * History is protected with a warning, so a person editing it is told it is the add-on's.
 * A new sheet has 26 columns; each keeps only those it uses (11 and 1), because every
 * allocated cell counts against the spreadsheet's 10-million-cell limit as the history grows.
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

/** A sheet made by `insertSheet` has this grid (Sheets' default), known without asking. */
const NEW_SHEET_COLUMNS = 26;

/**
 * Deletes the columns right of the first `width`. Called only when a sheet is new (its width
 * known) or still empty (asked), so later runs pay no extra calls; an interrupted creation is
 * trimmed by the next run, which finds the sheet still empty.
 */
function keepColumns(sheet: Sheet, width: number, isNew: boolean): void {
  const max = isNew ? NEW_SHEET_COLUMNS : sheet.getMaxColumns();
  if (max > width) sheet.deleteColumns(width + 1, max - width);
}

/** The Tier History sheet, or null before the first change is recorded. */
export function findHistorySheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(HISTORY_SHEET);
}

/** History rows `from` (0-based, below the header) to the sheet's last row `lastRow`. */
export function readHistoryRows(sheet: Sheet | null, from: number, lastRow: number): unknown[][] {
  const count = lastRow - 1 - from;
  if (!sheet || count <= 0) return [];
  return sheet.getRange(from + 2, 1, count, WIDTH).getValues();
}

/**
 * Appends rows below `lastRow` (0 = the sheet is empty or missing) in one write, growing the
 * sheet first when it is full. With no sheet yet, creates it; an empty sheet keeps only its
 * 11 columns and gets the header row in the same write. The data goes first and the
 * cosmetics (frozen header, protection with a warning) after, so an interrupted creation
 * never leaves rows without a header.
 */
export function appendHistoryRows(
  ss: Spreadsheet,
  found: Sheet | null,
  lastRow: number,
  rows: unknown[][],
): void {
  if (rows.length === 0) return;
  const sheet = found ?? ss.insertSheet(HISTORY_SHEET);
  if (lastRow === 0) {
    keepColumns(sheet, WIDTH, !found);
    // Room for the rows below the header without asking the sheet's height, whatever their
    // number (so the calls do not depend on it): the rows it had stay below, for later appends.
    sheet.insertRowsAfter(1, rows.length);
  } else {
    const maxRows = sheet.getMaxRows();
    const needed = lastRow + rows.length;
    if (needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  }
  const block = lastRow === 0 ? [[...HISTORY_HEADERS], ...rows] : rows;
  sheet.getRange(lastRow + 1, 1, block.length, WIDTH).setValues(block);
  if (!found) {
    sheet.setFrozenRows(1);
    sheet.protect().setWarningOnly(true);
  }
}

/** The state sheet's cells (column A, top down); none when the sheet does not exist. */
export function readStateCells(ss: Spreadsheet): { cells: unknown[]; exists: boolean } {
  const sheet = ss.getSheetByName(STATE_SHEET);
  if (!sheet) return { cells: [], exists: false };
  const values = sheet.getDataRange().getValues();
  return { cells: values.map((row) => row[0]), exists: true };
}

/**
 * Writes the state's cells in one call, blanking cells left over from a longer state,
 * creating the hidden sheet first when it does not exist. A new or still empty state sheet
 * keeps only column A. `previous.column` is the whole column as read in the tables' range
 * list (`previous.cells` its values): written through as it is when the state fits in it.
 */
export function writeStateCells(
  ss: Spreadsheet,
  cells: readonly string[],
  previous: {
    readonly cells: readonly unknown[];
    readonly exists: boolean;
    readonly column?: GoogleAppsScript.Spreadsheet.Range | undefined;
  },
): void {
  const previousCount = previous.cells.filter((c) => c !== '' && c !== undefined).length;
  // Hidden rather than protected: it is never shown, and protection would cost calls.
  if (!previous.exists) keepColumns(ss.insertSheet(STATE_SHEET).hideSheet(), 1, true);
  else if (previousCount === 0) {
    const sheet = ss.getSheetByName(STATE_SHEET);
    if (sheet) keepColumns(sheet, 1, false);
  }
  const through = previous.column !== undefined && previous.cells.length >= cells.length;
  const rows = through ? previous.cells.length : Math.max(cells.length, previousCount, 1);
  const values: string[][] = [];
  for (let i = 0; i < rows; i++) values.push([neutraliseText(cells[i] ?? '')]);
  (through ? previous.column! : ss.getRange(`${sheetPrefix(STATE_SHEET)}!A1:A${rows}`)).setValues(
    values,
  );
}
