/**
 * Imports a transaction log (customer, date, amount per line) into revenue per customer per
 * period, and builds a book from it: a Customers sheet with first and last order dates, and
 * `Revenue by Period` with one column per period, so tiers can change between periods.
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { parse, type Options } from 'csv-parse';
import { periodLabel, periodSheet, type PeriodKind } from '../periods';
import { CUSTOMERS_SHEET, CUSTOMER_HEADERS } from '../sheet-headers';
import { detectDelimiter } from '../workbook-io/csv';
import { wallClockToInstant } from '../workbook-io/wall-clock';
import { InputFileError, type CellValue, type WorkbookData } from '../workbook-io/workbook-data';
import { detectColumns, parseOrderLine, type OrderColumns } from './parse-line';

export interface CustomerOrders {
  /** Cents per period label. */
  readonly centsByPeriod: Map<string, number>;
  /** yyyymmdd as a number, for cheap comparison. */
  first: number;
  last: number;
}

export interface ImportedOrders {
  readonly file: string;
  readonly lines: number;
  readonly totalCents: number;
  /** Period labels in time order. */
  readonly periods: string[];
  readonly customers: Map<string, CustomerOrders>;
}

export interface ImportOptions {
  readonly period?: PeriodKind;
  /** Called now and then with the share of the file read (0–1). */
  readonly onProgress?: (share: number, lines: number) => void;
}

/** The first kilobytes of a file, to see which delimiter its first line uses. */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * csv-parse options for an order file: the delimiter its first line uses (tab, `,` or `;`),
 * or runs of spaces for whitespace-aligned files such as CDNOW's.
 */
function parserOptions(first: string): {
  options: Options;
  decimalComma: boolean;
  whitespace: boolean;
} {
  const line = first.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimited = /[,;\t]/.test(line);
  const delimiter = delimited ? detectDelimiter(line) : ' ';
  const options: Options = {
    bom: true,
    delimiter,
    relax_column_count: true,
    info: true,
    ...(delimited ? { trim: true } : {}),
  };
  return { options, decimalComma: delimiter === ';', whitespace: !delimited };
}

/**
 * Runs of spaces as one space, so that csv-parse splits a whitespace-aligned file (`00001
 * 19970101  1   11.77`) into its columns at its usual speed; a run cut by a chunk boundary
 * leaves an empty field, which the reader drops.
 */
function squeezeSpaces(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      // Byte for byte: no UTF-8 sequence holds a space or tab byte, so latin1 keeps the rest.
      done(null, Buffer.from(chunk.toString('latin1').replace(/[ \t]+/g, ' '), 'latin1'));
    },
  });
}

/** Reads an order file record by record; a bad line stops the import with its line number. */
export async function importOrders(
  file: string,
  options: ImportOptions = {},
): Promise<ImportedOrders> {
  const kind = options.period ?? 'quarter';
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new InputFileError(file, 'cannot read the file (does it exist?)');
  }
  const { options: parseOptions, decimalComma, whitespace } = parserOptions(head(file));
  const stream = createReadStream(file);
  const parser = (whitespace ? stream.pipe(squeezeSpaces()) : stream).pipe(parse(parseOptions));
  const customers = new Map<string, CustomerOrders>();
  const periods = new Set<string>();
  let columns: OrderColumns | undefined;
  let nextLine = 1;
  let orderLines = 0;
  let totalCents = 0;
  try {
    for await (const { record: fields, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      // In a whitespace-aligned file a run of spaces is one delimiter: drop the empty fields.
      const record = whitespace ? fields.filter((f) => f !== '') : fields;
      const lineNumber = nextLine;
      nextLine = info.lines + 1;
      if (record.every((f) => f.trim() === '')) continue;
      if (!columns) {
        const detected = detectColumns(record);
        if ('error' in detected)
          throw new InputFileError(file, detected.error, { line: lineNumber });
        columns = detected.columns;
        if (detected.isHeader) continue;
      }
      const order = parseOrderLine(record, columns, decimalComma);
      if (typeof order === 'string') throw new InputFileError(file, order, { line: lineNumber });
      const period = periodLabel(kind, order.year, order.month);
      periods.add(period);
      const stamp = order.year * 10_000 + order.month * 100 + order.day;
      let entry = customers.get(order.customer);
      if (!entry) {
        entry = { centsByPeriod: new Map(), first: stamp, last: stamp };
        customers.set(order.customer, entry);
      }
      entry.centsByPeriod.set(period, (entry.centsByPeriod.get(period) ?? 0) + order.cents);
      entry.first = Math.min(entry.first, stamp);
      entry.last = Math.max(entry.last, stamp);
      totalCents += order.cents;
      orderLines++;
      if (options.onProgress && orderLines % 5000 === 0)
        options.onProgress(info.bytes / size, orderLines);
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const line = (error as { lines?: number }).lines;
    throw new InputFileError(file, `not readable: ${(error as Error).message}`, { line });
  } finally {
    stream.destroy();
  }
  if (orderLines === 0) throw new InputFileError(file, 'no order lines found');
  options.onProgress?.(1, orderLines);
  return { file, lines: orderLines, totalCents, periods: [...periods].sort(), customers };
}

function stampToDate(stamp: number, timeZone: string): Date {
  const wall = new Date(
    Date.UTC(Math.floor(stamp / 10_000), (Math.floor(stamp / 100) % 100) - 1, stamp % 100),
  );
  return wallClockToInstant(wall, timeZone);
}

/**
 * The book for imported orders: Customers (revenue = the last period's) and Revenue by Period.
 * Customer ids are kept as text exactly as in the file (CDNOW's `00001` stays `00001`).
 */
export function ordersToBook(orders: ImportedOrders, timeZone = 'UTC'): WorkbookData {
  const h = CUSTOMER_HEADERS;
  const last = orders.periods.length - 1;
  const customerRows: CellValue[][] = [
    [h.id, h.name, h.owners, h.revenue, h.firstOrder, h.lastOrder],
  ];
  const byCustomer = new Map<string, number[]>();
  for (const [id, entry] of orders.customers) {
    const amounts = orders.periods.map((p) => (entry.centsByPeriod.get(p) ?? 0) / 100);
    byCustomer.set(id, amounts);
    customerRows.push([
      id,
      `Customer ${id}`,
      '',
      amounts[last] ?? 0,
      stampToDate(entry.first, timeZone),
      stampToDate(entry.last, timeZone),
    ]);
  }
  const name = orders.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return {
    name: `${name} (orders)`,
    timeZone,
    sheets: [
      { name: CUSTOMERS_SHEET, values: customerRows, frozenRows: 1 },
      { ...periodSheet({ periods: orders.periods, byCustomer }), frozenRows: 1 },
    ],
  };
}
