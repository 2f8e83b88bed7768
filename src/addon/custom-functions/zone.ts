import { parseUtcOffset, type OffsetAt } from '../../core/orders';

/**
 * The spreadsheet's time zone as the pure code takes it: its UTC offset at an instant, read
 * through Utilities.formatDate (the documented way to work in a zone in Apps Script; custom
 * functions may call it).
 */
export function sheetOffsets(): OffsetAt {
  const timeZone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  return (ms) => parseUtcOffset(Utilities.formatDate(new Date(ms), timeZone, 'Z'));
}
