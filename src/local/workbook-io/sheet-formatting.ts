/**
 * What a sheet looks like beyond its values — column widths, fonts, frozen columns, data
 * validations (dropdowns), protection and whether it is hidden — read from an .xlsx and
 * written back, so that a workbook run through `npm start` keeps the look its user gave it
 * and gains the add-on's dropdowns and hidden sheets. (Values, formulas, frozen rows and number
 * formats travel in WorkbookData itself.)
 */
import type ExcelJS from 'exceljs';

export interface SheetFormatting {
  hidden?: boolean;
  frozenColumns?: number;
  /** 1-based column → width in characters (Excel's unit). */
  columnWidths?: Record<number, number>;
  /** A1 → font (only cells with a font of their own). */
  fonts?: Record<string, Partial<ExcelJS.Font>>;
  /** A1 → rule (the writer joins equal neighbours into ranges again). */
  validations?: Record<string, ExcelJS.DataValidation>;
  /** The sheet's protection exactly as the file had it (its password hash included). */
  protection?: Record<string, unknown>;
}

/** Sheet name → formatting. */
export type BookFormatting = Map<string, SheetFormatting>;

/** What the ExcelJS reader gives beyond its typings. */
interface ReadSheet extends ExcelJS.Worksheet {
  sheetProtection?: Record<string, unknown> | null;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
}

/** A1 of a 1-based column and row. */
function a1(column: number, row: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function decodeA1(cell: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(cell);
  if (!match) return undefined;
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { column, row: Number(match[2]) };
}

/** Rules keyed by ranges (`L2:L1001`, `A2 C2`) as rules keyed by single cells. */
function cellByCell(
  rules: Record<string, ExcelJS.DataValidation>,
): Record<string, ExcelJS.DataValidation> {
  const cells: Record<string, ExcelJS.DataValidation> = {};
  for (const [where, rule] of Object.entries(rules)) {
    for (const part of where.replace(/^range:/, '').split(/\s+/)) {
      const [from, to] = part.split(':').map(decodeA1);
      if (!from) continue;
      const end = to ?? from;
      for (let r = from.row; r <= end.row; r++)
        for (let c = from.column; c <= end.column; c++) cells[a1(c, r)] = rule;
    }
  }
  return cells;
}

/** Reads the formatting of one sheet of a workbook ExcelJS has read. */
export function readSheetFormatting(sheet: ExcelJS.Worksheet): SheetFormatting {
  const read = sheet as ReadSheet;
  const formatting: SheetFormatting = {};
  if (sheet.state === 'hidden' || sheet.state === 'veryHidden') formatting.hidden = true;
  const frozen = (sheet.views ?? []).find((v) => v.state === 'frozen') as
    { xSplit?: number } | undefined;
  if (frozen?.xSplit) formatting.frozenColumns = frozen.xSplit;
  const widths: Record<number, number> = {};
  for (let c = 1; c <= sheet.columnCount; c++) {
    const width = sheet.getColumn(c).width;
    if (width !== undefined) widths[c] = width;
  }
  if (Object.keys(widths).length > 0) formatting.columnWidths = widths;
  const fonts: Record<string, Partial<ExcelJS.Font>> = {};
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const font = cell.style.font;
      if (font && Object.keys(font).length > 0) fonts[cell.address] = { ...font };
    }),
  );
  if (Object.keys(fonts).length > 0) formatting.fonts = fonts;
  const validations = cellByCell(read.dataValidations?.model ?? {});
  if (Object.keys(validations).length > 0) formatting.validations = validations;
  if (read.sheetProtection) formatting.protection = { ...read.sheetProtection };
  return formatting;
}

/** `later` on top of `earlier`, cell by cell and column by column. */
export function mergeFormatting(earlier: SheetFormatting, later: SheetFormatting): SheetFormatting {
  const merged: SheetFormatting = { ...earlier, ...later };
  for (const key of ['columnWidths', 'fonts', 'validations'] as const) {
    if (earlier[key] || later[key])
      (merged as Record<string, unknown>)[key] = { ...earlier[key], ...later[key] };
  }
  return merged;
}
