import { localize, type LocalizedText } from '../../core/i18n';
import type { MenuItem } from '../entry-points';
import { userLocale } from '../locale';

/** The menu's title in the Sheets menu bar. */
export const MENU_TITLE: LocalizedText = { en: 'Customer Pyramid', zh: '客户金字塔' };

/** Adds the Customer Pyramid menu, labelled in the user's language. */
export function addMenu(items: readonly MenuItem[]): void {
  const locale = userLocale();
  const menu = SpreadsheetApp.getUi().createMenu(localize(MENU_TITLE, locale));
  for (const item of items) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(localize(item.label, locale), item.handler);
  }
  menu.addToUi();
}
