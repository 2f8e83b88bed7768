/** Step 1: the book to work on — the demo, the user's own file, or one built from orders. */
import { countOf, formatMoney } from '../../core/i18n';
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

const CUSTOMERS = { en: ['customer', 'customers'], zh: '位客户' } as const;

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
        `${countOf(orders.customers.size, CUSTOMERS, 'en')} from ${countOf(orders.lines, { en: ['order line', 'order lines'], zh: '行订单' }, 'en')} ` +
        `in ${options.orders} (total ${formatMoney(orders.totalCents / 100, 'en')}, ` +
        `${countOf(orders.periods.length, { en: [options.period, `${options.period}s`], zh: '期' }, 'en')} ${orders.periods[0]}…${orders.periods.at(-1)})`,
      baseName: `${baseNameOf(options.orders)}-orders`,
      formatting: new Map(),
    };
  }
  const book = generateDemoBook({ seed: options.seed, customers: options.customers });
  return {
    book,
    description: `the demo workbook (seed ${options.seed}, ${countOf(options.customers, CUSTOMERS, 'en')})`,
    baseName: `demo-seed-${options.seed}`,
    formatting: new Map(),
  };
}
