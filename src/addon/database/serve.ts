/**
 * The envelope of every browser-callable function: whatever happens inside, the browser gets
 * an {@link ApiResult} — never a raw stack (promise 9).
 */
import { localize, type Locale } from '../../core/i18n';
import type { ApiResult } from '../../core/sidebar/api';
import { ApiFailure } from './failure';
import { DB_MESSAGES } from './messages';

export function serve<T>(locale: () => Locale, body: () => T): ApiResult<T> {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (error instanceof ApiFailure)
      return {
        ok: false,
        code: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      };
    // Logged for the owner's execution log; the browser gets a plain sentence.
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    let lang: Locale = 'en';
    try {
      lang = locale();
    } catch {
      // English, then.
    }
    return { ok: false, code: 'internal', message: localize(DB_MESSAGES.internal, lang) };
  }
}
