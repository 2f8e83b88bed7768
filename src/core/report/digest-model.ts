/**
 * Everything one digest says, as plain data: built by the report job from the
 * sheets and the tier history, rendered to HTML and plain text by `render-digest`. Strings
 * here are raw customer data — the renderer escapes them. Dates are `yyyy-MM-dd` strings in
 * the spreadsheet's time zone.
 */
import type { ContactRole, Tier } from '../crm/vocabulary';
import type { Locale } from '../i18n';
import type { DigestMigration } from './digest-migration';

export type { DigestMigration } from './digest-migration';

/** One row of "the pyramid now". */
export interface DigestTierRow {
  readonly tier: Tier;
  readonly customers: number;
  readonly value: number;
  /** Fractions 0–1. */
  readonly customerShare: number;
  readonly valueShare: number;
}

/** A customer as the digest names it. */
export interface DigestCustomer {
  readonly customerId: string;
  readonly name: string;
  /** Current tier; null for a customer that is gone. */
  readonly tier: Tier | null;
}

/** A tier change. `from` null = a new customer; `to` null = a customer that is gone. */
export interface DigestChange extends DigestCustomer {
  readonly from: Tier | null;
  readonly to: Tier | null;
  readonly value: number;
  /** In words, in the digest's language, e.g. "revenue 1,204,000 is rank 37 of 1,000; B takes ranks 11–50". */
  readonly reason: string;
}

export interface DigestModel {
  readonly locale: Locale;
  readonly spreadsheetName: string;
  readonly spreadsheetUrl: string;
  readonly timeZone: string;
  /** The period this digest covers: a key (`2026-11-30`, `2026-W49`, `2026-12`) and its dates. */
  readonly period: {
    readonly key: string;
    readonly frequency: 'daily' | 'weekly' | 'monthly';
    readonly start: string;
    readonly end: string;
  };
  /** When the job ran, `yyyy-MM-dd HH:mm` in the spreadsheet's time zone. */
  readonly generatedAt: string;
  /** What the values are: revenue or profit. */
  readonly valueBasis: 'revenue' | 'profit';

  /** The pyramid now, A to D, plus totals. */
  readonly pyramid: readonly DigestTierRow[];
  readonly totalCustomers: number;
  readonly totalValue: number;
  /** The real 80/20: the share of value held by the top `topShare` of customers, now and at the last report. */
  readonly pareto: {
    readonly topShare: number;
    readonly valueShare: number;
    readonly previousValueShare: number | null;
  };

  /** Changes since the last digest. */
  readonly promotions: readonly DigestChange[];
  readonly demotions: readonly DigestChange[];
  readonly newCustomers: readonly DigestChange[];
  readonly goneCustomers: readonly DigestChange[];

  readonly watch: {
    /** A/B accounts with fewer than two owners on our side (人走客户走). */
    readonly singleOwner: readonly (DigestCustomer & { readonly owners: readonly string[] })[];
    /** A/B accounts not contacted for longer than their tier's limit. */
    readonly notContacted: readonly (DigestCustomer & {
      /** Last interaction date, or null when there is none. */
      readonly lastContact: string | null;
      /** Days since the last contact, or null when never contacted. */
      readonly days: number | null;
      readonly limitDays: number;
    })[];
    /** Follow-ups whose date has passed. */
    readonly overdueFollowUps: readonly (DigestCustomer & {
      readonly followUp: string;
      readonly daysOverdue: number;
      readonly nextStep: string;
    })[];
    /** Key contacts' important dates in the next 14 days. */
    readonly importantDates: readonly (DigestCustomer & {
      readonly contact: string;
      readonly role: ContactRole | null;
      readonly date: string;
      readonly daysAway: number;
    })[];
    /** B customers whose value fell since the last report. */
    readonly bValueFell: readonly (DigestCustomer & {
      readonly previousValue: number;
      readonly value: number;
    })[];
  };

  /**
   * How customers moved between tiers since the last digest, the share who kept their tier and
   * the next period's expected pyramid; null on a baseline (there is no earlier tier to move from).
   */
  readonly migration: DigestMigration | null;

  /**
   * True when this run only recorded a baseline: the first report, or the first after the
   * hidden `Tier State` sheet was lost. There is nothing earlier to compare with, so the
   * digest says the tiers are now the baseline instead of "no tier changes".
   */
  readonly baseline: boolean;
  /**
   * When nothing changed on a run that is not a baseline: show a short "no tier changes"
   * note (a setting can turn it off).
   */
  readonly showNoChangeNote: boolean;
}

/** A rendered digest. */
export interface RenderedDigest {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}
