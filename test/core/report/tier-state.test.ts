import { describe, expect, it } from 'vitest';
import {
  decodeTierState,
  EMPTY_TIER_STATE,
  encodeTierState,
  STATE_CELL_CHARS,
  type CommittedCustomer,
  type TierState,
} from '../../../src/core/report/tier-state';

function stateOf(n: number): TierState {
  const customers = new Map<string, CommittedCustomer>();
  for (let i = 0; i < n; i++)
    customers.set(`C${i}`, { name: `Customer ${i}`, tier: 'ABCD'[i % 4] as 'A', value: i * 12.5 });
  return { seq: 7, historyRows: 42, pareto: 0.68, customers };
}

describe('tier state codec', () => {
  it('round-trips ids and names with tabs, new lines, % and formula starts', () => {
    const customers = new Map<string, CommittedCustomer>([
      ['=1+1', { name: 'a\tb\nc%09', tier: 'A', value: -3.25 }],
      ['12345', { name: '', tier: 'D', value: 0 }],
    ]);
    const cells = encodeTierState({ seq: 1, historyRows: 0, pareto: null, customers });
    for (const cell of cells) expect(cell[0]).toMatch(/[{#]/);
    expect(decodeTierState(cells)).toEqual({ seq: 1, historyRows: 0, pareto: null, customers });
  });

  it('100,000 customers fit in fewer than 100 cells of at most 45,000 characters', () => {
    const state = stateOf(100_000);
    const cells = encodeTierState(state);
    expect(cells.length).toBeLessThan(100);
    for (const cell of cells) expect(cell.length).toBeLessThanOrEqual(STATE_CELL_CHARS);
    expect(decodeTierState([...cells, '', ''])).toEqual(state);
  });

  it('a blank sheet is the empty state; a damaged one throws', () => {
    expect(decodeTierState([])).toBe(EMPTY_TIER_STATE);
    expect(decodeTierState([''])).toBe(EMPTY_TIER_STATE);
    const cells = encodeTierState(stateOf(10_000));
    expect(() => decodeTierState(cells.slice(0, -1))).toThrow(/incomplete|damaged/);
    expect(() => decodeTierState([cells[0]!, 'x'])).toThrow(/damaged/);
  });
});
