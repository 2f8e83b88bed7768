/**
 * A .csv file as a single Customers sheet. The first row must be the header (the add-on finds
 * columns by header name); number columns must hold numbers, and a cell of text there is
 * refused with its row and column, because the add-on would refuse it too — only later.
 */
import { readFileSync } from 'node:fs';
import {
  CUSTOMERS_SHEET,
  CUSTOMER_DATE_HEADERS,
  CUSTOMER_HEADERS,
  CUSTOMER_NUMBER_HEADERS,
} from '../sheet-headers';
import { wallClockToInstant } from './wall-clock';
import { InputFileError, columnLetter, type CellValue, type WorkbookData } from './workbook-data';
import { DEFAULT_TIME_ZONE } from './xlsx';

/** Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, newlines in quotes). */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Picks `;` or tab when the header uses it instead of commas (European exports). */
function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseNumber(raw: string): number | undefined {
  const text = raw.trim().replace(/^[$€£¥]/, '');
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  return Number(text.replace(/,/g, ''));
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
  const rows = parseCsv(text, detectDelimiter(text)).filter((r) => r.some((f) => f.trim() !== ''));
  const header = (rows[0] ?? []).map((h) => h.trim());
  const known = new Set(Object.values(CUSTOMER_HEADERS).map((h) => h.toLowerCase()));
  if (!header.some((h) => known.has(h.toLowerCase()))) {
    throw new InputFileError(
      file,
      `the first row must be the header, with columns such as "${CUSTOMER_HEADERS.id}", "${CUSTOMER_HEADERS.name}", "${CUSTOMER_HEADERS.revenue}"`,
      { row: 1 },
    );
  }
  const isHeader = (names: readonly string[], h: string): boolean =>
    names.some((n) => n.toLowerCase() === h.toLowerCase());
  const values: CellValue[][] = [header];
  rows.slice(1).forEach((fields, index) => {
    const rowNumber = index + 2;
    values.push(
      header.map((name, c): CellValue => {
        const raw = fields[c] ?? '';
        if (raw.trim() === '') return '';
        const where = (detail: string): InputFileError =>
          new InputFileError(file, detail, {
            row: rowNumber,
            column: `${columnLetter(c + 1)} "${name}"`,
          });
        if (isHeader(CUSTOMER_NUMBER_HEADERS, name)) {
          const number = parseNumber(raw);
          if (number === undefined) throw where(`expected a number, got "${raw}"`);
          return number;
        }
        if (isHeader(CUSTOMER_DATE_HEADERS, name)) {
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
