import { describe, expect, it } from 'vitest';
import { changeKind, detectTierChanges } from '../../../src/core/report/tier-changes';
import type { CommittedCustomer } from '../../../src/core/report/tier-state';

const committed = new Map<string, CommittedCustomer>([
  ['a', { name: 'Alpha', tier: 'B', value: 50 }],
  ['b', { name: 'Beta', tier: 'A', value: 90 }],
  ['c', { name: 'Gamma', tier: 'C', value: 10 }],
  ['d', { name: 'Delta', tier: 'D', value: 1 }],
]);

describe('detectTierChanges', () => {
  it('finds promotions, demotions, new and gone customers; same tier is no change', () => {
    const changes = detectTierChanges(committed, [
      { id: 'a', name: 'Alpha', value: 95, tier: 'A' },
      { id: 'b', name: 'Beta', value: 60, tier: 'B' },
      { id: 'c', name: 'Gamma', value: 11, tier: 'C' },
      { id: 'e', name: 'Epsilon', value: 5, tier: 'D' },
      { id: 'e', name: 'Epsilon again', value: 500, tier: 'A' },
    ]);
    expect(changes).toEqual([
      { customerId: 'a', name: 'Alpha', from: 'B', to: 'A', value: 95 },
      { customerId: 'b', name: 'Beta', from: 'A', to: 'B', value: 60 },
      { customerId: 'e', name: 'Epsilon', from: null, to: 'D', value: 5 },
      { customerId: 'd', name: 'Delta', from: 'D', to: null, value: 1 },
    ]);
    expect(changes.map(changeKind)).toEqual(['promotion', 'demotion', 'new', 'gone']);
  });

  it('nothing committed: every customer is new', () => {
    expect(
      detectTierChanges(new Map(), [{ id: 'x', name: 'X', value: 1, tier: 'A' }]),
    ).toHaveLength(1);
  });
});
