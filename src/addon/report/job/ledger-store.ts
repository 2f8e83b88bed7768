/**
 * Where the mail ledger is kept: one JSON document property (50 recipients fit well within
 * the 9 KB a property may hold). A damaged value is an error, not an empty ledger: an empty
 * ledger would send everyone a second digest.
 */
import { EMPTY_LEDGER, mailLedgerSchema, type MailLedger } from '../../../core/report/mail-ledger';

const KEY = 'customerPyramid.report.ledger';

/** The stored ledger, or the empty one when none was ever written (one property call). */
export function loadLedger(): MailLedger {
  const text = PropertiesService.getDocumentProperties().getProperty(KEY);
  if (!text) return EMPTY_LEDGER;
  return mailLedgerSchema.parse(JSON.parse(text));
}

/** Stores the ledger (one property call). */
export function saveLedger(ledger: MailLedger): void {
  PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(ledger));
}
