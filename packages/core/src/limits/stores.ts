import type { Redis } from 'ioredis';
import { ioredis } from '../lazy-modules.js';
import { TollgateConfigError } from '../errors.js';
import type { Duration } from '../policy/types.js';
import { durationSeconds } from '../policy/units.js';
import { MemoryLimitStore } from './memory-store.js';
import { redisClientOptions, RedisLimitStore } from './redis-store.js';

/** `createGate({ limits })`: where limit counters live and how long a store may take. */
export interface LimitStoreOptions {
  /**
   * Redis for counters shared by every instance: a URL or an ioredis client. @default none (memory only)
   * A client of your own should not set `commandTimeout`: `timeout` bounds each call, and a reservation that a
   * stalled Redis makes after ioredis gave up on it cannot be refunded.
   */
  redis?: string | Redis;
  /** Longest a Redis call may take; slower calls follow the rule's `failMode`. @default '250ms' */
  timeout?: Duration;
  /** Prefix of every Redis key. @default 'tg:' */
  keyPrefix?: string;
  /**
   * The key part every Redis counter of a request carries as hash tag, so all of them sit in one Redis Cluster
   * slot and one script can evaluate them. Each Redis rule's `by` must contain it or a finer part. @default 'tenant'
   */
  hashTag?: 'tenant' | 'principal' | 'ip';
  /** Most counters the memory store keeps; least recently used go first. @default 100000 */
  memoryMaxKeys?: number;
  /** An unsettled reservation is settled at its estimate after this long (concurrency slots freed). @default '10m' */
  reservationTimeout?: Duration;
}

/** The stores one gate uses, created once at start-up. */
export class LimitStores {
  readonly memory: MemoryLimitStore;
  /** Fallback for rules with `failMode: local` while Redis is unavailable. */
  readonly local: MemoryLimitStore;
  readonly redis: RedisLimitStore | undefined;
  readonly keyPrefix: string;
  readonly hashTag: 'tenant' | 'principal' | 'ip';
  readonly reservationMs: number;
  readonly #ownsClient: boolean;

  constructor(options: LimitStoreOptions = {}) {
    const where = 'createGate() limits';
    const timeoutMs = durationSeconds(options.timeout ?? '250ms') * 1000;
    if (!(timeoutMs > 0)) throw new TollgateConfigError('TG_OPTIONS_INVALID', 'limits.timeout must be a positive duration such as "250ms".', where);
    this.keyPrefix = options.keyPrefix ?? 'tg:';
    if (/[{}]/.test(this.keyPrefix)) {
      throw new TollgateConfigError('TG_OPTIONS_INVALID', 'limits.keyPrefix must not contain "{" or "}": Tollgate adds the hash tag itself.', where);
    }
    this.hashTag = options.hashTag ?? 'tenant';
    this.reservationMs = durationSeconds(options.reservationTimeout ?? '10m') * 1000;
    const maxKeys = options.memoryMaxKeys ?? 100_000;
    if (!Number.isInteger(maxKeys) || maxKeys < 1) throw new TollgateConfigError('TG_OPTIONS_INVALID', 'limits.memoryMaxKeys must be a positive integer.', where);
    this.memory = new MemoryLimitStore({ maxKeys });
    this.local = new MemoryLimitStore({ maxKeys });
    this.#ownsClient = typeof options.redis === 'string';
    if (options.redis !== undefined) {
      const client = typeof options.redis === 'string' ? new (ioredis().Redis)(options.redis, redisClientOptions()) : options.redis;
      // Connection errors surface per request through the fail mode; unhandled 'error' events would crash.
      if (this.#ownsClient) client.on('error', () => {});
      this.redis = new RedisLimitStore(client, { timeoutMs });
    }
  }

  /** Disconnects a Redis client the gate created (one passed in stays the caller's). */
  close(): void {
    if (this.#ownsClient) this.redis?.client.disconnect();
  }
}
