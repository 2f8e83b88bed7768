/**
 * The contract between the sidebar (browser) and the server functions it calls through
 * google.script.run. Everything here is plain JSON: dates are ISO strings (`yyyy-MM-dd` for
 * calendar dates, full ISO for instants), never `Date` — a Date anywhere makes the call fail.
 */
import type { Locale } from '../i18n';
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

/** Names of the server functions, as emitted top-level in dist/Code.js. */
export const SIDEBAR_API = {
  init: 'sidebarInit',
  card: 'sidebarCard',
  logInteraction: 'sidebarLogInteraction',
} as const;

/** Why a call did not succeed. `busy`: another save holds the lock; nothing was written. */
export type ApiErrorCode = 'invalid' | 'busy' | 'forbidden' | 'not-found' | 'setup' | 'internal';

/** Every server function answers with this, so the sidebar can show errors next to fields. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: ApiErrorCode;
      /** Already in the caller's language. */
      readonly message: string;
      /** Field name → message, for inline validation. */
      readonly fields?: Readonly<Record<string, string>>;
    };

/** One row of the search list: enough to filter 10,000 customers in the browser. */
export interface CustomerSummary {
  readonly id: string;
  readonly name: string;
  readonly tier: Tier | '';
}

/** sidebarInit() → everything the sidebar needs before the first keystroke (one sheet read). */
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

/** sidebarCard({ customerId }) → the customer card. */
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
  readonly contacts: readonly CardContact[];
  /** Important dates of this customer's contacts in the next 30 days, soonest first. */
  readonly upcomingDates: readonly CardDate[];
  /** The last five interactions, newest first. */
  readonly recentInteractions: readonly CardInteraction[];
  readonly nextFollowUp: {
    readonly date: string;
    readonly nextStep: string;
    readonly overdue: boolean;
  } | null;
}

/** sidebarLogInteraction(form) input: one log form submission. */
export interface InteractionForm {
  /** Created once per form instance (crypto.randomUUID); a resubmit reuses it. */
  readonly requestId: string;
  readonly customerId: string;
  /** `yyyy-MM-dd`. */
  readonly date: string;
  readonly kind: InteractionKind;
  readonly purpose: Purpose;
  readonly summary: string;
  readonly withWhom?: string;
  /** 1–5. */
  readonly perceived?: number | null;
  /** 1–5. */
  readonly expected?: number | null;
  /** Deal close probability in percent, 0–100. */
  readonly dealProbability?: number | null;
  readonly nextStep?: string;
  /** `yyyy-MM-dd`. */
  readonly followUpDate?: string | null;
}

/** sidebarLogInteraction(form) output. */
export interface LogResult {
  /** False when this request id was already saved: nothing new was written. */
  readonly created: boolean;
  readonly loggedAt: string;
  readonly funnel: FunnelBand | '';
  readonly satisfaction: Satisfaction | '';
  readonly card: CustomerCard;
}
