import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/core/report/history-row';
import { netChanges } from '../../../src/core/report/net-changes';

const e = (
  customerId: string,
  from: HistoryEntry['from'],
  to: HistoryEntry['to'],
  value = 1,
): HistoryEntry => ({
  customerId,
  name: customerId,
  from,
  to,
  value,
  date: '2026-12-07',
  rank: 1,
  of: 1,
  reason: '',
  rules: '',
  run: 'r1',
});

describe('netChanges', () => {
  it('folds each customer to one net change; round trips vanish', () => {
    expect(
      netChanges([
        e('a', 'B', 'A'),
        e('b', 'C', 'B'),
        e('a', 'A', 'B'),
        e('c', null, 'D'),
        e('c', 'D', null),
        e('b', 'B', 'A', 9),
        e('d', 'D', null),
      ]),
    ).toEqual([
      { customerId: 'b', name: 'b', from: 'C', to: 'A', value: 9 },
      { customerId: 'd', name: 'd', from: 'D', to: null, value: 1 },
    ]);
  });
});
