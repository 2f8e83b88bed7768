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
  const reading = readTierState(cells);
  if (reading.kind === 'damaged') throw new Error(reading.detail);
  return reading.kind === 'empty' ? EMPTY_TIER_STATE : reading.state;
}

/** What the state cells hold: a committed state, nothing yet, or something the add-on did not write. */
export type StateReading =
  | { readonly kind: 'committed'; readonly state: TierState }
  | { readonly kind: 'empty' }
  | { readonly kind: 'damaged'; readonly detail: string };

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function parseHeader(
  text: string,
): Omit<TierState, 'customers'> & { customers: number; chunks: number } {
  let header: unknown;
  try {
    header = JSON.parse(text);
  } catch {
    throw new Error('cell A1 is not the state header the add-on writes');
  }
  const h = (header ?? {}) as Record<string, unknown>;
  if (h.v !== VERSION) throw new Error(`cell A1 has an unknown state version (${String(h.v)})`);
  const pareto = h.pareto;
  if (
    !isCount(h.seq) ||
    !isCount(h.historyRows) ||
    !isCount(h.customers) ||
    !isCount(h.chunks) ||
    (pareto !== null && typeof pareto !== 'number')
  )
    throw new Error('cell A1 is not the state header the add-on writes');
  return {
    seq: h.seq,
    historyRows: h.historyRows,
    pareto: pareto as number | null,
    customers: h.customers,
    chunks: h.chunks,
  };
}

/** Like {@link decodeTierState}, but a damaged state is a reading that says what is wrong. */
export function readTierState(cells: readonly unknown[]): StateReading {
  const first = cells[0];
  if (first === undefined || first === '' || first === null) return { kind: 'empty' };
  try {
    const header = parseHeader(String(first));
    const customers = new Map<string, CommittedCustomer>();
    for (let i = 1; i <= header.chunks; i++) {
      const chunk = String(cells[i] ?? '');
      if (!chunk.startsWith(CHUNK_MARK)) throw new Error(`cell A${i + 1} is damaged`);
      for (const line of chunk.slice(CHUNK_MARK.length).split('\n')) {
        if (line === '') continue;
        const [id, tier, value, name] = line.split('\t');
        if (!TIERS.includes(tier as Tier) || name === undefined || !Number.isFinite(Number(value)))
          throw new Error(`cell A${i + 1} is damaged`);
        customers.set(unescape(id!), {
          name: unescape(name),
          tier: tier as Tier,
          value: Number(value),
        });
      }
    }
    if (customers.size !== header.customers)
      throw new Error(`it lists ${customers.size} of ${header.customers} customers`);
    const { seq, historyRows, pareto } = header;
    return { kind: 'committed', state: { seq, historyRows, pareto, customers } };
  } catch (error) {
    return { kind: 'damaged', detail: (error as Error).message };
  }
}
