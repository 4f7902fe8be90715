import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createGate, type Gate, type PolicyDocument } from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRedis } from '../../packages/core/src/limits/__fixtures__/redis-server.js';
import { ADAPTERS, startApp, type AdapterName, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';

const SERVER = fileURLToPath(new URL('./limit-server.mjs', import.meta.url));
const chatBody = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }], max_tokens: 5 };
const open = (limits: unknown[]): PolicyDocument =>
  ({ version: 1, defaults: { auth: false }, routes: [{ id: 'chat', auth: false, match: { method: 'POST', path: '/v1/chat/completions' }, limits }] }) as PolicyDocument;

let redis: TestRedis;
let admin: Redis;
beforeAll(async () => {
  redis = await TestRedis.start();
  admin = new Redis(redis.url);
  admin.on('error', () => {}); // down on purpose in some tests
});
afterAll(async () => {
  admin.disconnect();
  await redis.stop();
});

async function startServer(policy: PolicyDocument, prefix: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [SERVER], {
    // A generous store timeout: on a loaded 2-core machine 1000 requests queue behind each other, and a request
    // that times out fails closed (503), which is right, but not what this test counts.
    env: { ...process.env, TG_POLICY: JSON.stringify(policy), REDIS_URL: redis.url, TG_PREFIX: prefix, TG_TIMEOUT: '10s' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`limit server exited (${code})`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('limits on a shared Redis', () => {
  it('1000 concurrent requests from 3 processes against a limit of 50: exactly 50 pass (case 23)', async () => {
    const policy = open([{ name: 'shared', requests: 50, window: '1h', by: ['tenant'] }]);
    const prefix = `tg-test-${randomUUID()}:`;
    const servers = await Promise.all([0, 1, 2].map(() => startServer(policy, prefix)));
    try {
      // Wait until every process is connected to Redis (a request before that follows the fail mode).
      await admin.set(`${prefix}ready`, '1');
      await waitFor(async () => String(await admin.client('LIST')).split('\n').filter(Boolean).length >= 4);
      const statuses = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          fetch(`${(servers[i % 3] as { url: string }).url}/v1/chat/completions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(chatBody),
          }).then(async (r) => (await r.arrayBuffer(), r.status)),
        ),
      );
      const histogram = JSON.stringify(statuses.reduce<Record<number, number>>((h, s) => ((h[s] = (h[s] ?? 0) + 1), h), {}));
      expect(statuses.filter((s) => s === 200).length, histogram).toBe(50);
      expect(statuses.filter((s) => s === 429).length, histogram).toBe(950);
    } finally {
      for (const s of servers) s.child.kill('SIGTERM');
      await Promise.all(servers.map((s) => (s.child.exitCode === null ? once(s.child, 'exit') : undefined)));
    }
  }, 60_000);

  it('costs exactly one round trip per request, whatever the number of limits', async () => {
    const prefix = `tg-test-${randomUUID()}:`;
    const gate = createGate({
      policy: open([
        { name: 'fixed', requests: 100, window: '1m' },
        { name: 'sliding', requests: 100, window: '1m', algorithm: 'sliding' },
        { name: 'bucket', requests: 100, window: '1m', algorithm: 'bucket' },
        { name: 'tenant-day', requests: 1000, calendar: 'day', by: ['tenant'] },
      ]),
      limits: { redis: redis.url, keyPrefix: prefix },
    });
    const app = await startApp('express', gate, 'protect');
    try {
      // Once connected, the first request loads the script (EVAL after NOSCRIPT, once per Redis); not counted below.
      await waitFor(async () => (await send(app.url, { path: '/v1/chat/completions', body: chatBody })).status === 200);
      await admin.config('RESETSTAT');
      for (let i = 0; i < 10; i++) expect((await send(app.url, { path: '/v1/chat/completions', body: chatBody })).status).toBe(200);
      const stats = await admin.info('commandstats');
      const calls = (name: string) => Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
      // commandstats also counts the commands the script runs inside Redis; everything else the gate sends
      // would show up as another top-level command. There is none: 10 requests, 10 EVALSHA.
      expect(calls('evalsha')).toBe(10);
      expect(calls('eval')).toBe(0);
      const inside = new Set(['hmget', 'hset', 'hget', 'hdel', 'pexpire', 'zadd', 'zrange', 'zrangebyscore', 'zremrangebyscore', 'zcard', 'zrem', 'time']);
      const others = [...stats.matchAll(/cmdstat_([\w|]+):calls=(\d+)/g)].map(([, n]) => n as string).filter((n) => n !== 'evalsha' && !inside.has(n) && !/^(info|config)/.test(n));
      expect(others).toEqual([]);
      // Redis Cluster: every key of the request carries the same hash tag, so all sit in one slot.
      const keys = await admin.keys(`${prefix}*`);
      expect(keys.length).toBeGreaterThanOrEqual(4);
      const tags = new Set(keys.map((k) => /^[^{]*\{([^}]*)\}/.exec(k)?.[1]));
      expect([...tags]).toEqual(['ip%2F127.0.0.1']);
      await admin.del(...keys);
    } finally {
      await app.close();
      gate.close();
    }
  });

  async function withGate(
    failMode: string | undefined,
    run: (app: RunningApp, gate: Gate) => Promise<void>,
    requests = 3,
    adapter: AdapterName = 'express',
  ): Promise<void> {
    const gate = createGate({
      policy: open([{ name: 'rpm', requests, window: '1m', ...(failMode ? { failMode } : {}) }]),
      limits: { redis: redis.url, timeout: '200ms', keyPrefix: `tg-test-${randomUUID()}:` },
    });
    const app = await startApp(adapter, gate, 'protect');
    try {
      // Connected: the gate's client shows up next to ours (an earlier request would use the fail mode).
      await waitFor(async () => String(await admin.client('LIST')).split('\n').filter(Boolean).length >= 2);
      await run(app, gate);
    } finally {
      await app.close();
      gate.close();
    }
  }

  const timed = async (app: RunningApp) => {
    const started = performance.now();
    const res = await send(app.url, { path: '/v1/chat/completions', body: chatBody });
    return { res, ms: performance.now() - started };
  };

  it('Redis stopped mid-test: fails closed with 503 without hanging, and recovers when Redis returns (case 28)', async () => {
    await withGate(undefined, async (app) => {
      await redis.stop();
      for (let i = 0; i < 5; i++) {
        const { res, ms } = await timed(app);
        expect(res.status).toBe(503);
        expect(res.json).toMatchObject({ code: 'TG_STORE_UNAVAILABLE' });
        // Bounded by the 200 ms store timeout (plus generous scheduling slack on a shared machine).
        expect(ms).toBeLessThan(1500);
      }
      await redis.start();
      // No restart of the app: ioredis reconnects and the counters answer again.
      await waitFor(async () => (await send(app.url, { path: '/v1/chat/completions', body: chatBody })).status === 200);
    });
    await waitFor(async () => (await admin.ping().catch(() => '')) === 'PONG');
  }, 30_000);

  it.each(ADAPTERS)('%s: a stalled Redis (accepting, never answering): 503 after the store timeout, service resumes with the quota whole (case 28)', async (adapter) => {
    await withGate(undefined, async (app) => {
      // One request first, so Redis has the script cached: the stalled EVALSHAs below then do reserve when
      // Redis resumes (with an empty cache they would fail with NOSCRIPT and reserve nothing). Until this
      // gate's client has connected it answers 503, which reserves nothing.
      await waitFor(async () => (await timed(app)).res.status === 200);
      redis.pause();
      try {
        const results = await Promise.all(Array.from({ length: 5 }, () => timed(app)));
        for (const { res, ms } of results) {
          expect(res.status).toBe(503);
          expect(ms).toBeLessThan(1500);
        }
      } finally {
        redis.resume();
      }
      // The stalled scripts sat in the socket and run once Redis resumes, reserving the 2 places left of 3; the
      // store gives those back as their late answers arrive, so they are there again for real requests.
      await waitFor(async () => (await send(app.url, { path: '/v1/chat/completions', body: chatBody })).status === 200);
      const statuses = [];
      for (let i = 0; i < 2; i++) statuses.push((await send(app.url, { path: '/v1/chat/completions', body: chatBody })).status);
      expect(statuses).toEqual([200, 429]);
    }, 3, adapter);
  }, 30_000);

  it('failMode open lets requests through while Redis is down; local counts them in memory', async () => {
    await withGate('open', async (app) => {
      await redis.stop();
      try {
        for (let i = 0; i < 5; i++) expect((await timed(app)).res.status).toBe(200);
      } finally {
        await redis.start();
      }
    });
    await withGate('local', async (app) => {
      await redis.stop();
      try {
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await timed(app)).res.status);
        expect(statuses).toEqual([200, 200, 200, 429]);
      } finally {
        await redis.start();
      }
    });
    await waitFor(async () => (await admin.ping().catch(() => '')) === 'PONG');
  }, 30_000);
});
