/**
 * The latest committed state of the pyramid — per customer its id, name, tier and value,
 * plus the book's 80/20 share — encoded into a few spreadsheet cells. This is what each run
 * compares against, so the Tier History only has to record changes: storage grows with
 * changes, not with customers × runs. About 30 characters a customer: 100,000 customers fit
 * in some 70 cells of an add-on-owned sheet (a cell holds at most 50,000 characters).
 */
import { TIERS, type Tier } from '../crm/vocabulary';

/** One customer as last committed. */
export interface CommittedCustomer {
  readonly name: string;
  readonly tier: Tier;
  readonly value: number;
}

export interface TierState {
  /** How many runs have committed (the next run's number is seq + 1). */
  readonly seq: number;
  /** How many Tier History rows (below the header) this state already includes. */
  readonly historyRows: number;
  /** The share of value held by the top 20% of customers at the commit; null when unknown. */
  readonly pareto: number | null;
  /** Customer id → what was committed. */
  readonly customers: ReadonlyMap<string, CommittedCustomer>;
}

/** The state before the first run: nothing committed. */
export const EMPTY_TIER_STATE: TierState = {
  seq: 0,
  historyRows: 0,
  pareto: null,
  customers: new Map(),
};

/** Characters per cell, kept well under Sheets' 50,000. */
export const STATE_CELL_CHARS = 45_000;
const VERSION = 1;
// Every chunk starts with this mark, so Sheets never reads a chunk as a formula or a number.
const CHUNK_MARK = '#';

// Separators inside a chunk; escaped inside ids and names.
const escape = (s: string): string =>
  s.replace(/%/g, '%25').replace(/\t/g, '%09').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
const unescape = (s: string): string =>
  s.replace(/%(25|09|0A|0D)/g, (_, code: string) => String.fromCharCode(parseInt(code, 16)));

/**
 * The state as cell texts, one column: a JSON header cell, then chunks of
 * `id TAB tier TAB value TAB name` lines, each cell at most {@link STATE_CELL_CHARS} long.
 */
export function encodeTierState(state: TierState): string[] {
  const chunks: string[] = [];
  let chunk = CHUNK_MARK;
  for (const [id, c] of state.customers) {
    const line = `${escape(id)}\t${c.tier}\t${String(c.value)}\t${escape(c.name)}\n`;
    if (chunk.length + line.length > STATE_CELL_CHARS && chunk.length > CHUNK_MARK.length) {
      chunks.push(chunk);
      chunk = CHUNK_MARK;
    }
    chunk += line;
  }
  if (chunk.length > CHUNK_MARK.length) chunks.push(chunk);
  const header = JSON.stringify({
    v: VERSION,
    seq: state.seq,
    historyRows: state.historyRows,
    pareto: state.pareto,
    customers: state.customers.size,
    chunks: chunks.length,
  });
  return [header, ...chunks];
}

/**
 * Reads cells written by {@link encodeTierState} (extra blank cells are ignored). A sheet
 * never written gives the empty state; cells that do not add up (a damaged or half-written
 * state) throw, so a run never mistakes a damaged state for "every customer is new".
 */
export function decodeTierState(cells: readonly unknown[]): TierState {
  const first = cells[0];
  if (first === undefined || first === '' || first === null) return EMPTY_TIER_STATE;
  const header = JSON.parse(String(first)) as {
    v: number;
    seq: number;
    historyRows: number;
    pareto: number | null;
    customers: number;
    chunks: number;
  };
  if (header.v !== VERSION) throw new Error(`Unknown tier state version ${String(header.v)}`);
  const customers = new Map<string, CommittedCustomer>();
  for (let i = 1; i <= header.chunks; i++) {
    const chunk = String(cells[i] ?? '');
    if (!chunk.startsWith(CHUNK_MARK)) throw new Error(`Tier state cell ${i + 1} is damaged`);
    for (const line of chunk.slice(CHUNK_MARK.length).split('\n')) {
      if (line === '') continue;
      const [id, tier, value, name] = line.split('\t');
      if (!TIERS.includes(tier as Tier) || name === undefined)
        throw new Error(`Tier state cell ${i + 1} is damaged`);
      customers.set(unescape(id!), {
        name: unescape(name),
        tier: tier as Tier,
        value: Number(value),
      });
    }
  }
  if (customers.size !== header.customers) throw new Error('Tier state is incomplete');
  return { seq: header.seq, historyRows: header.historyRows, pareto: header.pareto, customers };
}
