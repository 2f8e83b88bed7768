/** Messages the database features show, in English and Simplified Chinese. */
import type { LocalizedText } from '../../core/i18n';

export const DB_MESSAGES = {
  unknownCustomer: {
    en: 'Customer "{id}" was not found in the Customers sheet.',
    zh: '在“Customers”工作表中找不到客户“{id}”。',
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
  setupFinished: {
    en: 'Finished the set up that was interrupted: dropdowns and formats are in place.',
    zh: '已完成上次中断的设置：下拉列表和格式均已就绪。',
  },
  setupRelabelled: {
    en: "The dropdowns now offer the labels in the team's language ({language}).",
    zh: '下拉列表现在提供团队语言（{language}）的名称。',
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
  recalcInterrupted: {
    en: 'Interrupted: run Recalculate tiers again',
    zh: '已中断：请重新运行“重新计算分层”',
  },
  recalcRefused: {
    en: 'Nothing was written, because:',
    zh: '未写入任何内容，原因：',
  },
  sidebarTitle: { en: 'Customer Pyramid', zh: '客户金字塔' },
} as const satisfies Record<string, LocalizedText>;
