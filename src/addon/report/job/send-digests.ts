/**
 * Sends the rendered digests, one message per recipient, around the mail ledger
 * (promises 3 and 6). The order is what makes a killed run safe to repeat:
 *
 *   1. the recipient's ledger entry is written as `pending` for this period;
 *   2. the mail is sent;
 *   3. after the last send, every entry is marked `sent` in one write.
 *
 * A run that dies after 1 but before 3 leaves `pending` entries, which count as sent: the
 * mail may have gone, and a second copy is worse than none. A send that throws (quota spent
 * meanwhile, a bad address) puts the entry back as it was, so the next run tries again, and
 * stops the loop; the error is returned for the health record.
 */
import {
  withEntry,
  withoutEntry,
  type LedgerEntry,
  type MailLedger,
} from '../../../core/report/mail-ledger';
import type { RenderedDigest } from '../../../core/report/digest-model';
import { saveLedger } from './ledger-store';

/** One message to send. */
export interface Outgoing {
  readonly recipient: string;
  readonly digest: RenderedDigest;
  /** The ledger entry to record for it (status is set here). */
  readonly entry: Omit<LedgerEntry, 'status'>;
}

export interface SendResult {
  readonly sent: string[];
  readonly ledger: MailLedger;
  /** The first failed send, if any (later recipients were not tried). */
  readonly failure: { recipient: string; message: string } | null;
}

export function sendDigests(start: MailLedger, outgoing: readonly Outgoing[]): SendResult {
  let ledger = start;
  const sent: string[] = [];
  let failure: SendResult['failure'] = null;
  for (const o of outgoing) {
    const previous = ledger.recipients[o.recipient];
    ledger = withEntry(ledger, o.recipient, { ...o.entry, status: 'pending' });
    saveLedger(ledger);
    try {
      MailApp.sendEmail({
        to: o.recipient,
        subject: o.digest.subject,
        body: o.digest.text,
        htmlBody: o.digest.html,
        name: 'Customer Pyramid',
      });
    } catch (error) {
      ledger = withoutEntry(ledger, o.recipient, previous);
      saveLedger(ledger);
      failure = { recipient: o.recipient, message: (error as Error).message ?? String(error) };
      break;
    }
    sent.push(o.recipient);
  }
  if (sent.length > 0) {
    for (const r of sent)
      ledger = withEntry(ledger, r, { ...ledger.recipients[r]!, status: 'sent' });
    saveLedger(ledger);
  }
  return { sent, ledger, failure };
}
