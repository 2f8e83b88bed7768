import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../src/core/report/history-row';
import { rollForward, runNumber } from '../../../src/core/report/roll-forward';
import type { TierState } from '../../../src/core/report/tier-state';

const entry = (
  customerId: string,
  from: HistoryEntry['from'],
  to: HistoryEntry['to'],
  run: string,
): HistoryEntry => ({
  customerId,
  name: customerId.toUpperCase(),
  from,
  to,
  value: 5,
  date: '2026-12-07',
  rank: 1,
  of: 2,
  reason: '',
  rules: 'v1',
  run,
});

describe('rollForward', () => {
  it('applies rows written after the state: tiers, new, gone, and the run counter', () => {
    const state: TierState = {
      seq: 4,
      historyRows: 10,
      pareto: 0.5,
      customers: new Map([
        ['a', { name: 'A', tier: 'B', value: 1 }],
        ['b', { name: 'B', tier: 'D', value: 1 }],
      ]),
    };
    const next = rollForward(state, [
      entry('a', 'B', 'A', 'r5'),
      entry('b', 'D', null, 'r5'),
      entry('c', null, 'C', 'r5'),
    ]);
    expect(next.seq).toBe(5);
    expect(next.historyRows).toBe(13);
    expect([...next.customers.keys()]).toEqual(['a', 'c']);
    expect(next.customers.get('a')).toEqual({ name: 'A', tier: 'A', value: 5 });
    expect(state.customers.get('a')!.tier).toBe('B');
    expect(rollForward(state, [])).toBe(state);
    expect(runNumber('r12')).toBe(12);
    expect(runNumber('x')).toBe(0);
  });
});
