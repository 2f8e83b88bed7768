/**
 * The add-on-owned, append-only `Tier History` sheet: one row per tier change, written by
 * the report job. Rows carry the run that wrote them, so a run interrupted after writing its
 * rows but before committing its state is recognised (and not written again) by the next.
 */
import type { Tier } from '../crm/vocabulary';
import { dayInZone, isIsoDay } from '../calendar';
import { TIERS } from '../crm/vocabulary';
import { neutraliseText } from '../store/neutralise';
import type { TierChange } from './tier-changes';

export const HISTORY_SHEET = 'Tier History';

/** The header row, in column order. */
export const HISTORY_HEADERS = [
  'Date',
  'Customer ID',
  'Name',
  'From',
  'To',
  'Value',
  'Rank',
  'Of',
  'Reason',
  'Rules',
  'Run',
] as const;

/** A change as the history records it. */
export interface HistoryEntry extends TierChange {
  /** `yyyy-MM-dd`, spreadsheet time zone. */
  readonly date: string;
  /** Rank now (1 = best); null for a gone customer. */
  readonly rank: number | null;
  /** Customers in the book now. */
  readonly of: number;
  readonly reason: string;
  /** The rule the tiers were computed with, e.g. `v1 revenue 1%/5%/20%`. */
  readonly rules: string;
  /** The run that wrote the row, e.g. `r12`. */
  readonly run: string;
}

/** The row to write; text is neutralised so a name like `=1+1` stays text. */
export function historyRowValues(e: HistoryEntry): (string | number)[] {
  return [
    e.date,
    neutraliseText(e.customerId),
    neutraliseText(e.name),
    e.from ?? '',
    e.to ?? '',
    e.value,
    e.rank ?? '',
    e.of,
    neutraliseText(e.reason),
    neutraliseText(e.rules),
    e.run,
  ];
}

const tierOrNull = (cell: unknown): Tier | null =>
  TIERS.includes(String(cell) as Tier) ? (String(cell) as Tier) : null;

/**
 * A history row as read back (getValues): dates arrive as Date (read in `timeZone`), ids that
 * look like numbers may arrive as numbers.
 */
export function historyEntryOf(row: readonly unknown[], timeZone: string): HistoryEntry {
  const cell = (i: number): unknown => row[i];
  const text = (i: number): string => (cell(i) === undefined ? '' : String(cell(i)));
  const date = cell(0);
  const rank = cell(6);
  return {
    date:
      date instanceof Date || Object.prototype.toString.call(date) === '[object Date]'
        ? dayInZone(date as Date, timeZone)
        : isIsoDay(date)
          ? date
          : text(0),
    customerId: text(1),
    name: text(2),
    from: tierOrNull(cell(3)),
    to: tierOrNull(cell(4)),
    value: Number(cell(5)),
    rank: typeof rank === 'number' ? rank : null,
    of: Number(cell(7)),
    reason: text(8),
    rules: text(9),
    run: text(10),
  };
}

/**
 * A row that records a new baseline started over an existing history (the committed state
 * was lost or damaged): no customer, no tiers, the reason in words and the run.
 */
export function isBaselineRow(e: HistoryEntry): boolean {
  return e.customerId === '' && e.from === null && e.to === null && e.reason !== '';
}

/**
 * True when the row has the shape a run of the add-on writes: a run id, a date, and either a
 * change of one customer (from ≠ to, a value, a rank exactly when there is a tier now) or a
 * new-baseline row. A row typed by hand rarely fits; one that does not is never applied.
 */
export function isRunRow(e: HistoryEntry): boolean {
  if (!/^r[1-9]\d*$/.test(e.run) || !isIsoDay(e.date) || e.rules === '') return false;
  if (!Number.isInteger(e.of) || e.of < 0) return false;
  if (isBaselineRow(e)) return true;
  if (e.customerId === '' || e.from === e.to || !Number.isFinite(e.value) || e.reason === '')
    return false;
  return e.to === null ? e.rank === null : e.rank !== null && e.rank >= 1 && e.rank <= e.of;
}
