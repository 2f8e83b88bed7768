/**
 * Everything the simulated Google account and spreadsheet hold between executions: plain data
 * and the services' state models. It creates no service object (the wiring does).
 */
import { createHash } from 'node:crypto';
import type { LocalUser, WorkbookData } from '../types';
import type { CacheStore } from '../services/cache';
import { LockTable } from '../services/lock';
import { MailState } from '../services/mail';
import { WorkbookModel } from '../services/spreadsheet/model';
import type { TriggerModel } from '../services/triggers';
import { UiRecord } from '../services/ui';

/** The simulated clock. Only sleep, lock waits and the test move it. */
export class SimClock {
  constructor(private ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
  set(d: Date): void {
    this.ms = d.getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface StateOptions {
  workbook?: WorkbookData;
  users: LocalUser[];
  scriptTimeZone: string;
  mailDailyQuota: number;
  now: Date;
  htmlDir: string;
  oauthScopes: string[];
  addon?: boolean;
}

export class HostState {
  readonly clock: SimClock;
  readonly workbook: WorkbookModel;
  readonly users: LocalUser[];
  readonly scriptTimeZone: string;
  readonly htmlDir: string;
  readonly oauthScopes: string[];
  readonly scriptId: string;
  readonly addonName = 'Customer Pyramid';
  /** Published add-on rules for triggers (see RuntimeOptions.addon). */
  readonly addon: boolean;
  readonly scriptProperties = new Map<string, string>();
  readonly documentProperties = new Map<string, string>();
  private readonly userStores = new Map<string, Map<string, string>>();
  private readonly caches = new Map<string, CacheStore>();
  readonly locks = new LockTable();
  readonly triggers: TriggerModel[] = [];
  readonly mail: MailState;
  readonly ui = new UiRecord();

  constructor(options: StateOptions) {
    this.clock = new SimClock(options.now.getTime());
    const seed =
      JSON.stringify(options.workbook?.name ?? '') + options.users.map((u) => u.email).join();
    const id = createHash('sha256').update(seed).digest('base64url').slice(0, 44);
    this.workbook = WorkbookModel.fromData(options.workbook, id);
    this.scriptId = createHash('sha256').update(`script:${id}`).digest('base64url').slice(0, 57);
    this.users = options.users.map((u) => ({ ...u }));
    if (!this.users.some((u) => u.role === 'owner'))
      throw new Error('RuntimeOptions.users needs an owner');
    this.scriptTimeZone = options.scriptTimeZone;
    this.htmlDir = options.htmlDir;
    this.oauthScopes = options.oauthScopes;
    this.addon = options.addon ?? false;
    this.mail = new MailState(options.mailDailyQuota, () =>
      this.clock.now().toISOString().slice(0, 10),
    );
  }

  owner(): LocalUser {
    return this.users.find((u) => u.role === 'owner')!;
  }

  /** A known user by email (default: the first user). */
  userByEmail(email: string | undefined): LocalUser {
    if (email === undefined) return this.users[0]!;
    const user = this.users.find((u) => u.email === email);
    if (!user) throw new Error(`Unknown user ${email}: list them in RuntimeOptions.users`);
    return user;
  }

  userProperties(email: string): Map<string, string> {
    let store = this.userStores.get(email);
    if (!store) this.userStores.set(email, (store = new Map()));
    return store;
  }

  cacheStore(key: string): CacheStore {
    let store = this.caches.get(key);
    if (!store) this.caches.set(key, (store = new Map()));
    return store;
  }

  evictCaches(): void {
    for (const c of this.caches.values()) c.clear();
  }
}
