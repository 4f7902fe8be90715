import type { Redis } from 'ioredis';
import { ioredis } from '../../lazy-modules.js';
import { definitionValidator } from '../../policy/load.js';
import type { ApiKeyRecord } from '../../policy/types.js';
import { idPart, keyIdOf, LastUsed, prepareKey, verifyKey, type KeyCheck, type KeyStore, type StoredKey } from '../api-keys.js';

export interface RedisKeyStoreOptions {
  /** `redis://...`, or an ioredis client to share (then `close()` leaves it open). */
  redis: string | Redis;
  /** Prefix of Tollgate's Redis keys. @default 'tollgate:' */
  prefix?: string;
  /** How long a record read from Redis is trusted; a revocation reaches other instances within this. @default 5000 */
  cacheTtlMs?: number;
  /** Most records cached at once (unknown ids are cached too, so a flood of random ids cannot grow it). @default 10000 */
  maxCached?: number;
  /** How long one Redis command may take before the request fails closed with 503. @default 1000 */
  commandTimeoutMs?: number;
  /** Told about records that fail validation and about failed last-used writes. */
  onError?: (error: Error) => void;
}

/** Redis could not answer: the auth stage fails closed with 503 rather than allowing or blaming the key. */
export class KeyStoreUnavailableError extends Error {
  override readonly name = 'KeyStoreUnavailableError';
}

/** The Redis names used under a prefix: key records by id, and their coalesced last-used times. */
export const redisNames = (prefix: string) => ({ keys: `${prefix}keys`, lastUsed: `${prefix}last-used` });

export function connectRedis(url: string, commandTimeoutMs = 1000): Redis {
  // One retry and a command timeout: a request never waits long on a Redis that is away. Lazy: a gate whose
  // start-up fails after the store was made never opens a connection that would keep the process alive.
  return new (ioredis().Redis)(url, { commandTimeout: commandTimeoutMs, maxRetriesPerRequest: 1, enableAutoPipelining: true, lazyConnect: true });
}

interface Cached {
  readonly stored: StoredKey | undefined;
  readonly until: number;
}

/**
 * Keys shared by every instance, in one Redis hash. Each instance caches what it read for `cacheTtlMs`, so
 * a cache hit is answered synchronously with no round trip.
 */
export class RedisKeyStore implements KeyStore {
  readonly redis: Redis;
  readonly #names: ReturnType<typeof redisNames>;
  readonly #ownsClient: boolean;
  readonly #ttl: number;
  readonly #max: number;
  readonly #cache = new Map<string, Cached>();
  readonly #inflight = new Map<string, Promise<StoredKey | undefined>>();
  readonly #lastUsed = new LastUsed();
  readonly #onError: ((error: Error) => void) | undefined;
  readonly #valid = definitionValidator('apiKey');

  constructor(options: RedisKeyStoreOptions) {
    this.#ownsClient = typeof options.redis === 'string';
    this.redis = typeof options.redis === 'string' ? connectRedis(options.redis, options.commandTimeoutMs) : options.redis;
    // ioredis emits connection errors as events; without a listener Node would treat them as fatal.
    if (this.#ownsClient) this.redis.on('error', () => {});
    this.#names = redisNames(options.prefix ?? 'tollgate:');
    this.#ttl = options.cacheTtlMs ?? 5000;
    this.#max = options.maxCached ?? 10_000;
    this.#onError = options.onError;
  }

  get size(): undefined {
    return undefined;
  }

  check(key: string): KeyCheck | Promise<KeyCheck> {
    const now = Date.now();
    // The cache holds well-formed ids only, so the cheap idPart() finds them; the full format is checked before
    // anything is asked of Redis.
    const part = idPart(key);
    const cached = part === undefined ? undefined : this.#cache.get(part);
    if (cached && cached.until > now) return this.#verified(key, cached.stored, now);
    const id = keyIdOf(key);
    if (id === undefined) return verifyKey(key, undefined, now);
    return this.#load(id).then((stored) => this.#verified(key, stored, Date.now()));
  }

  lastUsed(id: string): number | undefined {
    return this.#lastUsed.get(id);
  }

  /** Forgets cached records, e.g. after this process changed them. */
  clearCache(): void {
    this.#cache.clear();
  }

  async close(): Promise<void> {
    if (this.#ownsClient) this.redis.disconnect();
  }

  #verified(key: string, stored: StoredKey | undefined, now: number): KeyCheck {
    const result = verifyKey(key, stored, now);
    if (result.ok && this.#lastUsed.touchKey(stored as StoredKey, now)) {
      this.redis.hset(this.#names.lastUsed, result.record.id, new Date(now).toISOString()).catch((err: Error) => this.#onError?.(err));
    }
    return result;
  }

  /** One Redis read per id at a time, however many requests miss the cache together. */
  #load(id: string): Promise<StoredKey | undefined> {
    let pending = this.#inflight.get(id);
    if (!pending) {
      pending = this.redis.hget(this.#names.keys, id).then(
        (json) => {
          this.#inflight.delete(id);
          const stored = json === null ? undefined : this.#parse(id, json);
          if (this.#cache.size >= this.#max) this.#cache.delete(this.#cache.keys().next().value as string);
          this.#cache.set(id, { stored, until: Date.now() + this.#ttl });
          return stored;
        },
        (err: Error) => {
          this.#inflight.delete(id);
          throw new KeyStoreUnavailableError(`the Redis key store did not answer: ${err.message}`);
        },
      );
      this.#inflight.set(id, pending);
    }
    return pending;
  }

  #parse(id: string, json: string): StoredKey | undefined {
    try {
      const record = JSON.parse(json) as unknown;
      if (this.#valid(record) && (record as ApiKeyRecord).id === id) return prepareKey(record as ApiKeyRecord);
    } catch {
      // fall through: reported below
    }
    this.#onError?.(new Error(`the Redis key record ${id} is not a valid key record; it is treated as unknown.`));
    return undefined;
  }
}
