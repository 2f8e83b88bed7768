/**
 * When a customer was last contacted and what follow-up is pending, from its interactions.
 */
import type { InteractionRecord } from '../store/records';

/** Newest first: by date, then by when it was logged, then by sheet row. */
export function newestFirst(a: InteractionRecord, b: InteractionRecord): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.loggedAt !== b.loggedAt) return a.loggedAt < b.loggedAt ? 1 : -1;
  return b.row - a.row;
}

/** The latest interaction date ('' when none). */
export function lastContactOf(interactions: readonly InteractionRecord[]): string {
  let last = '';
  for (const i of interactions) if (i.date > last) last = i.date;
  return last;
}

export interface PendingFollowUp {
  readonly date: string;
  readonly nextStep: string;
  readonly overdue: boolean;
}

/**
 * The pending follow-up: the one set by the newest interaction that set one, unless a later
 * interaction, dated on or after the follow-up day, shows it was done. Overdue when its day
 * is before `today`.
 */
export function pendingFollowUpOf(
  interactions: readonly InteractionRecord[],
  today: string,
): PendingFollowUp | null {
  let plan: InteractionRecord | undefined;
  for (const i of interactions)
    if (i.followUpDate !== '' && (!plan || newestFirst(i, plan) < 0)) plan = i;
  if (!plan) return null;
  const done = interactions.some(
    (i) => i !== plan && i.date !== '' && i.date >= plan!.followUpDate && newestFirst(i, plan!) < 0,
  );
  if (done) return null;
  return { date: plan.followUpDate, nextStep: plan.nextStep, overdue: plan.followUpDate < today };
}
