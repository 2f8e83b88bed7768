/** Messages the database features show, in English and Simplified Chinese. */
import type { LocalizedText } from '../../core/i18n';

export const DB_MESSAGES = {
  busy: {
    en: 'Someone else is saving right now. Nothing was saved; please try again in a moment.',
    zh: '其他人正在保存。本次未保存任何内容，请稍后重试。',
  },
  forbidden: {
    en: 'Only people who can edit this spreadsheet can use Customer Pyramid here.',
    zh: '只有能编辑此表格的用户才能在此使用客户金字塔。',
  },
  noEmail: {
    en: 'Google did not tell us who you are, so nothing can be saved. Sign in to Google and reopen the spreadsheet.',
    zh: 'Google 未提供您的身份，因此无法保存。请登录 Google 后重新打开表格。',
  },
  internal: {
    en: 'Something went wrong on the server. Please try again: a retry never saves twice.',
    zh: '服务器出错。请重试：重试不会重复保存。',
  },
  invalidRequest: { en: 'The request is not valid.', zh: '请求无效。' },
  unknownCustomer: {
    en: 'Customer "{id}" was not found in the Customers sheet.',
    zh: '在“Customers”工作表中找不到客户“{id}”。',
  },
  ownerOnly: {
    en: 'Only the owner of this spreadsheet ({owner}) can change this setting.',
    zh: '只有表格所有者（{owner}）可以修改此设置。',
  },
  setupDone: { en: 'Set up sheets', zh: '设置工作表' },
  setupNothing: {
    en: 'Everything was already set up. Nothing was changed.',
    zh: '所有工作表均已设置，未做任何更改。',
  },
  setupCreatedSheet: { en: 'Created the sheet {sheet}.', zh: '已创建工作表 {sheet}。' },
  setupAddedColumns: {
    en: '{sheet}: added the columns {headers}.',
    zh: '{sheet}：已添加列 {headers}。',
  },
  setupAddedSettings: {
    en: 'Settings: added {keys}.',
    zh: 'Settings：已添加 {keys}。',
  },
  setupRefused: {
    en: 'Nothing was changed, because:',
    zh: '未做任何更改，原因：',
  },
  recalcTitle: { en: 'Recalculate tiers', zh: '重新计算分层' },
  recalcDone: {
    en: 'Recalculated {count} customers: {a} A, {b} B, {c} C, {d} D.',
    zh: '已重新计算 {count} 位客户：A {a}，B {b}，C {c}，D {d}。',
  },
  recalcRefused: {
    en: 'Nothing was written, because:',
    zh: '未写入任何内容，原因：',
  },
  sidebarTitle: { en: 'Customer Pyramid', zh: '客户金字塔' },
} as const satisfies Record<string, LocalizedText>;
