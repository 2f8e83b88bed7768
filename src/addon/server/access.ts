/**
 * Who is calling, and may they? Every browser-callable function checks that the active user
 * can edit the spreadsheet: anyone with the sheet open can call any top-level
 * function, viewers included.
 */
import { localize, type Locale } from '../../core/i18n';
import { ApiFailure } from './api-failure';
import { SERVER_MESSAGES } from './messages';

/** How long a confirmed editor is remembered (the check costs a call per editor). */
const EDITOR_CACHE_SECONDS = 300;

/** The active user's email, lower case ('' when Google withholds it). */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/**
 * Throws `forbidden` unless `email` is an editor or the owner. A positive answer is cached
 * for a few minutes per document; a refusal never is, so a new editor gets in at once.
 */
export function requireEditor(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  email: string,
  locale: Locale,
): void {
  if (email === '') throw new ApiFailure('forbidden', localize(SERVER_MESSAGES.noEmail, locale));
  const cache = CacheService.getDocumentCache();
  const key = `customerPyramid.editor.${email}`;
  if (cache?.get(key) === '1') return;
  // getEditors includes the owner.
  const editors = ss.getEditors().map((u) => u.getEmail().trim().toLowerCase());
  if (!editors.includes(email))
    throw new ApiFailure('forbidden', localize(SERVER_MESSAGES.forbidden, locale));
  cache?.put(key, '1', EDITOR_CACHE_SECONDS);
}
