/**
 * The base of every fake Apps Script object, and the little a fake may ask of the host that
 * answers its calls (ServiceContext). Services depend on this file and on their own state
 * models only; the host and the wiring depend on them, never the other way round.
 */
import type { LocalUser, ServiceName } from '../types';

/** Why an execution runs: it changes what Apps Script allows (e.g. no Ui in a trigger). */
export type ExecutionKind = 'run' | 'browser' | 'trigger';

/** What a service sees of the execution whose call it is answering. */
export interface CallingExecution {
  readonly id: number;
  readonly kind: ExecutionKind;
  /** Who is at the keyboard (Session.getActiveUser). */
  readonly user: LocalUser;
  /** Whose authority the code runs with (the trigger's owner for triggers). */
  readonly effectiveUser: LocalUser;
  /** The execution's authorization mode. */
  readonly authMode: 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';
  /** Logger.log and console.* lines. */
  readonly logs: string[];
  /** Keys of the locks this execution has taken. */
  readonly lockKeys: Set<string>;
  /** True while run by the concurrent scheduler (lock waits are simulated there). */
  readonly concurrent: boolean;
}

/** What every service object may ask of the host. */
export interface ServiceContext {
  /** The execution whose call is being answered (throws when none is running). */
  readonly exec: CallingExecution;
  /** The simulated clock's now, in ms since the epoch. */
  nowMs(): number;
  /** Simulated time that passes inside the current execution (sleep, lock waits). */
  wait(ms: number): void;
  /** Records cells moved by the current call, for the latency estimate. */
  noteCells(read: number, written: number): void;
}

/**
 * Base of every fake Apps Script object. Its public methods (prototype methods whose names do
 * not start with '_') are exactly what the bundle can call; the host routes every such call
 * through Host.call, which counts it and applies auth checks, faults and time budgets.
 */
export abstract class ServiceObject {
  /** Apps Script's class name, e.g. 'Range'. */
  abstract readonly typeName: string;
  /** The service the call is counted under. */
  abstract readonly service: ServiceName;
  /** Methods that change the document: refused to viewers and in custom functions. */
  static writes: readonly string[] = [];
  /** Methods that need authorisation: refused in custom functions (AuthMode.CUSTOM_FUNCTION). */
  static needsAuth: readonly string[] = [];
  /** Methods that need full authorisation: refused in simple triggers (AuthMode.LIMITED) too. */
  static needsFullAuth: readonly string[] = [];
  /**
   * The OAuth scope a method needs (method name → scope URL; '*' for every method). A user who
   * did not grant it gets Apps Script's authorization error (see Host.checkPermission).
   */
  static scopes: Readonly<Record<string, string>> = {};
  /** Enum-like constants the object exposes as properties (e.g. ScriptApp.WeekDay). */
  static constants: Readonly<Record<string, unknown>> = {};

  constructor(protected readonly host: ServiceContext) {}
}

type ServiceClass = typeof ServiceObject;

const methodCache = new Map<object, Set<string>>();

/** The callable Apps Script methods of an object. */
export function methodsOf(obj: ServiceObject): Set<string> {
  const proto = Object.getPrototypeOf(obj) as object;
  let names = methodCache.get(proto);
  if (!names) {
    names = new Set();
    for (
      let p: object | null = proto;
      p && p !== ServiceObject.prototype;
      p = Object.getPrototypeOf(p)
    ) {
      for (const name of Object.getOwnPropertyNames(p)) {
        if (name === 'constructor' || name.startsWith('_')) continue;
        if (typeof (p as Record<string, unknown>)[name] === 'function') names.add(name);
      }
    }
    methodCache.set(proto, names);
  }
  return names;
}

/** The class statics (policy, constants) of an object. */
export function classOf(obj: ServiceObject): ServiceClass {
  return obj.constructor as ServiceClass;
}

/** Apps Script's message when the user has not granted a scope the call needs. */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

/** The full URL of an OAuth scope, e.g. scope('script.send_mail'). */
export const scope = (name: string): string => `https://www.googleapis.com/auth/${name}`;

/**
 * Whether `user` granted `scopeUrl`: their own list, or every scope the manifest asks for. A
 * project without explicit scopes has them detected by Apps Script: all are granted.
 */
export function hasGranted(
  user: LocalUser,
  manifest: readonly string[],
  scopeUrl: string,
): boolean {
  return manifest.length === 0 || (user.grantedScopes ?? manifest).includes(scopeUrl);
}

/** Apps Script's message for a service a custom function may not use. */
export function noPermission(what: string): Error {
  return new Error(`You do not have permission to call ${what}`);
}

/**
 * Checks a method call against the types' parameter signatures of @types/google-apps-script
 * without requiring our fakes to return the full Apps Script object types: object-valued
 * results are our own fakes, plain results must match Apps Script's.
 */
export type Like<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R
    ? (
        ...args: A
      ) => R extends string | number | boolean | void | null | Date | unknown[][] ? R : unknown
    : never;
};
