/**
 * Text written to a sheet must stay the text the user typed. Sheets parses a
 * written string as if typed: `=1+1` becomes a formula, `+1` and `-1` numbers, `@x` an
 * error, `2025-01-02` a date, `TRUE` a checkbox value, and a leading apostrophe is eaten as
 * the "keep as text" mark. A leading apostrophe is therefore added to every string Sheets
 * would not keep as plain text; numbers are written as numbers and stay numbers.
 */

/**
 * Text that Sheets would treat as a formula, a sign or a quote mark. Sheets skips leading
 * white space when it reads typed input, so what counts is the first character that is not a
 * space (any Unicode space, tab or line break, or a zero-width space); the full-width and
 * small forms ＝＋－＠ ﹦﹢﹣﹫ and the minus sign − count as their ASCII twins.
 */
const TRIGGER_START =
  /^[\t\r\n']|^[\s\u200b\u2060]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;
/** Text Sheets would parse as a number, percentage, currency, date or time. */
const LOOKS_PARSED = /^[\s\d.,:/()$€£¥%+\-eE]*\d[\s\d.,:/()$€£¥%+\-eE]*$/;
/** Logical values and error literals. */
const KEYWORD = /^\s*(true|false|#[a-z/0!?]+.*)\s*$/i;
/** Month names ("March 3", "3 Mar 2025") that Sheets reads as dates. */
const MONTH_DATE =
  /^\s*(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(\s+\d{1,4})?(,?\s+\d{2,4})?\s*$/i;

/** True when Sheets would not store `text`, written with setValues, as that same text. */
export function needsTextMark(text: string): boolean {
  return (
    text !== '' &&
    (TRIGGER_START.test(text) ||
      LOOKS_PARSED.test(text) ||
      KEYWORD.test(text) ||
      MONTH_DATE.test(text))
  );
}

/** The string to write so that the cell holds exactly `text`, as text. */
export function neutraliseText(text: string): string {
  return needsTextMark(text) ? `'${text}` : text;
}

/** A value to write: strings neutralised, numbers, booleans and dates as they are. */
export function neutraliseValue<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseText(value) : value;
}
