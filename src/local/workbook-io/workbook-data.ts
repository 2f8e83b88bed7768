/** The workbook shape the local runtime opens and gives back, and errors about input files. */
export type { CellValue, SheetData, WorkbookData } from '../runtime/types';

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
