import type { LRUCache } from 'lru-cache';
import { growingLru } from '../lru.js';
import type { AdjustOp, LimitOp, LimitStore, OpResult, Outcome } from './store.js';

interface Fixed { readonly a: 'fixed'; p: number; c: number }
interface LogEntry { readonly t: number; cost: number; readonly m: string }
interface Sliding { readonly a: 'sliding'; log: LogEntry[]; sum: number }
interface Bucket { readonly a: 'bucket'; tokens: number; ts: number }
interface Concurrency { readonly a: 'concurrency'; leases: Map<string, number> }
type State = Fixed | Sliding | Bucket | Concurrency;

export interface MemoryStoreOptions {
  /** Most counters kept; the least recently used go first, so a flood of distinct keys stays bounded. @default 100_000 */
  maxKeys?: number;
  /** Clock in ms; tests inject one. @default Date.now */
  now?: () => number;
}

/**
 * The in-memory twin of the Redis script (redis-script.ts): the same algorithms, step for step, so both pass
 * the same property tests. Reservations are atomic because each runs synchronously to completion.
 */
export class MemoryLimitStore implements LimitStore {
  readonly #states: LRUCache<string, State>;
  readonly #now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.#states = growingLru<string, State>(options.maxKeys ?? 100_000);
    this.#now = options.now ?? Date.now;
  }

  /** Counters currently held (bounded by `maxKeys`). */
  get size(): number {
    return this.#states.size;
  }

  reserve(ops: readonly LimitOp[], member: string): Promise<Outcome> {
    return Promise.resolve(this.reserveNow(ops, member, this.#now()));
  }

  adjust(ops: readonly AdjustOp[], member: string): Promise<void> {
    this.adjustNow(ops, member, this.#now());
    return Promise.resolve();
  }

  /** Synchronous reservation at a given instant: check every op, then apply all or none. */
  reserveNow(ops: readonly LimitOp[], member: string, now: number): Outcome {
    const results: OpResult[] = [];
    let allowed = true;
    for (const op of ops) {
      const r = this.#check(op, now);
      results.push(r);
      if (!r.allowed) allowed = false;
    }
    if (allowed) ops.forEach((op, i) => this.#apply(op, member, now, (results[i] as OpResult).period));
    else for (let i = 0; i < results.length; i++) results[i] = asDenied(results[i] as OpResult, ops[i] as LimitOp);
    return { allowed, results };
  }

  adjustNow(ops: readonly AdjustOp[], member: string, now: number): void {
    for (const op of ops) {
      const s = this.#states.peek(op.key);
      if (!s || s.a !== op.algorithm) continue;
      switch (s.a) {
        case 'fixed':
          if (s.p === op.period) s.c = Math.max(0, s.c + op.delta);
          break;
        case 'sliding': {
          const e = s.log.find((x) => x.m === member);
          if (e) {
            const cost = Math.max(0, e.cost + op.delta);
            s.sum += cost - e.cost;
            e.cost = cost;
          }
          break;
        }
        case 'bucket': {
          const rate = op.limit / op.windowMs;
          const tokens = Math.min(op.limit, s.tokens + Math.max(0, now - s.ts) * rate);
          s.tokens = Math.min(op.limit, tokens - op.delta);
          s.ts = now;
          break;
        }
        case 'concurrency':
          s.leases.delete(member);
          break;
      }
    }
  }

  #get<T extends State>(op: LimitOp, make: () => T): T {
    const s = this.#states.get(op.key);
    if (s && s.a === op.algorithm) return s as T;
    const fresh = make();
    this.#states.set(op.key, fresh);
    return fresh;
  }

  #check(op: LimitOp, now: number): OpResult {
    const { limit, windowMs: w, cost } = op;
    switch (op.algorithm) {
      case 'fixed': {
        const [start, end] = period(op, now);
        const s = this.#states.get(op.key) as Fixed | undefined;
        const used = s && s.a === 'fixed' && s.p === start ? s.c : 0;
        const ok = used + cost <= limit;
        return { allowed: ok, remaining: Math.max(0, limit - used - (ok ? cost : 0)), resetMs: end - now, period: start };
      }
      case 'sliding': {
        const s = this.#get<Sliding>(op, () => ({ a: 'sliding', log: [], sum: 0 }));
        prune(s, now - w);
        const ok = s.sum + cost <= limit;
        let reset = w;
        if (ok) {
          const first = s.log[0];
          if (first) reset = first.t + w - now;
        } else if (cost <= limit) {
          let freed = 0;
          for (const e of s.log) {
            freed += e.cost;
            if (s.sum - freed + cost <= limit) {
              reset = e.t + w - now;
              break;
            }
          }
        }
        return { allowed: ok, remaining: Math.max(0, limit - s.sum - (ok ? cost : 0)), resetMs: reset, period: 0 };
      }
      case 'bucket': {
        const rate = limit / w;
        const s = this.#states.get(op.key) as Bucket | undefined;
        const tokens = s && s.a === 'bucket' ? Math.min(limit, s.tokens + Math.max(0, now - s.ts) * rate) : limit;
        const ok = tokens >= cost;
        const reset = ok ? Math.ceil((limit - (tokens - cost)) / rate) : cost > limit ? w : Math.ceil((cost - tokens) / rate);
        return { allowed: ok, remaining: Math.max(0, Math.floor(tokens - (ok ? cost : 0))), resetMs: reset, period: 0 };
      }
      case 'concurrency': {
        const s = this.#get<Concurrency>(op, () => ({ a: 'concurrency', leases: new Map() }));
        let soonest = Infinity;
        for (const [m, expiry] of s.leases) {
          if (expiry <= now) s.leases.delete(m);
          else if (expiry < soonest) soonest = expiry;
        }
        const ok = s.leases.size + cost <= limit;
        return { allowed: ok, remaining: Math.max(0, limit - s.leases.size - (ok ? cost : 0)), resetMs: ok ? 0 : cost > limit ? w : soonest - now, period: 0 };
      }
    }
  }

  #apply(op: LimitOp, member: string, now: number, start: number): void {
    switch (op.algorithm) {
      case 'fixed': {
        const s = this.#get<Fixed>(op, () => ({ a: 'fixed', p: start, c: 0 }));
        if (s.p !== start) {
          s.p = start;
          s.c = 0;
        }
        s.c += op.cost;
        break;
      }
      case 'sliding': {
        const s = this.#get<Sliding>(op, () => ({ a: 'sliding', log: [], sum: 0 }));
        s.log.push({ t: now, cost: op.cost, m: member });
        s.sum += op.cost;
        break;
      }
      case 'bucket': {
        const rate = op.limit / op.windowMs;
        const s = this.#get<Bucket>(op, () => ({ a: 'bucket', tokens: op.limit, ts: now }));
        s.tokens = Math.min(op.limit, s.tokens + Math.max(0, now - s.ts) * rate) - op.cost;
        s.ts = now;
        break;
      }
      case 'concurrency':
        this.#get<Concurrency>(op, () => ({ a: 'concurrency', leases: new Map() })).leases.set(member, now + op.windowMs);
        break;
    }
  }
}

/** Entries at or before `cutoff` have left the window. */
function prune(s: Sliding, cutoff: number): void {
  let i = 0;
  while (i < s.log.length && (s.log[i] as LogEntry).t <= cutoff) s.sum -= (s.log[i++] as LogEntry).cost;
  if (i > 0) s.log.splice(0, i);
}

/** The fixed window containing `now`: a calendar period when bounds are given, else aligned to the epoch. */
export function period(op: LimitOp, now: number): [number, number] {
  const b = op.bounds;
  if (b) return now < b[1] ? [b[0], b[1]] : [b[1], b[2]];
  const start = Math.floor(now / op.windowMs) * op.windowMs;
  return [start, start + op.windowMs];
}

/** When the request as a whole was denied, an op that would have passed still reports the unchanged state. */
function asDenied(r: OpResult, op: LimitOp): OpResult {
  return r.allowed ? { ...r, remaining: r.remaining + op.cost } : r;
}
