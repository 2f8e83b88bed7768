/**
 * What every database operation starts with: the spreadsheet, the caller, their language,
 * the stored layout and the spreadsheet's time zone.
 */
import type { Locale } from '../../core/i18n';
import { teamLocale } from '../locale';
import { activeUserEmail } from '../server/access';
import { loadLayout, saveLayout, type Layout } from './layout';

export interface DbContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly email: string;
  readonly locale: Locale;
  readonly layout: Layout;
  readonly timeZone: string;
}

/**
 * Opens the context. The time zone comes from the layout when known (refreshed on every
 * sidebar open, setup and recalculation) so that a card or a save does not pay a call for it;
 * `freshTimeZone` asks the spreadsheet.
 */
export function openContext(options: { freshTimeZone?: boolean } = {}): DbContext {
  const ss = SpreadsheetApp.getActive();
  const layout = loadLayout();
  const locale: Locale = teamLocale(layout.language);
  let timeZone = layout.timeZone;
  if (options.freshTimeZone || !timeZone) {
    const fresh = ss.getSpreadsheetTimeZone();
    if (fresh !== timeZone) {
      layout.timeZone = fresh;
      saveLayout(layout);
    }
    timeZone = fresh;
  }
  return { ss, email: activeUserEmail(), locale, layout, timeZone };
}

/** Today in the spreadsheet's time zone, `yyyy-MM-dd`. */
export function todayIn(timeZone: string): string {
  return Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd');
}
