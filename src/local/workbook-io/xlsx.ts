/**
 * .xlsx files ⇄ WorkbookData, with ExcelJS. Keeps values (numbers, text, booleans, dates),
 * formulas with their last results, frozen header rows and number formats.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { instantToWallClock, wallClockToInstant } from './wall-clock';
import { readSheetFormatting, type BookFormatting, type SheetFormatting } from './sheet-formatting';
import { InputFileError, type CellValue, type SheetData, type WorkbookData } from './workbook-data';

/** The zone a file's dates are read in when the caller names none (xlsx stores none). */
export const DEFAULT_TIME_ZONE = 'UTC';

type ExcelValue = ExcelJS.CellValue;

/** A cell as the runtime sees it: its shown value, and its formula if it has one. */
function readCell(value: ExcelValue, timeZone: string): { value: CellValue; formula: string } {
  if (value === null || value === undefined) return { value: '', formula: '' };
  if (value instanceof Date) return { value: wallClockToInstant(value, timeZone), formula: '' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    return { value, formula: '' };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    const result = readCell((value.result ?? null) as ExcelValue, timeZone).value;
    return { value: result, formula: formula ? `=${formula}` : '' };
  }
  if ('richText' in value)
    return { value: value.richText.map((r) => r.text).join(''), formula: '' };
  if ('hyperlink' in value) return { value: String(value.text), formula: '' };
  if ('error' in value) return { value: String(value.error), formula: '' };
  return { value: String(value), formula: '' };
}

function frozenRowsOf(sheet: ExcelJS.Worksheet): number {
  const view = (sheet.views ?? []).find((v) => v.state === 'frozen') as
    { ySplit?: number } | undefined;
  return view?.ySplit ?? 0;
}

function readSheet(sheet: ExcelJS.Worksheet, timeZone: string): SheetData {
  const rows = sheet.actualRowCount === 0 ? 0 : sheet.rowCount;
  const width = sheet.actualColumnCount === 0 ? 0 : sheet.columnCount;
  const values: CellValue[][] = [];
  const formulas: string[][] = [];
  const numberFormats: string[][] = [];
  let hasFormula = false;
  let hasFormat = false;
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    const valueRow: CellValue[] = [];
    const formulaRow: string[] = [];
    const formatRow: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const { value, formula } = readCell(cell.value, timeZone);
      valueRow.push(value);
      formulaRow.push(formula);
      formatRow.push(cell.numFmt ?? '');
      hasFormula ||= formula !== '';
      hasFormat ||= Boolean(cell.numFmt);
    }
    values.push(valueRow);
    formulas.push(formulaRow);
    numberFormats.push(formatRow);
  }
  // Trailing empty rows are not part of the sheet's content (getLastRow ignores them).
  while (values.length > 0 && values[values.length - 1]!.every((v) => v === '')) {
    if (formulas[values.length - 1]!.some((f) => f !== '')) break;
    values.pop();
    formulas.pop();
    numberFormats.pop();
  }
  const data: SheetData = { name: sheet.name, values };
  if (hasFormula) data.formulas = formulas;
  if (hasFormat) data.numberFormats = numberFormats;
  const frozen = frozenRowsOf(sheet);
  if (frozen > 0) data.frozenRows = frozen;
  return data;
}

/** Reads an .xlsx file; dates are taken as wall-clock times in `timeZone`. */
export async function readXlsx(file: string, timeZone = DEFAULT_TIME_ZONE): Promise<WorkbookData> {
  return (await readXlsxFormatted(file, timeZone)).book;
}

/** Reads an .xlsx file with the formatting of each sheet (widths, fonts, dropdowns…). */
export async function readXlsxFormatted(
  file: string,
  timeZone = DEFAULT_TIME_ZONE,
): Promise<{ book: WorkbookData; formatting: BookFormatting }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new InputFileError(file, `not a readable .xlsx file (${(error as Error).message})`);
  }
  const name = file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '');
  const formatting: BookFormatting = new Map(
    workbook.worksheets.map((s) => [s.name, readSheetFormatting(s)]),
  );
  const book = { name, timeZone, sheets: workbook.worksheets.map((s) => readSheet(s, timeZone)) };
  return { book, formatting };
}

/** Display width of a cell's text: CJK characters take two columns. */
function textWidth(value: CellValue): number {
  const text =
    value instanceof Date
      ? 'yyyy-mm-dd hh:mm'
      : typeof value === 'number'
        ? value.toLocaleString('en-US', { maximumFractionDigits: 2 })
        : String(value);
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

/**
 * Column widths (in characters) that show the header and the values of the first rows whole,
 * for columns the file did not size itself: no `###` for amounts, no cut Chinese names.
 */
function autoWidths(values: readonly (readonly CellValue[])[]): number[] {
  const widths: number[] = [];
  for (const row of values.slice(0, 500))
    row.forEach((value, c) => (widths[c] = Math.max(widths[c] ?? 0, textWidth(value))));
  return Array.from(widths, (w) => Math.min(50, Math.max(8, (w ?? 0) + 2)));
}

/** A calendar date shows as a date; a moment with a time of day shows its time too. */
function dateFormatFor(value: Date, timeZone: string): string {
  const wall = instantToWallClock(value, timeZone);
  return wall.getTime() % 86_400_000 === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
}

function writeCell(cell: ExcelJS.Cell, value: CellValue, formula: string, timeZone: string): void {
  const shown = value instanceof Date ? instantToWallClock(value, timeZone) : value;
  if (formula) {
    cell.value = { formula: formula.replace(/^=/, ''), result: shown === '' ? undefined : shown };
  } else if (shown !== '') {
    cell.value = shown;
  }
}

/**
 * Writes WorkbookData as an .xlsx file that LibreOffice, Excel and Google Sheets open.
 * Atomically: the file is written beside the target under a temporary name and then renamed
 * over it, so a run stopped at any moment leaves either the old file or the new one, never half
 * of one.
 */
export async function writeXlsx(
  data: WorkbookData,
  file: string,
  formatting: BookFormatting = new Map(),
): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeXlsxTo(data, temp, formatting);
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
}

/**
 * Uses ExcelJS's streaming writer: rows are committed as they are written, so a book of
 * 100,000 customers does not have to sit in memory twice.
 */
async function writeXlsxTo(
  data: WorkbookData,
  file: string,
  formatting: BookFormatting,
): Promise<void> {
  const timeZone = data.timeZone ?? DEFAULT_TIME_ZONE;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  workbook.creator = 'Customer Pyramid (npm start)';
  for (const sheetData of data.sheets) {
    const look: SheetFormatting = formatting.get(sheetData.name) ?? {};
    const frozen = sheetData.frozenRows ?? 0;
    const frozenColumns = look.frozenColumns ?? 0;
    const sheet = workbook.addWorksheet(sheetData.name, {
      views:
        frozen > 0 || frozenColumns > 0
          ? [{ state: 'frozen', ySplit: frozen, xSplit: frozenColumns }]
          : [],
      state: look.hidden ? 'hidden' : 'visible',
    });
    sheet.columns = autoWidths(sheetData.values).map((width, c) => ({
      width: look.columnWidths?.[c + 1] ?? width,
    }));
    sheetData.values.forEach((rowValues, r) => {
      const row = sheet.getRow(r + 1);
      rowValues.forEach((value, c) => {
        const cell = row.getCell(c + 1);
        writeCell(cell, value, sheetData.formulas?.[r]?.[c] ?? '', timeZone);
        const format = sheetData.numberFormats?.[r]?.[c];
        if (format) cell.numFmt = format;
        else if (value instanceof Date) cell.numFmt = dateFormatFor(value, timeZone);
        const font = look.fonts?.[cell.address];
        if (font) cell.font = font;
      });
      row.commit();
    });
    const rules = (sheet as unknown as { dataValidations: { model: object } }).dataValidations;
    Object.assign(rules.model, look.validations ?? {});
    if (look.protection)
      (sheet as unknown as { sheetProtection: object }).sheetProtection = look.protection;
    sheet.commit();
  }
  await workbook.commit();
}
