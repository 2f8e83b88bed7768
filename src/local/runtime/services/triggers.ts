/** ScriptApp: installable triggers (time-driven and spreadsheet), auth info and enums. */
import { randomInt } from 'node:crypto';
import {
  AUTHORIZATION_REQUIRED,
  hasGranted,
  scope,
  ServiceObject,
  type Like,
  type ServiceContext,
} from './service-object';
import type { TriggerInfo, TriggerTimeSpec } from '../types';
import { zonedParts, zonedToUtc } from './zoned-time';

export const MAX_TRIGGERS_PER_USER = 20;
const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const enumOf = (names: string[]): Record<string, string> =>
  Object.fromEntries(names.map((n) => [n, n]));

/** A stored trigger. */
export interface TriggerModel extends Omit<TriggerInfo, 'nextDue'> {
  createdAt: number;
  nextDue?: number;
}

/**
 * The first instant after `after` at which a clock trigger fires. Apps Script picks a time
 * within the hour for atHour triggers; here they fire at atHour:nearMinute (default :00).
 */
export function nextDue(t: TriggerModel, after: number, defaultZone: string): number | undefined {
  const s = t.time ?? {};
  if (s.at) return s.at.getTime() > after ? s.at.getTime() : undefined;
  if (s.everyMinutes || s.everyHours) {
    const step = (s.everyMinutes ?? 0) * 60000 + (s.everyHours ?? 0) * 3600000;
    const k = Math.floor((after - t.createdAt) / step) + 1;
    return t.createdAt + Math.max(1, k) * step;
  }
  const zone = s.inTimezone ?? defaultZone;
  const created = zonedParts(t.createdAt, zone);
  const hour = s.atHour ?? created.hour;
  const minute = s.nearMinute ?? (s.atHour !== undefined ? 0 : created.minute);
  const start = zonedParts(after, zone);
  const createdDay = Date.UTC(created.year, created.month - 1, created.day) / 86400000;
  for (let i = 0; i < 800; i++) {
    const dayUtc = Date.UTC(start.year, start.month - 1, start.day + i);
    const d = new Date(dayUtc);
    const weekday = ((d.getUTCDay() + 6) % 7) + 1;
    const dayNo = dayUtc / 86400000 - createdDay;
    let ok: boolean;
    if (s.onMonthDay) ok = d.getUTCDate() === s.onMonthDay;
    else if (s.onWeekDay || s.everyWeeks) {
      const wd = s.onWeekDay ? WEEK_DAYS.indexOf(s.onWeekDay) + 1 : created.weekday;
      ok = weekday === wd && Math.floor(dayNo / 7) % (s.everyWeeks ?? 1) === 0;
    } else ok = dayNo % (s.everyDays ?? 1) === 0;
    if (!ok) continue;
    const at = zonedToUtc(
      zone,
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      hour,
      minute,
    );
    if (at > after) return at;
  }
  return undefined;
}

/** The script project as ScriptApp sees it: its triggers and what decides their rules. */
export interface ScriptProject {
  /** Every installable trigger of the project, of every user. */
  readonly triggers: TriggerModel[];
  readonly scriptId: string;
  readonly scriptTimeZone: string;
  readonly oauthScopes: readonly string[];
  /** Apply a published add-on's trigger rules (see RuntimeOptions.addon). */
  readonly addon: boolean;
  /** The container spreadsheet's id: the source of spreadsheet triggers. */
  readonly documentId: string;
}

export class TriggerImpl
  extends ServiceObject
  implements Like<GoogleAppsScript.Script.Trigger, 'getHandlerFunction' | 'getUniqueId'>
{
  readonly typeName = 'Trigger';
  readonly service = 'script' as const;
  constructor(
    host: ServiceContext,
    private readonly project: ScriptProject,
    readonly model: TriggerModel,
  ) {
    super(host);
  }
  getHandlerFunction(): string {
    return this.model.handler;
  }
  getUniqueId(): string {
    return this.model.uniqueId;
  }
  getEventType(): string {
    return this.model.eventType;
  }
  getTriggerSource(): string {
    return this.model.source;
  }
  getTriggerSourceId(): string | null {
    return this.model.source === 'SPREADSHEETS' ? this.project.documentId : null;
  }
}

class TriggerFactory {
  static create(
    host: ServiceContext,
    project: ScriptProject,
    model: Omit<TriggerModel, 'uniqueId' | 'owner' | 'createdAt'>,
  ): TriggerImpl {
    const owner = host.exec.effectiveUser.email;
    const mine = project.triggers.filter((t) => t.owner === owner);
    // A published add-on may run a time-driven trigger at most hourly and have one per user per
    // document (Apps Script's add-on trigger rules); the wording of these two messages is ours.
    if (project.addon && model.source === 'CLOCK') {
      if (model.time?.everyMinutes)
        throw new Error(
          'Add-ons can only create time-based triggers that run at most once per hour.',
        );
      if (mine.some((t) => t.source === 'CLOCK'))
        throw new Error(
          'This add-on has created too many time-based triggers in this document for this Google user account.',
        );
    }
    if (mine.length >= MAX_TRIGGERS_PER_USER)
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    const t: TriggerModel = {
      ...model,
      uniqueId: String(randomInt(1_000_000_000, 9_999_999_999)),
      owner,
      createdAt: host.nowMs(),
    };
    if (t.source === 'CLOCK') t.nextDue = nextDue(t, t.createdAt, project.scriptTimeZone);
    project.triggers.push(t);
    return new TriggerImpl(host, project, t);
  }
}

export class ClockTriggerBuilderImpl extends ServiceObject {
  readonly typeName = 'ClockTriggerBuilder';
  readonly service = 'script' as const;
  private readonly spec: TriggerTimeSpec = {};
  constructor(
    host: ServiceContext,
    private readonly project: ScriptProject,
    private readonly handler: string,
  ) {
    super(host);
  }
  private _positive(n: number, what: string): number {
    if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: ${what}`);
    return n;
  }
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n))
      throw new Error('The value you passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this.spec.everyMinutes = n;
    return this;
  }
  everyHours(n: number): this {
    this.spec.everyHours = this._positive(n, 'hours');
    return this;
  }
  everyDays(n: number): this {
    this.spec.everyDays = this._positive(n, 'days');
    return this;
  }
  everyWeeks(n: number): this {
    this.spec.everyWeeks = this._positive(n, 'weeks');
    return this;
  }
  onWeekDay(day: string): this {
    if (!WEEK_DAYS.includes(String(day))) throw new Error('Invalid argument: day');
    this.spec.onWeekDay = String(day);
    return this;
  }
  atHour(hour: number): this {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error('Invalid argument: hour');
    this.spec.atHour = hour;
    return this;
  }
  nearMinute(minute: number): this {
    if (!Number.isInteger(minute) || minute < 0 || minute > 59)
      throw new Error('Invalid argument: minute');
    this.spec.nearMinute = minute;
    return this;
  }
  onMonthDay(day: number): this {
    if (!Number.isInteger(day) || day < 1 || day > 31) throw new Error('Invalid argument: day');
    this.spec.onMonthDay = day;
    return this;
  }
  inTimezone(timezone: string): this {
    zonedParts(0, String(timezone));
    this.spec.inTimezone = String(timezone);
    return this;
  }
  at(date: Date): this {
    this.spec.at = new Date(date.getTime());
    return this;
  }
  after(durationMilliseconds: number): this {
    this.spec.at = new Date(this.host.nowMs() + durationMilliseconds);
    return this;
  }
  create(): TriggerImpl {
    const s = this.spec;
    if (
      !s.at &&
      !s.everyMinutes &&
      !s.everyHours &&
      !s.everyDays &&
      !s.everyWeeks &&
      !s.onWeekDay &&
      !s.onMonthDay
    )
      throw new Error(
        'The trigger needs a schedule: call everyHours, everyDays, everyWeeks, onWeekDay, onMonthDay, at or after.',
      );
    if (s.atHour !== undefined && (s.everyMinutes || s.everyHours))
      throw new Error(
        'atHour can only be used with everyDays, everyWeeks, onWeekDay or onMonthDay.',
      );
    return TriggerFactory.create(this.host, this.project, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      time: { ...s },
    });
  }
}

export class SpreadsheetTriggerBuilderImpl extends ServiceObject {
  readonly typeName = 'SpreadsheetTriggerBuilder';
  readonly service = 'script' as const;
  private eventType = '';
  constructor(
    host: ServiceContext,
    private readonly project: ScriptProject,
    private readonly handler: string,
  ) {
    super(host);
  }
  onOpen(): this {
    this.eventType = 'ON_OPEN';
    return this;
  }
  onEdit(): this {
    this.eventType = 'ON_EDIT';
    return this;
  }
  onChange(): this {
    this.eventType = 'ON_CHANGE';
    return this;
  }
  onFormSubmit(): this {
    this.eventType = 'ON_FORM_SUBMIT';
    return this;
  }
  create(): TriggerImpl {
    if (!this.eventType)
      throw new Error('The trigger needs an event: call onOpen, onEdit, onChange or onFormSubmit.');
    return TriggerFactory.create(this.host, this.project, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
    });
  }
}

export class TriggerBuilderImpl extends ServiceObject {
  readonly typeName = 'TriggerBuilder';
  readonly service = 'script' as const;
  constructor(
    host: ServiceContext,
    private readonly project: ScriptProject,
    private readonly handler: string,
  ) {
    super(host);
  }
  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this.host, this.project, this.handler);
  }
  forSpreadsheet(_sheet: unknown): SpreadsheetTriggerBuilderImpl {
    return new SpreadsheetTriggerBuilderImpl(this.host, this.project, this.handler);
  }
}

/**
 * What the user granted (https://developers.google.com/apps-script/reference/script/authorization-info):
 * REQUIRED while any of the asked scopes (default: every scope of the manifest) is missing,
 * with a URL to grant them; getAuthorizedScopes lists the granted ones among those asked.
 */
export class AuthorizationInfoImpl extends ServiceObject {
  readonly typeName = 'AuthorizationInfo';
  readonly service = 'script' as const;
  constructor(
    host: ServiceContext,
    private readonly asked: readonly string[],
    private readonly granted: (scopeUrl: string) => boolean,
    private readonly scriptId: string,
  ) {
    super(host);
  }
  private _missing(): string[] {
    return this.asked.filter((s) => !this.granted(s));
  }
  getAuthorizationStatus(): string {
    return this._missing().length > 0 ? 'REQUIRED' : 'NOT_REQUIRED';
  }
  getAuthorizationUrl(): string | null {
    return this._missing().length > 0
      ? `https://script.google.com/macros/d/${this.scriptId}/authorize`
      : null;
  }
  getAuthorizedScopes(): string[] {
    return this.asked.filter((s) => this.granted(s));
  }
}

export class ScriptAppImpl extends ServiceObject {
  static override constants = {
    AuthMode: enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']),
    AuthorizationStatus: enumOf(['REQUIRED', 'NOT_REQUIRED']),
    WeekDay: enumOf(WEEK_DAYS),
    EventType: enumOf([
      'CLOCK',
      'ON_OPEN',
      'ON_EDIT',
      'ON_FORM_SUBMIT',
      'ON_CHANGE',
      'ON_EVENT_UPDATED',
    ]),
    TriggerSource: enumOf(['SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR']),
  };
  static override needsFullAuth = [
    'newTrigger',
    'getProjectTriggers',
    'deleteTrigger',
    'getUserTriggers',
    'getOAuthToken',
  ];
  /** script-app#newTrigger(String) and friends: "Authorization: script.scriptapp". */
  static override scopes = Object.fromEntries(
    ['newTrigger', 'getProjectTriggers', 'deleteTrigger', 'getUserTriggers'].map((m) => [
      m,
      scope('script.scriptapp'),
    ]),
  );
  static override needsAuth = [
    'newTrigger',
    'getProjectTriggers',
    'deleteTrigger',
    'getUserTriggers',
    'getOAuthToken',
  ];
  readonly typeName = 'ScriptApp';
  readonly service = 'script' as const;
  constructor(
    host: ServiceContext,
    private readonly project: ScriptProject,
  ) {
    super(host);
  }

  newTrigger(functionName: string): TriggerBuilderImpl {
    return new TriggerBuilderImpl(this.host, this.project, String(functionName));
  }
  /** The current user's triggers of this project only (as in Apps Script). */
  getProjectTriggers(): TriggerImpl[] {
    const me = this.host.exec.effectiveUser.email;
    return this.project.triggers
      .filter((t) => t.owner === me)
      .map((t) => new TriggerImpl(this.host, this.project, t));
  }
  getUserTriggers(_document: unknown): TriggerImpl[] {
    return this.getProjectTriggers().filter((t) => t.model.source === 'SPREADSHEETS');
  }
  deleteTrigger(trigger: TriggerImpl): void {
    const list = this.project.triggers;
    const i = list.findIndex(
      (t) =>
        t.uniqueId === trigger.model.uniqueId && t.owner === this.host.exec.effectiveUser.email,
    );
    if (i < 0) throw new Error('Trigger not found');
    list.splice(i, 1);
  }
  /** script-app#getAuthorizationInfo(AuthMode, String): for the given scopes, or all of the manifest's. */
  getAuthorizationInfo(_authMode: string, oAuthScopes?: string[]): AuthorizationInfoImpl {
    return new AuthorizationInfoImpl(
      this.host,
      oAuthScopes ? oAuthScopes.map(String) : this.project.oauthScopes,
      (s) => this._granted(s),
      this.project.scriptId,
    );
  }
  private _granted(scopeUrl: string): boolean {
    return hasGranted(this.host.exec.effectiveUser, this.project.oauthScopes, scopeUrl);
  }
  /**
   * script-app#requireScopes(AuthMode, String): "Validates if the user has granted consent for
   * the requested scopes"; when not, the execution ends (Google then shows the consent prompt
   * in the editor). Here it throws Apps Script's authorization error.
   */
  requireScopes(_authMode: string, oAuthScopes: string[]): void {
    if (oAuthScopes.some((s) => !this._granted(String(s)))) throw new Error(AUTHORIZATION_REQUIRED);
  }
  /** script-app#requireAllScopes(AuthMode): requireScopes for every scope of the manifest. */
  requireAllScopes(authMode: string): void {
    this.requireScopes(authMode, [...this.project.oauthScopes]);
  }
  getScriptId(): string {
    return this.project.scriptId;
  }
}
