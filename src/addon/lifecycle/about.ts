import { localize, type LocalizedText } from '../../core/i18n';
import { userLocale } from '../locale';

const ABOUT_TITLE: LocalizedText = { en: 'About Customer Pyramid', zh: '关于客户金字塔' };
const ABOUT_BODY: LocalizedText = {
  en:
    'Customer Pyramid ranks your customers into A (top 1%), B (next 4%), C (next 15%) and D (the rest), ' +
    'reports your real 80/20 share and keeps your team’s visits, calls and gifts in this spreadsheet. ' +
    'Your data stays in your Google account.',
  zh:
    '客户金字塔把客户分为 A（前 1%）、B（其后 4%）、C（其后 15%）和 D（其余），' +
    '报告真实的二八比例，并把团队的拜访、电话和礼品记录保存在本表格中。数据只留在您的 Google 账号里。',
};

/** Menu: a short description of the add-on. */
export function showAbout(): void {
  const locale = userLocale();
  const ui = SpreadsheetApp.getUi();
  ui.alert(localize(ABOUT_TITLE, locale), localize(ABOUT_BODY, locale), ui.ButtonSet.OK);
}
