/**
 * Brings a committed state up to date with Tier History rows written after it. A run writes
 * its history rows first and commits its state after; when it is killed in between, the
 * next run applies those rows here instead of detecting (and writing) the same changes again.
 */
import type { HistoryEntry } from './history-row';
import type { CommittedCustomer, TierState } from './tier-state';

/** The run number of a run id like `r12` (0 when it is not one). */
export const runNumber = (run: string): number => {
  const m = /^r(\d+)$/.exec(run);
  return m ? Number(m[1]) : 0;
};

/**
 * `state` with `entries` (the history rows after `state.historyRows`, in sheet order)
 * applied: each row's `to` tier and value become the customer's committed ones (a gone row
 * removes it), and the run counter moves past the runs that wrote them.
 */
export function rollForward(state: TierState, entries: readonly HistoryEntry[]): TierState {
  if (entries.length === 0) return state;
  const customers = new Map<string, CommittedCustomer>(state.customers);
  let seq = state.seq;
  for (const e of entries) {
    if (e.to === null) customers.delete(e.customerId);
    else customers.set(e.customerId, { name: e.name, tier: e.to, value: e.value });
    seq = Math.max(seq, runNumber(e.run));
  }
  return {
    seq,
    historyRows: state.historyRows + entries.length,
    pareto: state.pareto,
    customers,
  };
}
