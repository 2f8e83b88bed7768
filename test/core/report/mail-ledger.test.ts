import { describe, expect, it } from 'vitest';
import {
  digestStart,
  dueRecipients,
  EMPTY_LEDGER,
  mailLedgerSchema,
  prunedLedger,
  withEntry,
  withoutEntry,
  type LedgerEntry,
} from '../../../src/core/report/mail-ledger';

const sent = (
  period: string,
  from: number,
  to: number,
  status: LedgerEntry['status'] = 'sent',
): LedgerEntry => ({ period, status, from, to, previousPareto: 0.6, pareto: 0.7 });

describe('mail ledger', () => {
  it('a recipient is due once per period; pending counts as sent', () => {
    let ledger = withEntry(EMPTY_LEDGER, 'a@x', sent('2026-W50', 0, 5));
    ledger = withEntry(ledger, 'b@x', sent('2026-W50', 0, 5, 'pending'));
    ledger = withEntry(ledger, 'c@x', sent('2026-W49', 0, 3));
    expect(dueRecipients(ledger, ['a@x', 'b@x', 'c@x', 'd@x', 'd@x'], '2026-W50')).toEqual([
      'c@x',
      'd@x',
    ]);
    expect(dueRecipients(ledger, ['a@x', 'b@x'], '2026-W51')).toEqual(['a@x', 'b@x']);
    expect(mailLedgerSchema.parse(JSON.parse(JSON.stringify(ledger)))).toEqual(ledger);
  });

  it('a digest starts where the recipient’s last one ended; newcomers join their peers', () => {
    const fallback = { from: 9, previousPareto: null };
    let ledger = withEntry(EMPTY_LEDGER, 'a@x', sent('2026-W49', 0, 5));
    expect(digestStart(ledger, 'a@x', '2026-W50', fallback)).toEqual({
      from: 5,
      previousPareto: 0.7,
    });
    expect(digestStart(ledger, 'n@x', '2026-W50', fallback)).toEqual({
      from: 5,
      previousPareto: 0.7,
    });
    ledger = withEntry(ledger, 'a@x', sent('2026-W50', 5, 8));
    expect(digestStart(ledger, 'n@x', '2026-W50', fallback)).toEqual({
      from: 5,
      previousPareto: 0.6,
    });
    expect(digestStart(EMPTY_LEDGER, 'n@x', '2026-W50', fallback)).toBe(fallback);
  });

  it('undo and prune', () => {
    const before = sent('2026-W49', 0, 5);
    const ledger = withEntry(
      withEntry(EMPTY_LEDGER, 'a@x', before),
      'a@x',
      sent('2026-W50', 5, 6, 'pending'),
    );
    expect(withoutEntry(ledger, 'a@x', before).recipients['a@x']).toEqual(before);
    expect(withoutEntry(ledger, 'a@x', undefined).recipients).toEqual({});
    expect(prunedLedger(ledger, ['b@x']).recipients).toEqual({});
  });
});
