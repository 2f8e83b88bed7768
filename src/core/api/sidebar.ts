/**
 * The sidebar's API: the server functions it calls through google.script.run, what each
 * takes and answers. Everything is plain JSON: calendar dates are `yyyy-MM-dd`, instants
 * full ISO strings, never `Date`.
 */
import {
  customerIdProblem,
  problemMessage,
  validateInteractionForm,
  type InteractionForm,
  type ValidForm,
} from '../forms/log-form';
import { localize, type Locale } from '../i18n';
import { endpoint, noInput, type ClientOf, type InputCheck } from './endpoint';
import type {
  Band,
  ContactRole,
  InteractionKind,
  Personality,
  Purpose,
  Quadrant,
  Tier,
  FunnelBand,
  Satisfaction,
} from '../crm/vocabulary';

export type { InteractionForm };

/** One row of the search list: enough to filter 10,000 customers in the browser. */
export interface CustomerSummary {
  readonly id: string;
  readonly name: string;
  readonly tier: Tier | '';
}

/** init() → everything the sidebar needs before the first keystroke (one sheet read). */
export interface SidebarInit {
  readonly locale: Locale;
  readonly userEmail: string;
  /** Today in the spreadsheet's time zone, `yyyy-MM-dd` (the log form's default date). */
  readonly today: string;
  readonly timeZone: string;
  readonly customers: readonly CustomerSummary[];
}

export interface CardContact {
  readonly name: string;
  readonly role: ContactRole | '';
  readonly isCoach: boolean;
  readonly email: string;
  readonly phone: string;
  readonly personality: Personality | '';
}

export interface CardDate {
  readonly contactName: string;
  /** `yyyy-MM-dd` of the next occurrence (birthdays recur yearly). */
  readonly date: string;
  readonly daysAway: number;
}

export interface CardInteraction {
  readonly date: string;
  readonly kind: InteractionKind;
  readonly purpose: Purpose | '';
  readonly summary: string;
  readonly withWhom: string;
  readonly loggedBy: string;
  readonly satisfaction: Satisfaction | '';
}

/** card({ customerId }) → the customer card. */
export interface CustomerCard {
  readonly id: string;
  readonly name: string;
  readonly tier: Tier | '';
  readonly quadrant: Quadrant | '';
  readonly band: Band | '';
  readonly revenue: number | null;
  /** Revenue as a fraction of all customers' revenue (0–1), or null when unknown. */
  readonly revenueShare: number | null;
  readonly owners: readonly string[];
  /** An A or B account known by only one person on our side (人走客户走). */
  readonly singleOwnerWarning: boolean;
  /** The key contacts, at most 10, in sheet order (all of them when they fit). */
  readonly contacts: readonly CardContact[];
  /** How many of the customer's contacts are not listed. */
  readonly moreContacts: number;
  /** Important dates of this customer's contacts in the next 30 days, soonest first, at most 10. */
  readonly upcomingDates: readonly CardDate[];
  /** The last five interactions, newest first. */
  readonly recentInteractions: readonly CardInteraction[];
  readonly nextFollowUp: {
    readonly date: string;
    readonly nextStep: string;
    readonly overdue: boolean;
  } | null;
}

/** logInteraction(form) output. */
export interface LogResult {
  /** False when this request id was already saved: nothing new was written. */
  readonly created: boolean;
  readonly loggedAt: string;
  readonly funnel: FunnelBand | '';
  readonly satisfaction: Satisfaction | '';
  readonly card: CustomerCard;
}

/** card's input. */
export interface CardRequest {
  readonly customerId: string;
}

/** A customer id by the log form's rule for it (text, not blank, not too long); trimmed. */
function checkCardRequest(input: unknown, locale: Locale): InputCheck<string> {
  const id = typeof input === 'object' && input !== null ? (input as CardRequest).customerId : null;
  const problem = customerIdProblem(id);
  if (!problem) return { ok: true, value: (id as string).trim() };
  const message =
    problem.key === 'required'
      ? localize({ en: 'Choose a customer.', zh: '请选择客户。' }, locale)
      : problemMessage('customerId', problem, locale);
  return { ok: false, message, fields: { customerId: message } };
}

function checkLogForm(input: unknown, locale: Locale): InputCheck<ValidForm> {
  const check = validateInteractionForm(input, locale);
  return check.ok ? { ok: true, value: check.form } : check;
}

/** The sidebar's server functions, by the names dist/Code.js declares them. */
export const SIDEBAR_API = {
  init: endpoint<void, void, SidebarInit>('sidebarInit', noInput),
  card: endpoint<CardRequest, string, CustomerCard>('sidebarCard', checkCardRequest),
  logInteraction: endpoint<InteractionForm, ValidForm, LogResult>(
    'sidebarLogInteraction',
    checkLogForm,
  ),
} as const;

/** The sidebar's calls to these functions, as its client offers them. */
export type SidebarClient = ClientOf<typeof SIDEBAR_API>;
