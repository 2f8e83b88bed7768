/**
 * Settings only the spreadsheet's owner may change — those that decide who gets mail — kept
 * in document properties (not in a sheet any editor could change). Other features register
 * their keys by calling these functions with their own key names.
 */
import { fillTemplate, localize, type Locale } from '../../core/i18n';
import { activeUserEmail } from './access';
import { ApiFailure } from './failure';
import { DB_MESSAGES } from './messages';

const PREFIX = 'customerPyramid.owner.';

/** The stored value of an owner-only setting, or null when never set. Anyone may read it. */
export function readOwnerSetting(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(PREFIX + key);
}

/** The owner's email, lower case. */
export function ownerEmail(ss = SpreadsheetApp.getActive()): string {
  return (ss.getOwner()?.getEmail() ?? '').trim().toLowerCase();
}

/** True when the active user owns the spreadsheet. */
export function callerIsOwner(ss = SpreadsheetApp.getActive()): boolean {
  const email = activeUserEmail();
  return email !== '' && email === ownerEmail(ss);
}

/**
 * Sets (or, with null, removes) an owner-only setting. Anyone else gets a `forbidden`
 * failure naming the owner, and nothing is stored.
 */
export function writeOwnerSetting(key: string, value: string | null, locale: Locale): void {
  const ss = SpreadsheetApp.getActive();
  if (!callerIsOwner(ss))
    throw new ApiFailure(
      'forbidden',
      fillTemplate(localize(DB_MESSAGES.ownerOnly, locale), { owner: ownerEmail(ss) }),
    );
  const props = PropertiesService.getDocumentProperties();
  if (value === null) props.deleteProperty(PREFIX + key);
  else props.setProperty(PREFIX + key, value);
}
