/**
 * Header names of the add-on's sheets, by column key, taken from the store's schema
 * (src/core/store/schema.ts) so the local tools and the add-on can never disagree.
 */
import {
  CONTACTS,
  CUSTOMERS,
  INTERACTIONS,
  type CellType,
  type ColumnKey,
  type TableSpec,
} from '../core/store/schema';

function headersOf<T extends TableSpec>(table: T): Readonly<Record<ColumnKey<T>, string>> {
  return Object.fromEntries(table.columns.map((c) => [c.key, c.header])) as Record<
    ColumnKey<T>,
    string
  >;
}

function headersOfType(table: TableSpec, types: readonly CellType[]): readonly string[] {
  return table.columns.filter((c) => types.includes(c.type)).map((c) => c.header);
}

export const CUSTOMERS_SHEET = CUSTOMERS.sheet;
export const CONTACTS_SHEET = CONTACTS.sheet;
export const INTERACTIONS_SHEET = INTERACTIONS.sheet;

export const CUSTOMER_HEADERS = headersOf(CUSTOMERS);
export const CONTACT_HEADERS = headersOf(CONTACTS);

/** Customers columns that must hold numbers. */
export const CUSTOMER_NUMBER_HEADERS = headersOfType(CUSTOMERS, ['number', 'score', 'percent']);

/** Customers columns that hold calendar dates. */
export const CUSTOMER_DATE_HEADERS = headersOfType(CUSTOMERS, ['date', 'datetime']);
