import { describe, expect, it } from 'vitest';
import { buildPyramid } from '../../../src/core/pyramid';
import { historyEntries } from '../../../src/core/report/history-entries';
import {
  historyEntryOf,
  historyRowValues,
  HISTORY_HEADERS,
} from '../../../src/core/report/history-row';
import { ruleVersion } from '../../../src/core/report/rule-version';

const values = Array.from({ length: 1000 }, (_, i) => (1000 - i) * 1000);
const pyramid = buildPyramid(values);
const ctx = {
  date: '2026-12-07',
  locale: 'en' as const,
  basis: 'revenue' as const,
  rules: ruleVersion('revenue', [0.01, 0.05, 0.2]),
  run: 'r3',
};

describe('historyEntries and history rows', () => {
  it('gives rank of n and the reason in words', () => {
    const [entry, gone] = historyEntries(
      [
        { customerId: 'C37', name: 'Acme', from: 'C', to: 'B', value: 964_000 },
        { customerId: 'C9', name: 'Gone Ltd', from: 'A', to: null, value: 5 },
      ],
      pyramid,
      ctx,
    );
    expect(entry).toMatchObject({ rank: 37, of: 1000, rules: 'v1 revenue 1%/5%/20%', run: 'r3' });
    expect(entry!.reason).toBe('revenue 964,000 is rank 37 of 1,000; B takes ranks 11–50');
    expect(gone).toMatchObject({ rank: null, to: null });
    expect(gone!.reason).toMatch(/no longer/);
    expect(
      historyEntries([{ customerId: 'x', name: 'X', from: null, to: 'A', value: 1e6 }], pyramid, {
        ...ctx,
        locale: 'zh',
      })[0]!.reason,
    ).toContain('排名第 1');
  });

  it('rows neutralise text and read back', () => {
    const [entry] = historyEntries(
      [{ customerId: '00123', name: '=HYPERLINK("x")', from: null, to: 'D', value: 1 }],
      pyramid,
      ctx,
    );
    const row = historyRowValues(entry!);
    expect(row).toHaveLength(HISTORY_HEADERS.length);
    expect(row[1]).toBe("'00123");
    expect(row[2]).toBe('\'=HYPERLINK("x")');
    // As Sheets gives it back: the date as the instant of midnight in the zone, text unmarked.
    const read = [
      new Date('2026-12-06T16:00:00Z'),
      '00123',
      '=HYPERLINK("x")',
      '',
      'D',
      1,
      entry!.rank!,
      1000,
      entry!.reason,
      entry!.rules,
      'r3',
    ];
    expect(historyEntryOf(read, 'Asia/Shanghai')).toEqual(entry);
  });
});
