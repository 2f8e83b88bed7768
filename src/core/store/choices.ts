/**
 * The cells of a fixed-list column. The add-on writes a code's label in the team's language
 * (`Platinum` or `白金客户`, never `platinum`) and its dropdowns offer those labels; reading
 * accepts the code and the English and Chinese labels, case and surrounding spaces ignored, so
 * a sheet stays readable when the team's language changes and sheets holding codes still work.
 * Each column decodes with its own list only: "VIP" is tier A in Tier and the band vip in Band.
 * The labels come from the vocabulary the column's spec names; there is no other copy of them.
 */
import type { Locale } from '../i18n';
import { ownEntry } from '../lookup/own-entry';
import type { ColumnSpec } from './schema';

type Choices = NonNullable<ColumnSpec['choices']>;

/** How a cell's text is compared: surrounding spaces and case ignored. */
function normalizeChoice(text: string): string {
  return text.trim().toLowerCase();
}

/** One decoding table per list, built on first use. */
const decodingTables = new WeakMap<Choices, Readonly<Record<string, string>>>();

/**
 * The decoding table of one list: each code and non-blank label, normalised, → its code. A
 * text naming two codes of the same list is a mistake in the vocabulary and throws.
 */
export function decodingTable(choices: Choices): Readonly<Record<string, string>> {
  const known = decodingTables.get(choices);
  if (known) return known;
  const table: Record<string, string> = {};
  for (const [code, labels] of Object.entries(choices))
    for (const text of [code, labels.en, labels.zh]) {
      const key = normalizeChoice(text);
      if (key === '') continue;
      const taken = ownEntry(table, key);
      if (taken !== undefined && taken !== code)
        throw new Error(`"${text}" names both ${taken} and ${code} in one list`);
      table[key] = code;
    }
  decodingTables.set(choices, table);
  return table;
}

/** The code a cell's text names in `column`'s list, or undefined when it names none. */
export function decodeChoice(column: ColumnSpec, text: string): string | undefined {
  if (!column.choices) return undefined;
  const choiceTable = decodingTable(column.choices);
  return ownEntry(choiceTable, normalizeChoice(text));
}

/**
 * What a fixed-list cell holds for `code`: its label in `locale`, or the code itself for a
 * column whose cells are codes (Tier's letters). '' stays ''; a code the list does not know is
 * written as it is.
 */
export function choiceCell(column: ColumnSpec, code: string, locale: Locale): string {
  if (!column.choices || column.cellsHoldCodes || code === '') return code;
  const labels = ownEntry(column.choices, code);
  return labels ? labels[locale] : code;
}

/** What a fixed-list column's dropdown offers, in `locale`: every non-blank cell it can hold. */
export function dropdownValues(column: ColumnSpec, locale: Locale): string[] {
  if (!column.choices) return [];
  return Object.keys(column.choices)
    .map((code) => choiceCell(column, code, locale))
    .filter((text) => text !== '');
}

/**
 * `cells` with each fixed-list value of `spec` turned into what its cell holds (see
 * {@link choiceCell}); other values unchanged.
 */
export function encodeChoices<T extends Readonly<Record<string, unknown>>>(
  spec: { readonly columns: readonly ColumnSpec[] },
  cells: T,
  locale: Locale,
): T {
  const out: Record<string, unknown> = { ...cells };
  for (const column of spec.columns) {
    const value = ownEntry(out, column.key);
    if (column.choices && typeof value === 'string')
      out[column.key] = choiceCell(column, value, locale);
  }
  return out as T;
}
