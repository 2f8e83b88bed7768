/**
 * The ledger of digests sent (promises 3 and 6): per recipient, the last period a digest was
 * sent — or was being sent — for, and the Tier History rows it covered. A recipient gets at
 * most one digest per period: an entry still `pending` (the run died between writing it and
 * confirming the send, so the mail may have gone) counts as sent. A digest covers the history
 * rows since the recipient's last digest, so one that waited for mail quota misses nothing.
 */
import * as z from 'zod/mini';

const entrySchema = z.object({
  /** The period key the digest was for. */
  period: z.string(),
  /** `pending` is written just before the send, `sent` just after. */
  status: z.enum(['pending', 'sent']),
  /** History rows covered: from (inclusive) … to (exclusive), 0-based below the header. */
  from: z.number(),
  to: z.number(),
  /** The 80/20 share the digest compared with, and the one it reported. */
  previousPareto: z.nullable(z.number()),
  pareto: z.nullable(z.number()),
});
export const mailLedgerSchema = z.object({ recipients: z.record(z.string(), entrySchema) });
export type LedgerEntry = z.infer<typeof entrySchema>;
export type MailLedger = z.infer<typeof mailLedgerSchema>;

export const EMPTY_LEDGER: MailLedger = { recipients: {} };

/** Recipients that have no digest, sent or pending, for `period`; in schedule order, once each. */
export function dueRecipients(
  ledger: MailLedger,
  recipients: readonly string[],
  period: string,
): string[] {
  const due: string[] = [];
  for (const r of recipients)
    if (ledger.recipients[r]?.period !== period && !due.includes(r)) due.push(r);
  return due;
}

/** Where a due recipient's digest starts: the rows and the 80/20 share it compares with. */
export interface DigestStart {
  readonly from: number;
  readonly previousPareto: number | null;
}

/**
 * A due recipient's digest starts where their last one ended. Someone new gets what the
 * others got this period (or, before any digest this period, what the latest digest did
 * not cover yet; before any digest at all, this run's changes: `fallbackFrom`).
 */
export function digestStart(
  ledger: MailLedger,
  recipient: string,
  period: string,
  fallback: DigestStart,
): DigestStart {
  const own = ledger.recipients[recipient];
  if (own) return { from: own.to, previousPareto: own.pareto };
  const entries = Object.values(ledger.recipients);
  const peer = entries.find((e) => e.period === period);
  if (peer) return { from: peer.from, previousPareto: peer.previousPareto };
  let latest: LedgerEntry | undefined;
  for (const e of entries) if (!latest || e.to > latest.to) latest = e;
  return latest ? { from: latest.to, previousPareto: latest.pareto } : fallback;
}

/** The ledger with `recipient`'s entry set (a new object; the input is not changed). */
export function withEntry(ledger: MailLedger, recipient: string, entry: LedgerEntry): MailLedger {
  return { recipients: { ...ledger.recipients, [recipient]: entry } };
}

/** The ledger with `recipient`'s entry put back to `previous` (or removed when none). */
export function withoutEntry(
  ledger: MailLedger,
  recipient: string,
  previous: LedgerEntry | undefined,
): MailLedger {
  const recipients = { ...ledger.recipients };
  if (previous) recipients[recipient] = previous;
  else delete recipients[recipient];
  return { recipients };
}

/** The ledger limited to the schedule's recipients (a removed recipient's entry is dropped). */
export function prunedLedger(ledger: MailLedger, recipients: readonly string[]): MailLedger {
  const kept: MailLedger['recipients'] = {};
  for (const r of recipients) if (ledger.recipients[r]) kept[r] = ledger.recipients[r];
  return { recipients: kept };
}
