/**
 * The digest's watch list: key accounts at risk of being lost or neglected.
 * Pure: built from the tables' records, the tiers now, the last committed values and today.
 */
import { daysBetween } from '../calendar';
import { lastContactOf, pendingFollowUpOf } from '../crm/follow-up';
import { hasTooFewOwners, upcomingDate } from '../crm/key-accounts';
import type { Tier } from '../crm/vocabulary';
import type { ContactRecord, InteractionRecord } from '../store/records';
import type { DigestModel } from './digest-model';
import type { CommittedCustomer } from './tier-state';

/** How far ahead key contacts' important dates are listed. */
export const IMPORTANT_DATE_DAYS = 14;
export interface WatchCustomer {
  readonly id: string;
  readonly name: string;
  readonly tier: Tier;
  readonly value: number;
  readonly owners: readonly string[];
}

export interface WatchInput {
  readonly customers: readonly WatchCustomer[];
  /** Interactions by customer id. */
  readonly interactions: ReadonlyMap<string, readonly InteractionRecord[]>;
  readonly contacts: readonly ContactRecord[];
  /** The last committed state's customers (for "value fell"). */
  readonly previous: ReadonlyMap<string, CommittedCustomer>;
  /** Days without contact allowed for A and B accounts. */
  readonly limitDays: { readonly A: number; readonly B: number };
  /** `yyyy-MM-dd`, spreadsheet time zone. */
  readonly today: string;
}

type Watch = DigestModel['watch'];
const isKey = (tier: Tier): tier is 'A' | 'B' => tier === 'A' || tier === 'B';

/**
 * A/B accounts with fewer than two owners; A/B accounts not contacted for longer than their
 * tier's limit (never contacted first); overdue follow-ups of any customer (oldest first);
 * important dates of contacts of A/B accounts in the next {@link IMPORTANT_DATE_DAYS} days;
 * B accounts whose value fell since the last committed run.
 */
export function buildWatchList(input: WatchInput): Watch {
  const { today } = input;
  const singleOwner: Watch['singleOwner'][number][] = [];
  const notContacted: Watch['notContacted'][number][] = [];
  const overdue: Watch['overdueFollowUps'][number][] = [];
  const bValueFell: Watch['bValueFell'][number][] = [];
  const keyAccounts = new Map<string, WatchCustomer>();
  for (const c of input.customers) {
    const who = { customerId: c.id, name: c.name, tier: c.tier };
    const mine = input.interactions.get(c.id) ?? [];
    const follow = pendingFollowUpOf(mine, today);
    if (follow?.overdue)
      overdue.push({
        ...who,
        followUp: follow.date,
        daysOverdue: daysBetween(follow.date, today),
        nextStep: follow.nextStep,
      });
    if (!isKey(c.tier)) continue;
    keyAccounts.set(c.id, c);
    if (hasTooFewOwners(c.tier, c.owners)) singleOwner.push({ ...who, owners: c.owners });
    const last = lastContactOf(mine);
    const days = last === '' ? null : daysBetween(last, today);
    const limitDays = input.limitDays[c.tier];
    if (days === null || days > limitDays)
      notContacted.push({ ...who, lastContact: last === '' ? null : last, days, limitDays });
    const before = input.previous.get(c.id);
    if (c.tier === 'B' && before && c.value < before.value)
      bValueFell.push({ ...who, previousValue: before.value, value: c.value });
  }
  const importantDates: Watch['importantDates'][number][] = [];
  for (const contact of input.contacts) {
    const customer = keyAccounts.get(contact.customerId);
    const upcoming = customer && upcomingDate(contact.importantDate, today, IMPORTANT_DATE_DAYS);
    if (upcoming)
      importantDates.push({
        customerId: customer.id,
        name: customer.name,
        tier: customer.tier,
        contact: contact.name,
        role: contact.role === '' ? null : contact.role,
        ...upcoming,
      });
  }
  // Whole lists, most urgent first: the renderer shows the first few and counts the rest.
  const byTier = (a: { tier: Tier | null }, b: { tier: Tier | null }): number =>
    String(a.tier).localeCompare(String(b.tier));
  return {
    singleOwner: singleOwner.sort(byTier),
    notContacted: notContacted.sort(
      (a, b) => byTier(a, b) || (b.days ?? Infinity) - (a.days ?? Infinity),
    ),
    overdueFollowUps: overdue.sort((a, b) => b.daysOverdue - a.daysOverdue),
    importantDates: importantDates.sort((a, b) => a.daysAway - b.daysAway),
    bValueFell: bValueFell.sort((a, b) => b.previousValue - b.value - (a.previousValue - a.value)),
  };
}
