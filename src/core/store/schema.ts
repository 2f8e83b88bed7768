/**
 * The sheets that make up the team's database: their names, columns, header
 * names, cell types, required flags and fixed lists. Columns are found by header name, so
 * users may reorder them and add their own; `owned` columns are filled by the add-on
 * (Recalculate tiers) and never typed by people.
 */
import type { LocalizedText } from '../i18n';
import {
  BAND_LABELS,
  FUNNEL_LABELS,
  INTERACTION_KIND_LABELS,
  PERSONALITY_LABELS,
  PURPOSE_LABELS,
  QUADRANT_LABELS,
  ROLE_LABELS,
  SATISFACTION_LABELS,
  TIER_LABELS,
} from '../crm/vocabulary';

/** What a cell of a column holds. */
export type CellType =
  /** Free text (stored as text even when it starts with = + - @). */
  | 'text'
  /** A finite number. */
  | 'number'
  /** A whole number within the column's min/max (e.g. a 1–5 score). */
  | 'score'
  /** A fraction 0–1 shown as a percentage. */
  | 'percent'
  /** A calendar date. */
  | 'date'
  /** A moment (date and time). */
  | 'datetime'
  /** One or more email addresses separated by commas, semicolons or new lines. */
  | 'emails'
  /** One entry of a fixed list (a dropdown), read as its code. */
  | 'choice';

/** One column of a table. */
export interface ColumnSpec {
  /** The name the program uses. */
  readonly key: string;
  /** The header cell's text (matched case- and space-insensitively). */
  readonly header: string;
  readonly type: CellType;
  /** A table without this header is refused (it names what the add-on cannot work without). */
  readonly required?: boolean;
  /** A fixed list, for `choice` columns: code → labels. Cells hold the label in the team's
   *  language and the dropdown offers those labels; reading accepts the code and both
   *  languages' labels (see choices.ts). */
  readonly choices?: Readonly<Record<string, LocalizedText>>;
  /** The column's cells hold the codes themselves (the dropdown offers the codes). */
  readonly cellsHoldCodes?: boolean;
  /** Filled by the add-on; people should not type here. */
  readonly owned?: boolean;
  /** Sheets number format applied by Set up sheets. */
  readonly format?: string;
}

/** One sheet of the database. */
export interface TableSpec {
  readonly sheet: string;
  readonly columns: readonly ColumnSpec[];
}

const DATE_FORMAT = 'yyyy-mm-dd';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const MONEY_FORMAT = '#,##0.00';

export const CUSTOMERS = {
  sheet: 'Customers',
  columns: [
    { key: 'id', header: 'Customer ID', type: 'text', required: true, format: '@' },
    { key: 'name', header: 'Name', type: 'text', required: true },
    { key: 'owners', header: 'Owners', type: 'emails' },
    { key: 'revenue', header: 'Revenue', type: 'number', format: MONEY_FORMAT },
    { key: 'profit', header: 'Profit', type: 'number', format: MONEY_FORMAT },
    { key: 'potential', header: 'Potential', type: 'number', format: MONEY_FORMAT },
    { key: 'categoryBudget', header: 'Category Budget', type: 'number', format: MONEY_FORMAT },
    { key: 'firstOrder', header: 'First Order', type: 'date', format: DATE_FORMAT },
    { key: 'lastOrder', header: 'Last Order', type: 'date', format: DATE_FORMAT },
    { key: 'industry', header: 'Industry', type: 'text' },
    { key: 'notes', header: 'Notes', type: 'text' },
    // The tier letters are the team's words for tiers, and what the tier formulas read.
    {
      key: 'tier',
      header: 'Tier',
      type: 'choice',
      choices: TIER_LABELS,
      cellsHoldCodes: true,
      owned: true,
    },
    { key: 'quadrant', header: 'Quadrant', type: 'choice', choices: QUADRANT_LABELS, owned: true },
    { key: 'band', header: 'Band', type: 'choice', choices: BAND_LABELS, owned: true },
    { key: 'lastContact', header: 'Last Contact', type: 'date', owned: true, format: DATE_FORMAT },
    {
      key: 'nextFollowUp',
      header: 'Next Follow-up',
      type: 'date',
      owned: true,
      format: DATE_FORMAT,
    },
  ],
} as const satisfies TableSpec;

export const CONTACTS = {
  sheet: 'Contacts',
  columns: [
    { key: 'customerId', header: 'Customer ID', type: 'text', required: true, format: '@' },
    { key: 'name', header: 'Name', type: 'text', required: true },
    { key: 'role', header: 'Role', type: 'choice', choices: ROLE_LABELS },
    { key: 'email', header: 'Email', type: 'text' },
    { key: 'phone', header: 'Phone', type: 'text', format: '@' },
    { key: 'importantDate', header: 'Important Date', type: 'date', format: DATE_FORMAT },
    { key: 'personality', header: 'Personality', type: 'choice', choices: PERSONALITY_LABELS },
    { key: 'notes', header: 'Notes', type: 'text' },
  ],
} as const satisfies TableSpec;

export const INTERACTIONS = {
  sheet: 'Interactions',
  columns: [
    {
      key: 'loggedAt',
      header: 'Logged At',
      type: 'datetime',
      required: true,
      owned: true,
      format: DATETIME_FORMAT,
    },
    { key: 'customerId', header: 'Customer ID', type: 'text', required: true },
    { key: 'customerName', header: 'Customer Name', type: 'text' },
    { key: 'date', header: 'Date', type: 'date', required: true, format: DATE_FORMAT },
    {
      key: 'kind',
      header: 'Kind',
      type: 'choice',
      choices: INTERACTION_KIND_LABELS,
      required: true,
    },
    { key: 'purpose', header: 'Purpose', type: 'choice', choices: PURPOSE_LABELS },
    { key: 'summary', header: 'Summary', type: 'text', required: true },
    { key: 'withWhom', header: 'With Whom', type: 'text' },
    { key: 'perceived', header: 'Perceived', type: 'score' },
    { key: 'expected', header: 'Expected', type: 'score' },
    {
      key: 'satisfaction',
      header: 'Satisfaction',
      type: 'choice',
      choices: SATISFACTION_LABELS,
      owned: true,
    },
    { key: 'dealProbability', header: 'Deal Probability', type: 'percent', format: '0%' },
    {
      key: 'funnel',
      header: 'Funnel',
      type: 'choice',
      choices: FUNNEL_LABELS,
      owned: true,
    },
    { key: 'nextStep', header: 'Next Step', type: 'text' },
    { key: 'followUpDate', header: 'Follow-up Date', type: 'date', format: DATE_FORMAT },
    { key: 'loggedBy', header: 'Logged By', type: 'text', owned: true },
    { key: 'requestId', header: 'Request ID', type: 'text', required: true, owned: true },
  ],
} as const satisfies TableSpec;

export const SETTINGS = {
  sheet: 'Settings',
  columns: [
    { key: 'key', header: 'Setting', type: 'text', required: true },
    { key: 'value', header: 'Value', type: 'text', required: true },
    { key: 'description', header: 'Description', type: 'text' },
  ],
} as const satisfies TableSpec;

/** Every table Set up sheets creates, in tab order. */
export const TABLES: readonly TableSpec[] = [CUSTOMERS, CONTACTS, INTERACTIONS, SETTINGS];

/** The column keys of a table, as a type. */
export type ColumnKey<T extends TableSpec> = T['columns'][number]['key'];

/** The columns Recalculate tiers writes, in the order Set up sheets places them. */
export const CUSTOMER_OWNED_KEYS = CUSTOMERS.columns
  .filter((c) => 'owned' in c && c.owned)
  .map((c) => c.key);
