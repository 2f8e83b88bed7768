/**
 * The built add-on in the local Apps Script runtime, driven the way a user drives it: through
 * its menu items, found by their labels in the bundle's manifest. When a feature is not in the
 * bundle yet, the step is skipped with a note instead of being imitated here.
 */
import { TIERS, type Tier } from '../../core/crm/vocabulary';
import { countOf, formatCount } from '../../core/i18n';
import { mapHeaders } from '../../core/store/headers';
import { CUSTOMERS, TABLES } from '../../core/store/schema';
import { periodRange, type PeriodRevenue } from '../periods';
import { CUSTOMERS_SHEET, CUSTOMER_HEADERS } from '../sheet-headers';
import { wallClockToInstant } from '../workbook-io/wall-clock';
import type { WorkbookData } from '../workbook-io/workbook-data';
import { SCHEDULE_API, type ScheduleInput } from '../../core/api/schedule';
import { menuHandler, type BundleManifest } from './bundle-manifest';
import { LocalAppsScript, type LocalUser, type SentMail } from '../runtime';
import type { TieredCustomer } from './terminal-report';

/** Tiers and values after one Recalculate tiers. */
export interface Snapshot {
  readonly customers: TieredCustomer[];
  readonly tiers: Map<string, Tier | ''>;
  readonly summary: string;
}

export interface OpenSessionOptions {
  readonly book: WorkbookData;
  readonly bundlePath: string;
  readonly manifest: BundleManifest;
  readonly owner: string;
  readonly note: (text: string) => void;
  /** Prints a line of what the add-on said (its alerts). */
  readonly say: (text: string) => void;
}

/**
 * The add-on refused a step (or failed in it): the run stops there, as a user would stop at
 * the add-on's message, and nothing is written.
 */
export class AddonRefusal extends Error {
  constructor(
    readonly step: string,
    said: readonly string[],
  ) {
    super(`${step}: ${said.length > 0 ? said.join(' / ') : 'the add-on did not do it'}`);
    this.name = 'AddonRefusal';
  }
}

/**
 * Where each Customers column is (0-based, -1 when absent), found as the add-on finds it:
 * by header name, any case and spacing ("customer id", "REVENUE").
 */
function customerColumns(header: readonly unknown[]): Readonly<Record<string, number>> {
  const mapped = mapHeaders(CUSTOMERS, header);
  if (mapped.ok) return mapped.map.index;
  return Object.fromEntries(CUSTOMERS.columns.map((c) => [c.key, -1]));
}

/** A manager who reads the report without editing the book (a viewer). */
export const MANAGER = 'manager@example.com';

const CUSTOMER_NOUN = { en: ['customer', 'customers'], zh: '位客户' } as const;

const MENU = {
  setup: /set ?up sheets/i,
  recalculate: /recalculate/i,
  reportNow: /send report now/i,
};

/** Emails found in the Owners column: the sales team, editors of the shared book. */
function ownerEmails(book: WorkbookData): string[] {
  const sheet = book.sheets.find((s) => s.name === CUSTOMERS_SHEET);
  const column = sheet ? (customerColumns(sheet.values[0] ?? []).owners ?? -1) : -1;
  if (!sheet || column < 0) return [];
  const emails = new Set<string>();
  for (const row of sheet.values.slice(1)) {
    for (const email of String(row[column] ?? '').split(/[,;\s]+/))
      if (/@/.test(email)) emails.add(email);
  }
  return [...emails];
}

/**
 * The report npm start schedules, as the owner would in the Schedule report dialog: weekly, to
 * the owner and a manager who can only view the book.
 */
function demoSchedule(owner: string): ScheduleInput {
  return {
    frequency: 'weekly',
    weekday: 'MONDAY',
    hour: 8,
    recipients: [owner, MANAGER],
    language: 'en',
  };
}

export class AddonSession {
  private setUp = false;
  private scheduled = false;

  private constructor(
    readonly runtime: LocalAppsScript,
    private readonly book: WorkbookData,
    private readonly options: OpenSessionOptions,
  ) {}

  /** Loads the bundle into a fresh runtime holding the book; the book's people are its users. */
  static open(options: OpenSessionOptions): AddonSession {
    const users: LocalUser[] = [
      { email: options.owner, role: 'owner' },
      ...ownerEmails(options.book)
        .filter((e) => e !== options.owner)
        .map((email): LocalUser => ({ email, role: 'editor' })),
      { email: MANAGER, role: 'viewer' },
    ];
    const runtime = new LocalAppsScript({
      bundlePath: options.bundlePath,
      workbook: options.book,
      users,
    });
    return new AddonSession(runtime, options.book, options);
  }

  /**
   * Runs a menu item by its English label and prints what the add-on said. Returns the lines
   * it said, or undefined (with a note) when the bundle has no such item. A failed execution
   * stops the run.
   */
  private runMenu(label: RegExp, what: string): string[] | undefined {
    const handler = menuHandler(this.options.manifest, label);
    if (!handler) {
      this.options.note(`the bundle has no "${what}" menu item yet: skipped.`);
      return undefined;
    }
    const ui = this.runtime.ui;
    const [alertsBefore, toastsBefore] = [ui.alerts.length, ui.toasts.length];
    const result = this.runtime.run(handler, [], { user: this.options.owner });
    // What the add-on told the user in its dialog, as they would have read it in Sheets.
    const said = [
      ...ui.alerts.slice(alertsBefore).map((a) => [a.title, a.prompt]),
      ...ui.toasts.slice(toastsBefore).map((t) => [t.title, t.message]),
    ].map((parts) =>
      parts
        .filter(Boolean)
        .join(': ')
        .replace(/\s*\n\s*/g, ' / '),
    );
    if (!result.ok)
      throw new AddonRefusal(what, [...said, result.error?.message ?? 'unknown error']);
    for (const text of said) this.options.say(`${what} → ${text}`);
    return said;
  }

  /** Puts one period's revenue into the Customers sheet (books built by npm start only). */
  private loadPeriodRevenue(period: string, revenue: PeriodRevenue): void {
    const runtime = this.runtime;
    const index = revenue.periods.indexOf(period);
    const values = runtime.workbook.values(CUSTOMERS_SHEET);
    const columns = customerColumns(values[0] ?? []);
    const [idColumn, revenueColumn] = [columns.id!, columns.revenue!];
    for (const row of values.slice(1)) {
      const amounts = revenue.byCustomer.get(String(row[idColumn]));
      if (amounts) row[revenueColumn] = amounts[index] ?? 0;
    }
    runtime.workbook.setValues(CUSTOMERS_SHEET, values);
  }

  /**
   * One period: the clock on the first morning after it, its revenue in the sheet, Set up
   * sheets (first time), Recalculate tiers and Send report now. Returns the tiers read back.
   */
  runPeriod(period: string | undefined, revenue: PeriodRevenue | undefined): Snapshot | undefined {
    const runtime = this.runtime;
    if (period && revenue) {
      const timeZone = this.book.timeZone ?? 'UTC';
      runtime.clock.set(
        wallClockToInstant(new Date(periodRange(period).end.getTime() + 8 * 3_600_000), timeZone),
      );
      this.loadPeriodRevenue(period, revenue);
    }
    if (!this.setUp) {
      const said = this.runMenu(MENU.setup, 'Set up sheets');
      this.setUp = said !== undefined;
      // Set up creates every table it does not find; one still missing means it refused.
      const sheets = runtime.workbook.sheetNames();
      if (said && TABLES.some((t) => !sheets.includes(t.sheet)))
        throw new AddonRefusal('Set up sheets', said);
    }
    if (!this.scheduled) this.scheduled = this.scheduleReport();
    const said = this.runMenu(MENU.recalculate, 'Recalculate tiers');
    const snapshot = this.snapshot(said !== undefined);
    // Recalculate gives every customer a tier; a customer without one means it refused.
    if (said && snapshot && snapshot.customers.some((c) => c.tier === ''))
      throw new AddonRefusal('Recalculate tiers', said);
    // The report job computes tiers itself, so it runs even when the menu item above is absent.
    this.runMenu(MENU.reportNow, 'Send report now');
    return snapshot;
  }

  /**
   * Saves the report's schedule through the dialog's server function, as the owner, with
   * google.script.run's rules (the dialog's Save button makes this call). Notes and
   * returns false when the bundle has no schedule yet or refuses.
   */
  private scheduleReport(): boolean {
    if (!(SCHEDULE_API.save.name in this.options.manifest.entryPoints)) {
      this.options.note('the bundle has no "Schedule report" server function yet: skipped.');
      return false;
    }
    const input = demoSchedule(this.options.owner);
    const result = this.runtime.runFromBrowser<{ ok: boolean; message?: string }>(
      SCHEDULE_API.save.name,
      [input],
      {
        user: this.options.owner,
      },
    );
    const answer = result.value;
    if (!result.ok || !answer?.ok) {
      this.options.note(
        `Schedule report failed: ${result.error?.message ?? answer?.message ?? 'no answer'}`,
      );
      return false;
    }
    const to = Array.isArray(input.recipients) ? input.recipients.join(', ') : input.recipients;
    this.options.say(`Schedule report → weekly on Monday at 08:00, to ${to}`);
    return true;
  }

  /**
   * Reads ids, values and tiers back from the Customers sheet. Tiers come from the add-on's
   * Tier column after Recalculate tiers; when the bundle has no such menu item yet, from its
   * =CUSTOMER_TIER custom function run on the Revenue column (the same engine, nothing written).
   */
  private snapshot(recalculated: boolean): Snapshot | undefined {
    const values = this.runtime.workbook.values(CUSTOMERS_SHEET);
    const columns = customerColumns(values[0] ?? []);
    const [id, revenue, tier] = [columns.id!, columns.revenue!, columns.tier!];
    if (id < 0 || revenue < 0) {
      this.options.note(
        `the Customers sheet has no "${CUSTOMER_HEADERS.id}" or "${CUSTOMER_HEADERS.revenue}" column: no pyramid to print.`,
      );
      return undefined;
    }
    const rows = values.slice(1).filter((row) => String(row[id] ?? '').trim() !== '');
    let tierColumn: unknown[];
    if (recalculated && tier >= 0) {
      tierColumn = rows.map((row) => row[tier]);
    } else {
      const result = this.runtime.run<unknown[][]>(
        'CUSTOMER_TIER',
        [rows.map((row) => [row[revenue]])],
        { user: this.options.owner, authMode: 'CUSTOM_FUNCTION' },
      );
      if (!result.ok || !Array.isArray(result.value)) {
        this.options.note(`=CUSTOMER_TIER failed: ${result.error?.message ?? 'no result'}`);
        return undefined;
      }
      this.options.note(
        'tiers printed from the bundle\'s =CUSTOMER_TIER (no "Tier" column was written by Recalculate tiers).',
      );
      tierColumn = result.value.map((cells) => cells[0]);
    }
    const customers: TieredCustomer[] = [];
    const tiers = new Map<string, Tier | ''>();
    rows.forEach((row, index) => {
      const key = String(row[id]).trim();
      const text = String(tierColumn[index] ?? '') as Tier;
      const t = TIERS.includes(text) ? text : '';
      const value = typeof row[revenue] === 'number' ? row[revenue] : 0;
      customers.push({ id: key, tier: t, value });
      tiers.set(key, t);
    });
    const counts = TIERS.map(
      (t) => `${t} ${formatCount(customers.filter((c) => c.tier === t).length)}`,
    );
    return {
      customers,
      tiers,
      summary: `${countOf(customers.length, CUSTOMER_NOUN, 'en')}: ${counts.join(' · ')}`,
    };
  }

  /** Every email the add-on sent in this session. */
  outbox(): readonly SentMail[] {
    return this.runtime.mail.outbox;
  }

  /** The workbook as it is now. */
  workbookData(): WorkbookData {
    return this.runtime.workbook.toData();
  }
}
