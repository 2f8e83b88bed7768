/** Workbook files (.xlsx, .csv) ⇄ the WorkbookData the local runtime opens. */
import { readCustomersCsv } from './csv';
import { readXlsxFormatted } from './xlsx';
import type { BookFormatting } from './sheet-formatting';
import { InputFileError, type WorkbookData } from './workbook-data';

export * from './workbook-data';
export { readCustomersCsv, parseCsv } from './csv';
export { readXlsx, readXlsxFormatted, writeXlsx, DEFAULT_TIME_ZONE } from './xlsx';
export * from './sheet-formatting';

/**
 * Opens a user's workbook by its extension, with the formatting of its sheets (none for a
 * .csv); the file itself is only read.
 */
export async function readWorkbookFile(
  file: string,
  timeZone?: string,
): Promise<{ book: WorkbookData; formatting: BookFormatting }> {
  if (/\.xlsx$/i.test(file)) return readXlsxFormatted(file, timeZone);
  if (/\.csv$/i.test(file))
    return { book: readCustomersCsv(file, timeZone), formatting: new Map() };
  throw new InputFileError(file, 'expected an .xlsx workbook or a .csv of customers');
}
