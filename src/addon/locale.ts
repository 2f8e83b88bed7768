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

/**
 * The team's language: the Settings `language` when it is en or zh, otherwise (auto, or not
 * known yet) the signed-in user's. Messages, the sidebar and the labels the add-on writes into
 * the sheets and offers in its dropdowns all use it.
 */
export function teamLocale(language: 'auto' | Locale | undefined): Locale {
  return language === 'en' || language === 'zh' ? language : userLocale();
}

/** The spreadsheet's language (File → Settings → Locale), used by custom functions. */
export function spreadsheetLocale(): Locale {
  try {
    return localeFromTag(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}
