import { InputError, isOmitted, readNumberCell, type RangeShape } from '../../core/range-input';
import { localeFromTag, type Locale } from '../../core/i18n';
import { ownEntry } from '../../core/lookup/own-entry';
import { spreadsheetLocale } from '../locale';

/**
 * Reads a list of numbers typed as `{1%, 5%, 20%}` or given as a range (any shape, read row
 * by row); blank cells are skipped. `undefined` when the argument was left out.
 */
export function readNumberList(arg: unknown, argument: string): number[] | undefined {
  if (isOmitted(arg)) return undefined;
  const cells = Array.isArray(arg) ? (arg as unknown[][]).flat() : [arg];
  const list: number[] = [];
  cells.forEach((cell, i) => {
    const read = readNumberCell(cell);
    if (read.kind === 'number') list.push(read.value);
    else if (read.kind === 'invalid') {
      throw new InputError(`${argument} item ${i + 1} is ${read.problem}`);
    }
  });
  return list.length > 0 ? list : undefined;
}

/** Reads an optional single number; `undefined` when left out. */
export function readOptionalNumber(arg: unknown, argument: string): number | undefined {
  if (isOmitted(arg)) return undefined;
  if (Array.isArray(arg)) throw new InputError(`${argument} must be a single number, not a range`);
  const read = readNumberCell(arg);
  if (read.kind === 'invalid') throw new InputError(`${argument} is ${read.problem}`);
  return read.kind === 'number' ? read.value : undefined;
}

const LANGUAGE_NAMES: Readonly<Record<string, Locale>> = {
  english: 'en',
  chinese: 'zh',
  中文: 'zh',
  简体中文: 'zh',
  英文: 'en',
  英语: 'en',
};

/**
 * The language of the names a function returns: the `language` argument ("en", "zh",
 * "zh-CN", "English", "中文") or, when it is left out, the spreadsheet's locale.
 */
export function readLanguage(arg: unknown): Locale {
  if (isOmitted(arg)) return spreadsheetLocale();
  const text = typeof arg === 'string' ? arg.trim() : '';
  const named = ownEntry(LANGUAGE_NAMES, text.toLowerCase());
  if (named) return named;
  if (/^(en|zh)(?:[-_][A-Za-z0-9]+)*$/i.test(text)) return localeFromTag(text);
  const given = typeof arg === 'string' ? `"${arg.slice(0, 40)}"` : String(arg);
  throw new InputError(
    `unknown language ${given}: language must be "en" or "zh" (or left out to follow the spreadsheet's locale)`,
  );
}

/**
 * Builds the 2-D answer Sheets spills, in the shape of the input range: one result per
 * value, blanks (NaN) kept blank.
 */
export function toSheetShape(
  values: Float64Array,
  shape: RangeShape,
  result: (value: number, index: number) => string | number,
): (string | number)[][] {
  const n = values.length;
  if (shape === 'row') {
    const row = new Array<string | number>(n);
    for (let i = 0; i < n; i++) row[i] = values[i] === values[i] ? result(values[i]!, i) : '';
    return [row];
  }
  const rows = new Array<(string | number)[]>(n);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    rows[i] = [value === value ? result(value, i) : ''];
  }
  return rows;
}
