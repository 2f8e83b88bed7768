import { localize } from '../../core/i18n';
import type { MenuItem } from '../entry-points';
import { userLocale } from '../locale';

/**
 * Adds the Customer Pyramid menu under Extensions, its items labelled in the user's language.
 * createAddonMenu works bound and as a published add-on; Extensions shows the add-on's name
 * ("Customer Pyramid"), which README and the digest's footer name.
 */
export function addMenu(items: readonly MenuItem[]): void {
  const locale = userLocale();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(localize(item.label, locale), item.handler);
  }
  menu.addToUi();
}
