import fc from 'fast-check';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRedis } from './__fixtures__/redis-server.js';
import { MemoryLimitStore } from './memory-store.js';
import { RedisLimitStore } from './redis-store.js';
import type { Algorithm, LimitOp } from './store.js';

let server: TestRedis;
let client: Redis;
beforeAll(async () => {
  server = await TestRedis.start();
  client = new Redis(server.url);
});
afterAll(async () => {
  client.disconnect();
  await server.stop();
});

type Step = { dt: number; cost: number; settle: number };
const steps = fc.array(fc.record({ dt: fc.integer({ min: 0, max: 700 }), cost: fc.integer({ min: 1, max: 6 }), settle: fc.integer({ min: -3, max: 3 }) }), { minLength: 1, maxLength: 60 });
const LIMIT = 10;
const WINDOW = 1000;
let run = 0;

/** Replays the same steps on both twins with one injected clock; returns both transcripts. */
async function replay(algorithm: Algorithm, trace: Step[], cap: number) {
  let now = 1_700_000_000_000;
  const memory = new MemoryLimitStore({ now: () => now });
  const redis = new RedisLimitStore(client, { now: () => now, timeoutMs: 2000 });
  const key = `tg-test-twins:${++run}:${algorithm}`;
  const m: unknown[] = [];
  const r: unknown[] = [];
  const allowedAt: { t: number; cost: number }[] = [];
  for (const [i, s] of trace.entries()) {
    now += s.dt;
    const op: LimitOp = { key, algorithm, limit: LIMIT, windowMs: WINDOW, cost: Math.min(s.cost, cap) };
    const member = `req${i}`;
    const a = await memory.reserve([op], member);
    const b = await redis.reserve([op], member);
    m.push(a);
    r.push(b);
    if (a.allowed) {
      allowedAt.push({ t: now, cost: op.cost });
      // Settle half the requests: refund or charge the difference on both twins.
      if (s.settle !== 0 && algorithm !== 'concurrency') {
        const adj = [{ ...op, delta: s.settle, period: a.results[0]?.period ?? 0 }];
        await memory.adjust(adj, member);
        await redis.adjust(adj, member);
        const last = allowedAt[allowedAt.length - 1] as { cost: number };
        last.cost = Math.max(0, last.cost + s.settle);
      } else if (algorithm === 'concurrency' && s.settle > 0) {
        const adj = [{ ...op, delta: 0, period: 0 }];
        await memory.adjust(adj, member);
        await redis.adjust(adj, member);
      }
    }
  }
  return { m, r, allowedAt };
}

describe('memory and Redis twins (injected clock)', () => {
  for (const algorithm of ['fixed', 'sliding', 'bucket', 'concurrency'] as const) {
    it(`${algorithm}: both stores give identical answers for any sequence`, async () => {
      await fc.assert(
        fc.asyncProperty(steps, async (trace) => {
          const { m, r } = await replay(algorithm, trace, algorithm === 'concurrency' ? 1 : 99);
          expect(r).toEqual(m);
        }),
        { numRuns: 40 },
      );
    });
  }

  it('sliding window never holds more than its limit in any window (case 24)', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (trace) => {
        const { allowedAt } = await replay('sliding', trace.map((s) => ({ ...s, settle: 0 })), 99);
        for (const a of allowedAt) {
          const inWindow = allowedAt.filter((b) => b.t > a.t - WINDOW && b.t <= a.t).reduce((n, b) => n + b.cost, 0);
          expect(inWindow).toBeLessThanOrEqual(LIMIT);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('token bucket never lets through more than capacity plus refill (case 24)', async () => {
    await fc.assert(
      fc.asyncProperty(steps, async (trace) => {
        const { allowedAt } = await replay('bucket', trace.map((s) => ({ ...s, settle: 0 })), 99);
        for (let i = 0; i < allowedAt.length; i++) {
          for (let j = i; j < allowedAt.length; j++) {
            const span = (allowedAt[j] as { t: number }).t - (allowedAt[i] as { t: number }).t;
            const used = allowedAt.slice(i, j + 1).reduce((n, b) => n + b.cost, 0);
            expect(used).toBeLessThanOrEqual(LIMIT + (span * LIMIT) / WINDOW + 1e-9);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a request larger than the whole limit is always rejected, on both twins (case 26)', async () => {
    for (const algorithm of ['fixed', 'sliding', 'bucket'] as const) {
      const op: LimitOp = { key: `tg-test-twins:big:${algorithm}`, algorithm, limit: LIMIT, windowMs: WINDOW, cost: LIMIT + 1 };
      expect((await new MemoryLimitStore().reserve([op], 'm')).allowed).toBe(false);
      expect((await new RedisLimitStore(client).reserve([op], 'm')).allowed).toBe(false);
    }
  });

  it('reserves on several limits all or none', async () => {
    const store = new RedisLimitStore(client);
    const a: LimitOp = { key: 'tg-test-twins:all:a', algorithm: 'fixed', limit: 5, windowMs: 60_000, cost: 3 };
    const b: LimitOp = { key: 'tg-test-twins:all:b', algorithm: 'sliding', limit: 4, windowMs: 60_000, cost: 3 };
    expect((await store.reserve([a, b], 'r1')).allowed).toBe(true);
    const second = await store.reserve([a, { ...b, cost: 2 }], 'r2');
    expect(second.allowed).toBe(false);
    // `a` had room but must not have been charged: 2 left, not 0.
    expect((await store.reserve([{ ...a, cost: 2 }], 'r3')).allowed).toBe(true);
  });

  it('keeps a flood of distinct keys within the memory bound (case 30)', () => {
    const store = new MemoryLimitStore({ maxKeys: 10_000 });
    for (let i = 0; i < 1_000_000; i++) {
      store.reserveNow([{ key: `k${i}`, algorithm: 'fixed', limit: 5, windowMs: 1000, cost: 1 }], 'm', 0);
    }
    expect(store.size).toBe(10_000);
  });
});
