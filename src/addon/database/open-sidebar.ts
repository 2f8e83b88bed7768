import { localize } from '../../core/i18n';
import { userLocale } from '../locale';
import { DB_MESSAGES } from './messages';

/** Width of an add-on sidebar in Sheets. */
export const SIDEBAR_WIDTH = 300;

/** Menu: opens the sidebar (dist/Sidebar.html). */
export function openSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar')
    .setTitle(localize(DB_MESSAGES.sidebarTitle, userLocale()))
    .setWidth(SIDEBAR_WIDTH);
  SpreadsheetApp.getUi().showSidebar(html);
}
