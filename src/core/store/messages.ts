/**
 * The store's user-facing messages in English and Simplified Chinese. `{name}` placeholders
 * are filled by {@link storeMessage}.
 */
import { fillTemplate, localize, type Locale, type LocalizedText } from '../i18n';

export const STORE_MESSAGES = {
  missingHeader: {
    en: '{sheet}: the required column "{header}" is missing from the header row (row 1). Add it, or rename the column that holds it, then try again.',
    zh: '{sheet}：标题行（第 1 行）缺少必需的列“{header}”。请添加该列或将对应列改名后重试。',
  },
  duplicateHeader: {
    en: '{sheet}: the column "{header}" appears more than once in the header row ({cells}). Keep one, then try again.',
    zh: '{sheet}：标题行中“{header}”列出现了多次（{cells}）。请只保留一列后重试。',
  },
  missingSheet: {
    en: 'The sheet "{sheet}" does not exist. Run Customer Pyramid → Set up sheets first.',
    zh: '工作表“{sheet}”不存在。请先运行 客户金字塔 → 设置工作表。',
  },
  missingColumn: {
    en: '{sheet}: the column "{header}" is missing. Run Customer Pyramid → Set up sheets to add it.',
    zh: '{sheet}：缺少“{header}”列。请运行 客户金字塔 → 设置工作表 添加该列。',
  },
  missingValueColumn: {
    en: '{sheet}: the column "{header}" is missing from the header row (row 1), and Settings rank customers by {basis} (value_basis). Rename the column back to "{header}", or change value_basis, then try again.',
    zh: '{sheet}：标题行（第 1 行）缺少“{header}”列，而 Settings 按 {basis} 排名客户（value_basis）。请将该列改回“{header}”，或修改 value_basis 后重试。',
  },
  emptyValueColumn: {
    en: '{sheet}: the column "{header}" holds no value for any of its {count} customers, and Settings rank customers by {basis} (value_basis). If your own column was renamed, name it "{header}" again and remove the empty one; otherwise fill it in, then try again.',
    zh: '{sheet}：“{header}”列中 {count} 位客户都没有数值，而 Settings 按 {basis} 排名客户（value_basis）。如果您自己的列被改名，请将其改回“{header}”并删除空列；否则请先填写，然后重试。',
  },
  duplicateKey: {
    en: '{sheet}: the {header} "{value}" is in both {first} and {second}. Ids are compared with surrounding spaces trimmed and upper and lower case as stored ("c1" and "C1" are two customers). Give each row its own {header}, then try again.',
    zh: '{sheet}：{header}“{value}”同时出现在 {first} 和 {second}。比较编号时去掉首尾空格、区分大小写（“c1”和“C1”是两个客户）。请为每一行设置不同的 {header} 后重试。',
  },
  duplicateSetting: {
    en: 'Settings: the setting "{key}" is in both {first} and {second}. Keep one row, then try again.',
    zh: 'Settings：设置项“{key}”同时出现在 {first} 和 {second}。请只保留一行后重试。',
  },
  expectedNumber: { en: 'expected a number', zh: '应为数字' },
  expectedScore: {
    en: 'expected a whole number from 1 to 5',
    zh: '应为 1 到 5 的整数',
  },
  expectedPercent: {
    en: 'expected a percentage from 0% to 100%',
    zh: '应为 0% 到 100% 之间的百分比',
  },
  expectedDate: { en: 'expected a date', zh: '应为日期' },
  expectedDateTime: { en: 'expected a date and time', zh: '应为日期和时间' },
  expectedEmails: {
    en: 'expected email addresses separated by commas',
    zh: '应为以逗号分隔的电子邮件地址',
  },
  expectedChoice: { en: 'expected one of {choices}', zh: '应为以下之一：{choices}' },
  expectedText: { en: 'expected text', zh: '应为文本' },
  cellError: { en: '{cell}: {expected}, got {got}', zh: '{cell}：{expected}，实际为 {got}' },
  blank: { en: 'blank', zh: '空白' },
  moreErrors: { en: '…and {count} more.', zh: '……另有 {count} 处。' },
} as const satisfies Record<string, LocalizedText>;

export type StoreMessageKey = keyof typeof STORE_MESSAGES;

/** A store message in `locale` with its placeholders filled. */
export function storeMessage(
  locale: Locale,
  key: StoreMessageKey,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fillTemplate(localize(STORE_MESSAGES[key], locale), values);
}
