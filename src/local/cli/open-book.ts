/** Step 1: the book to work on — the demo, the user's own file, or one built from orders. */
import { generateDemoBook } from '../demo/demo-book';
import { importOrders, ordersToBook } from '../orders/import-orders';
import { readWorkbookFile, type BookFormatting, type WorkbookData } from '../workbook-io';
import { checkBook } from './check-book';
import type { StartOptions } from './options';
import { progressBar } from './progress';

export interface OpenedBook {
  readonly book: WorkbookData;
  /** What the terminal says the book is. */
  readonly description: string;
  /** Base of the output file name. */
  readonly baseName: string;
  /** How the user's file looked (widths, fonts, dropdowns…), by sheet name in `book`. */
  readonly formatting: BookFormatting;
}

function baseNameOf(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

/** Opens the book the options ask for; input files are only read. */
export async function openBook(options: StartOptions): Promise<OpenedBook> {
  if (options.workbook) {
    const read = await readWorkbookFile(options.workbook, options.timeZone);
    const book = checkBook(read.book, options.workbook, options.sheet);
    const renamed = options.sheet && options.sheet !== 'Customers';
    const formatting = new Map(read.formatting);
    if (renamed && formatting.has(options.sheet!)) {
      formatting.set('Customers', formatting.get(options.sheet!)!);
      formatting.delete(options.sheet!);
    }
    return {
      book,
      formatting,
      description: `your workbook ${options.workbook}${renamed ? ` (sheet "${options.sheet}" as Customers)` : ''}`,
      // Never the input's own name: with --out at the input's folder it stays untouched.
      baseName: `${baseNameOf(options.workbook)}-customer-pyramid`,
    };
  }
  if (options.orders) {
    const orders = await importOrders(options.orders, {
      period: options.period,
      onProgress: progressBar(`Importing ${options.orders}`),
    });
    const book = ordersToBook(orders, options.timeZone);
    return {
      book,
      description:
        `${orders.customers.size.toLocaleString('en-US')} customers from ${orders.lines.toLocaleString('en-US')} order lines ` +
        `in ${options.orders} (total ${(orders.totalCents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}, ` +
        `${orders.periods.length} ${options.period}s ${orders.periods[0]}…${orders.periods.at(-1)})`,
      baseName: `${baseNameOf(options.orders)}-orders`,
      formatting: new Map(),
    };
  }
  const book = generateDemoBook({ seed: options.seed, customers: options.customers });
  return {
    book,
    description: `the demo workbook (seed ${options.seed}, ${options.customers.toLocaleString('en-US')} customers)`,
    baseName: `demo-seed-${options.seed}`,
    formatting: new Map(),
  };
}
