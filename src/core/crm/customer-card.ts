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
/**
 * How many of a customer's interactions the card looks at: the latest logged (the log's last
 * rows). The five it lists, newest by date, and the pending follow-up come from these.
 */
export const INTERACTIONS_LOOKED_AT = 10;
/** How many contacts the card lists; the rest are counted. */
export const CARD_CONTACTS = 10;
/** How many important dates the card lists. */
export const UPCOMING_SHOWN = 10;

/** Roles by how much the card needs them, first first; a contact without a role comes last. */
const ROLE_RANK: Readonly<Record<string, number>> = {
  decision_maker: 0,
  coach: 1,
  purchaser: 2,
  finance: 3,
  influencer: 4,
  day_to_day: 5,
  user: 6,
};

function rankOf(c: ContactRecord): number {
  return ROLE_RANK[c.role] ?? 7;
}

/**
 * The contacts the card lists, in sheet order: all of them when they fit in
 * {@link CARD_CONTACTS}; otherwise the key ones (decision maker, coach, purchaser, …, then
 * those without a role), earlier rows first among equals.
 */
export function shownContactsOf(contacts: readonly ContactRecord[]): ContactRecord[] {
  if (contacts.length <= CARD_CONTACTS) return [...contacts];
  const chosen = new Set(
    [...contacts].sort((a, b) => rankOf(a) - rankOf(b) || a.row - b.row).slice(0, CARD_CONTACTS),
  );
  return contacts.filter((c) => chosen.has(c));
}

export interface CardInput {
  readonly customer: CustomerRecord;
  /** Tier, quadrant and band of this customer, from the engine over all customers. */
  readonly tier: Tier | '';
  readonly quadrant: Quadrant | '';
  readonly band: Band | '';
  /** The sum of all customers' positive revenue (0 when none). */
  readonly totalRevenue: number;
  /**
   * This customer's contacts, in sheet order: all of them, or at least those
   * {@link shownContactsOf} and {@link upcomingDatesOf} pick from all of them.
   */
  readonly contacts: readonly ContactRecord[];
  /** How many contacts the customer has (default: `contacts.length`). */
  readonly contactCount?: number;
  /** This customer's interactions. */
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

/**
 * Contacts' important dates within the next {@link UPCOMING_DAYS} days, soonest first (then by
 * name), at most {@link UPCOMING_SHOWN}.
 */
export function upcomingDatesOf(contacts: readonly ContactRecord[], today: string): CardDate[] {
  const dates: CardDate[] = [];
  for (const c of contacts) {
    const upcoming = upcomingDate(c.importantDate, today, UPCOMING_DAYS);
    if (upcoming) dates.push({ contactName: c.name, ...upcoming });
  }
  return dates
    .sort((a, b) => a.daysAway - b.daysAway || a.contactName.localeCompare(b.contactName))
    .slice(0, UPCOMING_SHOWN);
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
 * every key account needs two people who know it), the key contacts up to a limit and how many
 * more there are, the last five interactions newest first
 * and the pending follow-up, overdue when its day has passed.
 */
export function buildCustomerCard(input: CardInput): CustomerCard {
  const { customer, tier } = input;
  const revenue = customer.revenue;
  const recent = [...input.interactions].sort(newestFirst).slice(0, RECENT_INTERACTIONS);
  const shown = shownContactsOf(input.contacts);
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
    contacts: shown.map(cardContact),
    moreContacts: (input.contactCount ?? input.contacts.length) - shown.length,
    upcomingDates: upcomingDatesOf(input.contacts, input.today),
    recentInteractions: recent.map(cardInteraction),
    nextFollowUp: pendingFollowUpOf(input.interactions, input.today),
  };
}
