/** CacheService: entries expire on the simulated clock and may be evicted at any time. */
import { ServiceObject, type Like, type ServiceContext } from './service-object';

export type CacheStore = Map<string, { value: string; expires: number }>;

/** The cache store of a key: 'script', 'document' or 'user:<email>'. */
export type CacheStores = (key: string) => CacheStore;

const MAX_TTL_SECONDS = 21600;
const MAX_VALUE_BYTES = 100 * 1024;

export class CacheImpl
  extends ServiceObject
  implements
    Like<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'>
{
  readonly typeName = 'Cache';
  readonly service = 'cache' as const;
  constructor(
    host: ServiceContext,
    private readonly store: CacheStore,
  ) {
    super(host);
  }

  private _now(): number {
    return this.host.nowMs();
  }
  private _get(key: string): string | null {
    const e = this.store.get(String(key));
    if (!e) return null;
    if (e.expires <= this._now()) {
      this.store.delete(String(key));
      return null;
    }
    return e.value;
  }
  private _put(key: string, value: unknown, ttl = 600): void {
    const k = String(key);
    const v = String(value);
    if (k.length > 250) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v) > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    const seconds = Math.min(Math.max(1, Number(ttl)), MAX_TTL_SECONDS);
    this.store.set(k, { value: v, expires: this._now() + seconds * 1000 });
  }

  get(key: string): string | null {
    return this._get(key);
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  put(key: string, value: string, expirationInSeconds?: number): void {
    this._put(key, value, expirationInSeconds);
  }
  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values)) this._put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.store.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.store.delete(String(k));
  }
}

export class CacheServiceImpl extends ServiceObject {
  readonly typeName = 'CacheService';
  readonly service = 'cache' as const;
  constructor(
    host: ServiceContext,
    private readonly stores: CacheStores,
  ) {
    super(host);
  }
  getScriptCache(): CacheImpl {
    return new CacheImpl(this.host, this.stores('script'));
  }
  getDocumentCache(): CacheImpl {
    return new CacheImpl(this.host, this.stores('document'));
  }
  getUserCache(): CacheImpl {
    return new CacheImpl(this.host, this.stores(`user:${this.host.exec.effectiveUser.email}`));
  }
}
