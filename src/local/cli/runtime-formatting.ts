/**
 * The formatting the add-on gave the sheets in the local runtime (its dropdowns, the hidden
 * Tier State, column widths, bold cells), on top of the formatting the user's file came with:
 * what the output .xlsx is written with.
 */
import type ExcelJS from 'exceljs';
import type { HostWorkbook, SheetMeta } from '../runtime/types';
import { mergeFormatting, type BookFormatting, type SheetFormatting } from '../workbook-io';

/** Apps Script measures column widths in pixels; Excel in characters of about 7 pixels. */
const PIXELS_PER_CHARACTER = 7;

/** One Apps Script validation rule as an xlsx one, or undefined when xlsx has no such rule. */
function xlsxRule(rule: SheetMeta['validations'][string]): ExcelJS.DataValidation | undefined {
  if (rule.criteria !== 'VALUE_IN_LIST') return undefined;
  const [list, showDropdown] = rule.values as [unknown[], boolean | undefined];
  // A list rule in xlsx is one quoted formula of comma-separated items.
  const items = list.map((v) => String(v).replace(/"/g, '""').replace(/,/g, ' '));
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${items.join(',')}"`],
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText ? { prompt: rule.helpText, showInputMessage: true } : {}),
    ...(showDropdown === false ? { showDropdown: false } : {}),
  } as ExcelJS.DataValidation;
}

/** The formatting of one runtime sheet. */
export function sheetFormattingOf(meta: SheetMeta): SheetFormatting {
  const formatting: SheetFormatting = {};
  if (meta.hidden) formatting.hidden = true;
  if (meta.frozenColumns > 0) formatting.frozenColumns = meta.frozenColumns;
  const widths = Object.entries(meta.columnWidths);
  if (widths.length > 0)
    formatting.columnWidths = Object.fromEntries(
      widths.map(([c, px]) => [Number(c), Math.round((px / PIXELS_PER_CHARACTER) * 10) / 10]),
    );
  const bold = Object.entries(meta.fontWeights).filter(([, w]) => w === 'bold');
  if (bold.length > 0)
    formatting.fonts = Object.fromEntries(bold.map(([a1]) => [a1, { bold: true }]));
  const rules = Object.entries(meta.validations).flatMap(([a1, rule]) => {
    const xlsx = xlsxRule(rule);
    return xlsx ? [[a1, xlsx] as const] : [];
  });
  if (rules.length > 0) formatting.validations = Object.fromEntries(rules);
  return formatting;
}

/** The input file's formatting with the add-on's on top, for every sheet of the runtime. */
export function bookFormatting(workbook: HostWorkbook, input: BookFormatting): BookFormatting {
  const result: BookFormatting = new Map();
  for (const name of workbook.sheetNames()) {
    const ours = sheetFormattingOf(workbook.sheetMeta(name));
    const theirs = input.get(name) ?? {};
    // The add-on's fonts are only weights: keep the rest of the user's font of that cell.
    const fonts = { ...theirs.fonts };
    for (const [a1, font] of Object.entries(ours.fonts ?? {}))
      fonts[a1] = { ...fonts[a1], ...font };
    result.set(name, {
      ...mergeFormatting(theirs, ours),
      ...(theirs.fonts || ours.fonts ? { fonts } : {}),
    });
  }
  return result;
}
