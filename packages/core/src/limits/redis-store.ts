import { createHash } from 'node:crypto';
import type { Redis, RedisOptions } from 'ioredis';
import { LIMITS_SCRIPT } from './redis-script.js';
import { StoreUnavailableError, type AdjustOp, type LimitOp, type LimitStore, type OpResult, type Outcome } from './store.js';

const SHA = createHash('sha1').update(LIMITS_SCRIPT).digest('hex');

export interface RedisStoreOptions {
  /** Longest a store call may take before the rule's fail mode applies. @default 250 */
  timeoutMs?: number;
  /** Tests only: a fixed clock (ms) passed to the script instead of Redis `TIME`. */
  now?: () => number;
}

/**
 * Options for clients Tollgate creates: fail fast while disconnected (no request waits for a reconnect). No
 * `commandTimeout`: the store bounds each wait with its own timer (`timeoutMs`), and a command ioredis gave up
 * on would still run when a stalled Redis wakes, with its answer dropped: the store could not refund it.
 */
export function redisClientOptions(): RedisOptions {
  return {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Keep trying in the background so service resumes without a restart once Redis is back.
    retryStrategy: (times) => Math.min(times * 100, 1000),
  };
}

/**
 * Limits on Redis: every request is ONE EVALSHA (EVAL once after NOSCRIPT) whatever the number of its limits.
 * A call slower than the timeout, or made while disconnected, throws StoreUnavailableError.
 */
export class RedisLimitStore implements LimitStore {
  readonly #timeoutMs: number;
  readonly #now: (() => number) | undefined;

  constructor(readonly client: Redis, options: RedisStoreOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? 250;
    this.#now = options.now;
  }

  async reserve(ops: readonly LimitOp[], member: string): Promise<Outcome> {
    const keys: string[] = [];
    const args: (string | number)[] = ['r', this.#now ? this.#now() : '', member, ops.length];
    for (const op of ops) {
      keys.push(op.key, op.key + ':w');
      const b = op.bounds;
      args.push(op.algorithm, op.limit, op.windowMs, op.cost, b ? b[0] : '', b ? b[1] : '', b ? b[2] : '');
    }
    const sent = this.#eval(keys, args);
    let reply: number[];
    try {
      reply = (await this.#within(sent)) as number[];
    } catch (err) {
      // Answered per the fail mode, but a stalled Redis still runs the script once it wakes: whatever it then
      // reserved is given back, so requests that did not pass leave no trace in the caller's quota.
      sent.then((late) => this.#refund(ops, member, late as number[]), () => {});
      throw err;
    }
    const results: OpResult[] = [];
    for (let i = 0; i < ops.length; i++) {
      const o = 1 + i * 4;
      results.push({ allowed: reply[o] === 1, remaining: reply[o + 1] as number, resetMs: reply[o + 2] as number, period: reply[o + 3] as number });
    }
    return { allowed: reply[0] === 1, results };
  }

  async adjust(ops: readonly AdjustOp[], member: string): Promise<void> {
    if (ops.length === 0) return;
    const keys: string[] = [];
    const args: (string | number)[] = ['a', this.#now ? this.#now() : '', member, ops.length];
    for (const op of ops) {
      keys.push(op.key, op.key + ':w');
      args.push(op.algorithm, op.limit, op.windowMs, op.cost, op.delta, op.period, '');
    }
    await this.#within(this.#eval(keys, args));
  }

  /** Undoes a reservation Redis made after the caller stopped waiting for it. */
  #refund(ops: readonly LimitOp[], member: string, reply: number[]): void {
    if (reply[0] !== 1) return;
    const undo: AdjustOp[] = ops.map((op, i) => ({ ...op, delta: -op.cost, period: reply[4 + i * 4] as number }));
    this.adjust(undo, member).catch(() => {});
  }

  async #within(pending: Promise<unknown>): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    // Our own timer, not ioredis's commandTimeout: see redisClientOptions().
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailableError(`Redis did not answer within ${this.#timeoutMs} ms`)), this.#timeoutMs);
    });
    try {
      return await Promise.race([pending, timeout]);
    } catch (err) {
      throw err instanceof StoreUnavailableError ? err : new StoreUnavailableError(err instanceof Error ? err.message : String(err));
    } finally {
      clearTimeout(timer);
    }
  }

  async #eval(keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await this.client.evalsha(SHA, keys.length, ...keys, ...args);
    } catch (err) {
      // The script cache is empty after a restart or failover: send the source once, then EVALSHA again.
      if (err instanceof Error && err.message.startsWith('NOSCRIPT')) return this.client.eval(LIMITS_SCRIPT, keys.length, ...keys, ...args);
      throw err;
    }
  }
}
