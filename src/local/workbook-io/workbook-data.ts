/**
 * The plain shape of a workbook that the local runtime opens and `toData()` gives back.
 * Kept structurally identical to the runtime's own `WorkbookData` so files read here can be
 * handed to `new LocalAppsScript({ workbook })` unchanged.
 */
export type CellValue = string | number | boolean | Date;

export interface SheetData {
  name: string;
  /** Rows of cells; blanks are `''`. */
  values: CellValue[][];
  /** Same shape as `values`; `''` where a cell holds no formula. */
  formulas?: string[][];
  frozenRows?: number;
  /** Same shape as `values`; `''` where a cell has the default format. */
  numberFormats?: string[][];
}

export interface WorkbookData {
  name?: string;
  timeZone?: string;
  locale?: string;
  sheets: SheetData[];
}

/** Where in an input file a problem is: a cell (row and column) or a line of a text log. */
export interface FilePlace {
  readonly row?: number;
  readonly column?: string;
  readonly line?: number;
}

/** An input file that cannot be read as the product expects; the message names the place. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly place: FilePlace = {},
  ) {
    const where = [
      place.row === undefined ? '' : `row ${place.row}`,
      place.column === undefined ? '' : `column ${place.column}`,
      place.line === undefined ? '' : `line ${place.line}`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${file}${where ? ` (${where})` : ''}: ${detail}`);
    this.name = 'InputFileError';
  }
}

/** Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
