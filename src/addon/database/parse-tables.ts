/**
 * The tables as typed records: parses what {@link readTables} returned, with the filters the
 * sidebar needs so that a 50,000-row Interactions sheet is scanned once, not parsed whole.
 */
import type { Locale } from '../../core/i18n';
import {
  toContact,
  toCustomer,
  toInteraction,
  type ContactRecord,
  type CustomerRecord,
  type InteractionRecord,
} from '../../core/store/records';
import { CONTACTS, CUSTOMERS, INTERACTIONS, type TableSpec } from '../../core/store/schema';
import {
  duplicateKeyMessage,
  firstDuplicate,
  readTable,
  TableHeaderError,
  type Table,
} from '../../core/store/table';
import { readSettings, type SettingsRead, type TeamSettings } from '../../core/store/settings';
import { storeMessage } from '../../core/store/messages';
import { ApiFailure } from '../server/api-failure';

export interface ParseOptions {
  readonly timeZone: string;
  readonly locale: Locale;
}

/** Reads a table; a bad header row is a `setup` failure naming the sheet and header. */
export function parseTable(
  spec: TableSpec,
  values: unknown[][],
  options: ParseOptions & { keyColumn?: string; keys?: readonly string[] },
): Table {
  try {
    return readTable(spec, values, options);
  } catch (error) {
    if (error instanceof TableHeaderError) throw new ApiFailure('setup', error.message);
    throw error;
  }
}

/**
 * Reads the Customers table, refusing a book the add-on cannot rank or tell apart: with
 * `valueBasis`, a table without that column (revenue or profit, as Settings choose) is a
 * `setup` failure naming the sheet and header; two rows with the same Customer ID (compared
 * trimmed, case as stored) are an `invalid` failure naming both cells.
 */
/** Reads the Settings sheet; a bad header row is a `setup` failure naming the sheet and header. */
export function parseSettings(values: unknown[][], locale: Locale): SettingsRead {
  try {
    return readSettings(values, locale);
  } catch (error) {
    if (error instanceof TableHeaderError) throw new ApiFailure('setup', error.message);
    throw error;
  }
}

export function parseCustomers(
  values: unknown[][],
  options: ParseOptions & { readonly valueBasis?: TeamSettings['valueBasis'] },
) {
  const table = parseTable(CUSTOMERS, values, { ...options, keyColumn: 'id' });
  const basis = options.valueBasis;
  if (basis !== undefined && (table.map.index[basis] ?? -1) < 0) {
    const header = CUSTOMERS.columns.find((c) => c.key === basis)!.header;
    throw new ApiFailure(
      'setup',
      storeMessage(options.locale, 'missingValueColumn', { sheet: CUSTOMERS.sheet, header, basis }),
    );
  }
  const duplicate = firstDuplicate(table, 'id');
  if (duplicate)
    throw new ApiFailure(
      'invalid',
      duplicateKeyMessage(CUSTOMERS, table, 'id', duplicate, options.locale),
    );
  const customers = table.rows.map(toCustomer);
  // A value column with no value at all beside listed customers is a column that was renamed
  // or re-added empty, not a book of customers worth nothing: ranking it would record every
  // customer as gone.
  if (basis !== undefined && customers.length > 0 && customers.every((c) => c[basis] === null)) {
    const header = CUSTOMERS.columns.find((c) => c.key === basis)!.header;
    throw new ApiFailure(
      'setup',
      storeMessage(options.locale, 'emptyValueColumn', {
        sheet: CUSTOMERS.sheet,
        header,
        basis,
        count: customers.length,
      }),
    );
  }
  return { table, customers };
}

/** Only the rows whose customer id is `customerId` (compared as text, trimmed). */
function rowsOf(values: unknown[][], at: number, customerId: string): unknown[][] {
  const out: unknown[][] = [values[0] ?? []];
  if (at < 0) return out;
  for (let r = 1; r < values.length; r++) {
    const cell = values[r]![at];
    if (cell !== '' && String(cell).trim() === customerId) out.push(values[r]!);
    else out.push([]);
  }
  return out;
}

/**
 * A customer's contacts or interactions. Other customers' rows are kept as empty rows so
 * that row numbers in records and messages stay the sheet's.
 */
export function parseFor<T>(
  spec: TableSpec,
  values: unknown[][],
  customerId: string,
  toRecord: (row: Table['rows'][number]) => T,
  options: ParseOptions,
): { table: Table; records: T[] } {
  const header = parseTable(spec, values.slice(0, 1), options);
  const filtered = rowsOf(values, header.map.index.customerId ?? -1, customerId);
  const table = parseTable(spec, filtered, options);
  return { table, records: table.rows.map(toRecord) };
}

export const contactsOf = (values: unknown[][], id: string, o: ParseOptions): ContactRecord[] =>
  parseFor(CONTACTS, values, id, toContact, o).records;

export const interactionsOf = (
  values: unknown[][],
  id: string,
  o: ParseOptions,
): { table: Table; records: InteractionRecord[] } =>
  parseFor(INTERACTIONS, values, id, toInteraction, o);

export function findCustomer(
  customers: readonly CustomerRecord[],
  id: string,
): CustomerRecord | undefined {
  return customers.find((c) => c.id === id);
}
