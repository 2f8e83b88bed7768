/**
 * A .csv file as a single Customers sheet, parsed by csv-parse (node-csv): a byte-order mark,
 * quoted fields with commas, quotes and newlines, CRLF or LF. The delimiter is the one the
 * header row uses — `,`, `;` or tab — and a `;` file (a European export) writes decimals with a
 * comma (`1.234,50`). The first row must be the header (the add-on finds columns by header
 * name, any case or spacing); number and date columns must hold numbers and dates, and a cell
 * that does not is refused with its row and column, because the add-on would refuse it too —
 * only later. A row with more cells than the header is refused; a shorter one is padded.
 */
import { readFileSync } from 'node:fs';
import { CsvError, parse } from 'csv-parse/sync';
import { normalizeHeader } from '../../core/store/headers';
import {
  CUSTOMERS_SHEET,
  CUSTOMER_DATE_HEADERS,
  CUSTOMER_HEADERS,
  CUSTOMER_NUMBER_HEADERS,
} from '../sheet-headers';
import { wallClockToInstant } from './wall-clock';
import { InputFileError, columnLetter, type CellValue, type WorkbookData } from './workbook-data';
import { DEFAULT_TIME_ZONE } from './xlsx';

/** One record of the file: its fields and the file line it starts on. */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/** The delimiters a header row may use. */
const DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof DELIMITERS)[number];

/** The delimiter the header row uses most often outside quotes (`,` when it uses none). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of text.replace(/^\uFEFF/, '')) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), ',');
}

/**
 * Splits CSV text into records with the line each starts on. A file csv-parse cannot read
 * (an unclosed quote…) is refused naming its line.
 */
export function parseCsvRecords(file: string, text: string, delimiter: string): CsvRecord[] {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof rows;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new InputFileError(file, `not readable as CSV: ${error.message}`, { line });
  }
  let next = 1;
  return rows.map(({ record, info }) => {
    const start = next;
    next = info.lines + 1;
    return { fields: record, line: start };
  });
}

/** Splits CSV text into rows of fields (for callers that need no line numbers). */
export function parseCsv(text: string, delimiter: string = detectDelimiter(text)): string[][] {
  return parseCsvRecords('CSV text', text, delimiter).map((r) => r.fields);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A number as written in the file, with an optional leading currency sign and thousands
 * separators: `1,204,000.50` — or, in a `;` file, `1.204.000,50` and `1204000,5`.
 */
function parseNumber(raw: string, decimalComma: boolean): number | undefined {
  const text = raw.trim().replace(/^[$€£¥]\s*/, '');
  const [group, point] = decimalComma ? ['.', ','] : [',', '.'];
  const g = `\\${group}`;
  const p = `\\${point}`;
  const shape = new RegExp(`^[-+]?(\\d{1,3}(${g}\\d{3})+|\\d+)?(${p}\\d+)?$`);
  if (!shape.test(text) || !/\d/.test(text)) return undefined;
  return Number(text.split(group).join('').replace(point, '.'));
}

function parseDate(raw: string, timeZone: string): Date | undefined {
  const match = ISO_DATE.exec(raw.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = new Date(Date.UTC(year, month - 1, day));
  if (wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day) return undefined;
  return wallClockToInstant(wall, timeZone);
}

/**
 * Reads a Customers .csv. Numbers and `yyyy-MM-dd` dates become numbers and dates; every other
 * cell stays text exactly as written.
 */
export function readCustomersCsv(file: string, timeZone = DEFAULT_TIME_ZONE): WorkbookData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputFileError(file, 'cannot read the file (does it exist?)');
  }
  const delimiter = detectDelimiter(text);
  const records = parseCsvRecords(file, text, delimiter).filter((r) =>
    r.fields.some((f) => f.trim() !== ''),
  );
  const header = (records[0]?.fields ?? []).map((h) => h.trim());
  const known = new Set(Object.values(CUSTOMER_HEADERS).map(normalizeHeader));
  if (!header.some((h) => known.has(normalizeHeader(h)))) {
    throw new InputFileError(
      file,
      `the first row must be the header, with columns such as "${CUSTOMER_HEADERS.id}", "${CUSTOMER_HEADERS.name}", "${CUSTOMER_HEADERS.revenue}"`,
      { row: 1 },
    );
  }
  const numberColumns = new Set(CUSTOMER_NUMBER_HEADERS.map(normalizeHeader));
  const dateColumns = new Set(CUSTOMER_DATE_HEADERS.map(normalizeHeader));
  const values: CellValue[][] = [header];
  records.slice(1).forEach(({ fields, line }, index) => {
    // The sheet row this record becomes (blank records are left out, as a sheet import does).
    const row = index + 2;
    const place = (column?: string) => ({
      row,
      ...(column ? { column } : {}),
      ...(line !== row ? { line } : {}),
    });
    const extra = fields.slice(header.length).findIndex((f) => f.trim() !== '');
    if (extra >= 0)
      throw new InputFileError(
        file,
        `this row has ${fields.length} cells but the header has ${header.length} (is a delimiter or a quote missing?)`,
        place(columnLetter(header.length + extra + 1)),
      );
    values.push(
      header.map((name, c): CellValue => {
        const raw = fields[c] ?? '';
        if (raw.trim() === '') return '';
        const where = (detail: string): InputFileError =>
          new InputFileError(file, detail, place(`${columnLetter(c + 1)} "${name}"`));
        if (numberColumns.has(normalizeHeader(name))) {
          const number = parseNumber(raw, delimiter === ';');
          if (number === undefined) throw where(`expected a number, got "${raw}"`);
          return number;
        }
        if (dateColumns.has(normalizeHeader(name))) {
          const date = parseDate(raw, timeZone);
          if (date === undefined) throw where(`expected a date as yyyy-MM-dd, got "${raw}"`);
          return date;
        }
        return raw;
      }),
    );
  });
  const name = file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, '');
  return { name, timeZone, sheets: [{ name: CUSTOMERS_SHEET, values, frozenRows: 1 }] };
}
