/** PropertiesService: script, document and per-user stores of strings. */
import { ServiceObject, type Like, type ServiceContext } from './service-object';

/** Apps Script's limits: 9 KB per value, 500 KB per store. */
export const MAX_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

/** The stores behind PropertiesService: one per script, per document and per user. */
export interface PropertyStores {
  readonly script: Map<string, string>;
  readonly document: Map<string, string>;
  user(email: string): Map<string, string>;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class PropertiesImpl
  extends ServiceObject
  implements
    Like<
      GoogleAppsScript.Properties.Properties,
      | 'getProperty'
      | 'getProperties'
      | 'getKeys'
      | 'setProperty'
      | 'setProperties'
      | 'deleteProperty'
      | 'deleteAllProperties'
    >
{
  static override writes = [];
  static override needsAuth = [
    'setProperty',
    'setProperties',
    'deleteProperty',
    'deleteAllProperties',
  ];
  readonly typeName = 'Properties';
  readonly service = 'properties' as const;
  constructor(
    host: ServiceContext,
    private readonly store: Map<string, string>,
  ) {
    super(host);
  }

  private _checkSize(next: Map<string, string>): void {
    let total = 0;
    for (const [k, v] of next) {
      if (bytes(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
      total += bytes(k) + bytes(v);
    }
    if (total > MAX_STORE_BYTES)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
  }

  private _commit(next: Map<string, string>): void {
    this._checkSize(next);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  /** Values are stored as strings: a number set is read back as its string. */
  setProperty(key: string, value: unknown): this {
    const next = new Map(this.store);
    next.set(String(key), String(value));
    this._commit(next);
    return this;
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    const next = deleteAllOthers ? new Map<string, string>() : new Map(this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    this._commit(next);
    return this;
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

export class PropertiesServiceImpl extends ServiceObject {
  readonly typeName = 'PropertiesService';
  readonly service = 'properties' as const;
  constructor(
    host: ServiceContext,
    private readonly stores: PropertyStores,
  ) {
    super(host);
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(this.host, this.stores.script);
  }
  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this.host, this.stores.document);
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(this.host, this.stores.user(this.host.exec.effectiveUser.email));
  }
}
