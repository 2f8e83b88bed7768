/** Workbook files (.xlsx, .csv) ⇄ the WorkbookData the local runtime opens. */
import { readCustomersCsv } from './csv';
import { readXlsx } from './xlsx';
import { InputFileError, type WorkbookData } from './workbook-data';

export * from './workbook-data';
export { readCustomersCsv, parseCsv } from './csv';
export { readXlsx, writeXlsx, DEFAULT_TIME_ZONE } from './xlsx';

/** Opens a user's workbook by its extension; the file itself is only read. */
export async function readWorkbookFile(file: string, timeZone?: string): Promise<WorkbookData> {
  if (/\.xlsx$/i.test(file)) return readXlsx(file, timeZone);
  if (/\.csv$/i.test(file)) return readCustomersCsv(file, timeZone);
  throw new InputFileError(file, 'expected an .xlsx workbook or a .csv of customers');
}
