/**
 * A user's workbook is checked before the add-on runs on it, with the add-on's own readers
 * (src/core/store): the customer sheet must be there, every add-on table's headers must be
 * usable, and the customer cells the add-on reads must hold what their columns expect. A
 * workbook that fails is refused with the sheet and cell named, before anything is written —
 * the same for .xlsx and .csv.
 */
import { headerProblemMessage, mapHeaders, normalizeHeader } from '../../core/store/headers';
import { CUSTOMERS, TABLES } from '../../core/store/schema';
import { readTable } from '../../core/store/table';
import { InputFileError, type WorkbookData } from '../workbook-io';

/** How many bad cells a refusal lists before "…and N more". */
const LISTED = 5;

/** How many of the Customers headers a sheet's first row has (the likeliest customer sheet). */
function customerHeaderCount(values: readonly (readonly unknown[])[]): number {
  const row = new Set((values[0] ?? []).map(normalizeHeader));
  return CUSTOMERS.columns.filter((c) => row.has(normalizeHeader(c.header))).length;
}

const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

/**
 * The book to run: `sheet` (from --sheet) is taken as the Customers sheet. Without it a book
 * with no Customers sheet is refused, naming the sheets found and the likeliest one.
 */
function withCustomerSheet(book: WorkbookData, file: string, sheet?: string): WorkbookData {
  const names = book.sheets.map((s) => s.name);
  if (sheet !== undefined) {
    if (sheet === CUSTOMERS.sheet) return book;
    if (!names.includes(sheet))
      throw new InputFileError(file, `--sheet ${sheet}: no such sheet; it has ${quoted(names)}`);
    if (names.includes(CUSTOMERS.sheet))
      throw new InputFileError(
        file,
        `--sheet ${sheet}: the workbook already has a "${CUSTOMERS.sheet}" sheet; rename one of them`,
      );
    return {
      ...book,
      sheets: book.sheets.map((s) => (s.name === sheet ? { ...s, name: CUSTOMERS.sheet } : s)),
    };
  }
  if (names.includes(CUSTOMERS.sheet)) return book;
  const best = book.sheets
    .map((s) => ({ name: s.name, score: customerHeaderCount(s.values) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)[0];
  const hint = best
    ? ` "${best.name}" looks like it (it has ${best.score} of the Customers headers): run again with --sheet "${best.name}"`
    : ` none has a "${CUSTOMERS.columns[0].header}" header; name the customer sheet with --sheet NAME`;
  throw new InputFileError(
    file,
    `no sheet is named "${CUSTOMERS.sheet}" (the add-on reads customers from that sheet); the workbook has ${quoted(names)}.${hint}`,
  );
}

/**
 * Checks a user's book as the add-on will read it; returns the book to run (its customer
 * sheet named Customers). Throws {@link InputFileError} naming every problem's sheet and cell.
 */
export function checkBook(book: WorkbookData, file: string, sheet?: string): WorkbookData {
  const checked = withCustomerSheet(book, file, sheet);
  const problems: string[] = [];
  for (const spec of TABLES) {
    const found = checked.sheets.find((s) => s.name === spec.sheet);
    if (!found) continue; // Set up sheets creates it
    // Set up sheets refuses a missing required header or a duplicated one: so do we, first.
    const header = mapHeaders(spec, found.values[0] ?? []);
    if (!header.ok) problems.push(headerProblemMessage(spec.sheet, header.problems, 'en'));
  }
  if (problems.length === 0) {
    const customers = checked.sheets.find((s) => s.name === CUSTOMERS.sheet)!;
    const table = readTable(CUSTOMERS, customers.values, {
      timeZone: checked.timeZone ?? 'UTC',
      locale: 'en',
      keyColumn: 'id',
      // The columns the add-on owns are rewritten by Recalculate tiers: not the user's input.
      keys: CUSTOMERS.columns.filter((c) => !('owned' in c && c.owned)).map((c) => c.key),
    });
    problems.push(...table.errors);
  }
  if (problems.length === 0) return checked;
  const more = problems.length > LISTED ? [`…and ${problems.length - LISTED} more`] : [];
  throw new InputFileError(file, [...problems.slice(0, LISTED), ...more].join('\n  '));
}
