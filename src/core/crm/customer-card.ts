/**
 * Builds the customer card the sidebar shows (api.ts `CustomerCard`) from the tables' records.
 */
import { newestFirst, pendingFollowUpOf } from '../crm/follow-up';
import { hasTooFewOwners, upcomingDate } from '../crm/key-accounts';
import { satisfactionOf } from '../crm/measures';
import type { Band, Quadrant, Tier } from '../crm/vocabulary';
import type { ContactRecord, CustomerRecord, InteractionRecord } from '../store/records';
import type { CardContact, CardDate, CardInteraction, CustomerCard } from '../api/sidebar';

/** How far ahead important dates are shown. */
export const UPCOMING_DAYS = 30;
/** How many interactions the card lists. */
export const RECENT_INTERACTIONS = 5;

export interface CardInput {
  readonly customer: CustomerRecord;
  /** Tier, quadrant and band of this customer, from the engine over all customers. */
  readonly tier: Tier | '';
  readonly quadrant: Quadrant | '';
  readonly band: Band | '';
  /** The sum of all customers' positive revenue (0 when none). */
  readonly totalRevenue: number;
  /** This customer's contacts and interactions. */
  readonly contacts: readonly ContactRecord[];
  readonly interactions: readonly InteractionRecord[];
  /** `yyyy-MM-dd` in the spreadsheet's time zone. */
  readonly today: string;
}

/** The sum of positive revenues: the base of each customer's revenue share. */
export function totalRevenueOf(customers: readonly CustomerRecord[]): number {
  let total = 0;
  for (const c of customers) if (c.revenue !== null && c.revenue > 0) total += c.revenue;
  return total;
}

function cardContact(c: ContactRecord): CardContact {
  return {
    name: c.name,
    role: c.role,
    isCoach: c.role === 'coach',
    email: c.email,
    phone: c.phone,
    personality: c.personality,
  };
}

/** Contacts' important dates within the next {@link UPCOMING_DAYS} days, soonest first. */
export function upcomingDatesOf(contacts: readonly ContactRecord[], today: string): CardDate[] {
  const dates: CardDate[] = [];
  for (const c of contacts) {
    const upcoming = upcomingDate(c.importantDate, today, UPCOMING_DAYS);
    if (upcoming) dates.push({ contactName: c.name, ...upcoming });
  }
  return dates.sort(
    (a, b) => a.daysAway - b.daysAway || a.contactName.localeCompare(b.contactName),
  );
}

function cardInteraction(i: InteractionRecord): CardInteraction {
  return {
    date: i.date,
    kind: i.kind === '' ? 'other' : i.kind,
    purpose: i.purpose,
    summary: i.summary,
    withWhom: i.withWhom,
    loggedBy: i.loggedBy,
    satisfaction: i.satisfaction !== '' ? i.satisfaction : satisfactionOf(i.perceived, i.expected),
  };
}

/**
 * The customer card: coach marked, the single-owner warning for A and B accounts (人走客户走:
 * every key account needs two people who know it), the last five interactions newest first
 * and the pending follow-up, overdue when its day has passed.
 */
export function buildCustomerCard(input: CardInput): CustomerCard {
  const { customer, tier } = input;
  const revenue = customer.revenue;
  const recent = [...input.interactions].sort(newestFirst).slice(0, RECENT_INTERACTIONS);
  return {
    id: customer.id,
    name: customer.name,
    tier,
    quadrant: input.quadrant,
    band: input.band,
    revenue,
    revenueShare:
      revenue !== null && input.totalRevenue > 0 ? Math.max(0, revenue) / input.totalRevenue : null,
    owners: [...customer.owners],
    singleOwnerWarning: hasTooFewOwners(tier, customer.owners),
    contacts: input.contacts.map(cardContact),
    upcomingDates: upcomingDatesOf(input.contacts, input.today),
    recentInteractions: recent.map(cardInteraction),
    nextFollowUp: pendingFollowUpOf(input.interactions, input.today),
  };
}
