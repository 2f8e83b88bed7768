/**
 * The public types of the local Apps Script runtime. Other engineers code against these
 * names: change them only together with every caller.
 */
/** What a cell holds, as getValues() returns it (blank cells are ''). */
export type CellValue = string | number | boolean | Date;

/** One sheet as plain data: values row by row, optional formulas and formatting. */
export interface SheetData {
  name: string;
  values: CellValue[][];
  /** Same shape as values; '' where the cell holds no formula. */
  formulas?: (string | '')[][];
  frozenRows?: number;
  numberFormats?: string[][];
}

/** A whole spreadsheet as plain data (what xlsx/csv loaders produce and consume). */
export interface WorkbookData {
  name?: string;
  timeZone?: string;
  locale?: string;
  sheets: SheetData[];
}

/** A person who can open the spreadsheet. */
export interface LocalUser {
  email: string;
  role: 'owner' | 'editor' | 'viewer' | 'none';
  /** Session.getActiveUserLocale(), e.g. 'en' or 'zh_CN'. Default 'en'. */
  locale?: string;
  /**
   * How the role was granted (default 'shared': the file is shared with this address by name).
   * Access through a Google Group, the whole domain or a link lets the user open or edit, but
   * Spreadsheet.getEditors()/getViewers() list only people the file is shared with by name.
   */
  access?: 'shared' | 'group' | 'domain' | 'link';
  /**
   * The OAuth scopes this user granted (default: every scope of the manifest). With granular
   * consent a user may untick some; calls that need a missing scope fail.
   */
  grantedScopes?: string[];
}

export interface RuntimeOptions {
  /** Default <repo>/dist/Code.js; HTML files are read from its folder unless htmlDir is set. */
  bundlePath?: string;
  htmlDir?: string;
  /** Default: one empty sheet 'Sheet1', time zone 'Etc/UTC', locale 'en_US'. */
  workbook?: WorkbookData;
  /** Default [{ email: 'owner@example.com', role: 'owner' }]. The first owner owns the file. */
  users?: LocalUser[];
  /** Default: timeZone of appsscript.json next to the bundle, else 'Etc/UTC'. */
  scriptTimeZone?: string;
  /** The scopes the project asks for; default: oauthScopes of appsscript.json next to the bundle. */
  oauthScopes?: string[];
  /** Recipients per day, default 100 (consumer account). */
  mailDailyQuota?: number;
  /** Start of the simulated clock (default: real now). */
  now?: Date;
  /** Per-call cost model (ms) for estimates; default appsScriptLatency. */
  latency?: LatencyModel;
  /**
   * Apply the rules for a published add-on (default false: a container-bound script): at most
   * one clock trigger per user per document, running at most hourly.
   */
  addon?: boolean;
}

export interface RunOptions {
  /** Email of the user the execution runs as (default: the first user). */
  user?: string;
  authMode?: 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
  /** Passed as the first argument (an onOpen/onEdit/trigger event). */
  event?: object;
  /** The k-th service call (1-based) throws failMessage. */
  failAtCall?: number;
  failMessage?: string;
  /** Simulated ms after which every further call fails with "Exceeded maximum execution time". */
  timeBudgetMs?: number;
}

/** The record of one execution. */
export interface Execution<T = unknown> {
  ok: boolean;
  value?: T;
  error?: { message: string; stack?: string };
  /**
   * Every service call in order, with the cells it read (getValues, getDisplayValues,
   * getFormulas, getValue …: the range's cell count) and its estimated Apps Script time.
   */
  calls: { service: string; method: string; cellsRead: number; estimatedMs: number }[];
  callCount: number;
  /** Number of calls on one service, e.g. count('spreadsheet'). */
  count(service: string): number;
  /** Cells read by all its calls (the sum of `calls[i].cellsRead`). */
  cellsRead: number;
  /** Estimated Apps Script time: latency model sum plus simulated waits (sleep, locks). */
  estimatedMs: number;
  /** Real time spent running the bundle's own code here. */
  cpuMs: number;
  /** Logger.log and console.* lines. */
  logs: string[];
}

/** One execution of runConcurrently. */
export interface ConcurrentRun {
  fn: string;
  args?: unknown[];
  opts?: RunOptions;
  /** Call as google.script.run would (name and JSON rules of runFromBrowser). */
  browser?: boolean;
}

/** Which execution gets the next step: 'round-robin', seeded random, or an explicit list. */
export type Schedule = 'round-robin' | { seed: number } | number[];

export type ServiceName =
  | 'spreadsheet'
  | 'ui'
  | 'properties'
  | 'lock'
  | 'cache'
  | 'mail'
  | 'script'
  | 'html'
  | 'session'
  | 'utilities'
  | 'logger';

/**
 * A per-call cost model of Apps Script, for estimates only: the default (host/latency.ts) is
 * calibrated against published measurements, each constant with its source; it is not a
 * measurement of this machine and not a guarantee.
 */
export interface LatencyModel {
  /** Cost of any call on the service, unless the method has its own figure. */
  base: Record<ServiceName, number>;
  /** Per-method figures, keyed 'Type.method' (e.g. 'Range.getValues') or 'method'. */
  methods: Record<string, number>;
  /** Extra cost per cell read by getValues/getDisplayValues/getFormulas/getNumberFormats. */
  perCellRead: number;
  /** Extra cost per cell written by setValues/setFormulas/setNumberFormats/appendRow. */
  perCellWrite: number;
}

/** A menu added with Ui.createMenu(...).addToUi() or Ui.createAddonMenu()...addToUi(). */
export interface RecordedMenu {
  title: string;
  /** True for createAddonMenu(). */
  addon: boolean;
  /**
   * Where the user finds it: createAddonMenu() "insert[s] a sub-menu into the editor's
   * Extensions menu", titled with the add-on's name; createMenu(caption) adds a menu of its
   * own to the menu bar (https://developers.google.com/apps-script/reference/base/ui).
   */
  location: 'Extensions' | 'menu bar';
  items: MenuEntry[];
}
export type MenuEntry =
  | { kind: 'item'; label: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: RecordedMenu };

/** A mail MailApp sent. */
export interface SentMail {
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  sentAt: Date;
}

/** A time spec of an installable clock trigger, as the builder set it. */
export interface TriggerTimeSpec {
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  everyWeeks?: number;
  onWeekDay?: string;
  atHour?: number;
  nearMinute?: number;
  onMonthDay?: number;
  inTimezone?: string;
  at?: Date;
}

export interface TriggerInfo {
  uniqueId: string;
  handler: string;
  owner: string;
  /** 'CLOCK' or 'ON_OPEN' / 'ON_EDIT' / 'ON_CHANGE' / 'ON_FORM_SUBMIT'. */
  eventType: string;
  source: 'CLOCK' | 'SPREADSHEETS';
  time?: TriggerTimeSpec;
  /** Next time a clock trigger is due (simulated clock). */
  nextDue?: Date;
}

/** Metadata of a sheet the host can inspect. */
export interface SheetMeta {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  /** A1 cell → rule. */
  validations: Record<
    string,
    { criteria: string; values: unknown[]; allowInvalid: boolean; helpText?: string }
  >;
  protections: { description: string; warningOnly: boolean; editors: string[]; range?: string }[];
  /** A1 cell → format, only cells with a format set. */
  numberFormats: Record<string, string>;
  notes: Record<string, string>;
  backgrounds: Record<string, string>;
  fontWeights: Record<string, string>;
  columnWidths: Record<number, number>;
}

/** The host's view of the spreadsheet. Nothing here is counted as a service call. */
export interface HostWorkbook {
  sheetNames(): string[];
  /** Values as getDataRange().getValues() would return them ([] for an empty sheet). */
  values(name: string): CellValue[][];
  formulas(name: string): string[][];
  /** Replaces a sheet's content (creates the sheet if absent), storing values as given. */
  setValues(name: string, values: CellValue[][]): void;
  sheetMeta(name: string): SheetMeta;
  toData(): WorkbookData;
}
