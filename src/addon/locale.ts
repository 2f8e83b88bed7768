import { localeFromTag, type Locale } from '../core/i18n';

/**
 * The signed-in user's language. Falls back to English where Apps Script refuses the call
 * (e.g. onOpen in AuthMode.NONE on some accounts).
 */
export function userLocale(): Locale {
  try {
    return localeFromTag(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/** The spreadsheet's language (File → Settings → Locale), used by custom functions. */
export function spreadsheetLocale(): Locale {
  try {
    return localeFromTag(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}
