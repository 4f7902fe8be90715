import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createGate, type Gate, type PolicyDocument } from '@tollgate/core';
import { tollgate as expressTollgate } from '@tollgate/express';
import { tollgate as honoTollgate, type TollgateEnv } from '@tollgate/hono';
import { tollgate as koaTollgate } from '@tollgate/koa';
import express from 'express';
import { Hono } from 'hono';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS, type AdapterName } from '../support/apps.js';

// Only rateLimit() is mounted — no logger(), no protect() — so the release must come from the lifecycle hook.
const policy: PolicyDocument = {
  version: 1,
  defaults: { auth: false },
  routes: [{ id: 'slow', auth: false, match: { path: '/slow' }, limits: [{ name: 'inflight', concurrency: 1, by: ['ip'] }] }],
};
const HOLD_MS = 300;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(adapter: AdapterName, gate: Gate): Promise<{ url: string; server: Server }> {
  if (adapter === 'hono') {
    const tg = honoTollgate(gate);
    const app = new Hono<TollgateEnv>();
    app.get('/slow', tg.rateLimit(), async (c) => {
      if (c.req.query('fail') !== undefined) throw new Error('handler failed');
      await sleep(HOLD_MS);
      return c.json({ ok: true });
    });
    return new Promise((resolve) => {
      const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve({ url: `http://127.0.0.1:${info.port}`, server: server as Server }));
    });
  }
  let server: Server;
  if (adapter === 'express') {
    const tg = expressTollgate(gate);
    const app = express();
    app.get('/slow', tg.rateLimit(), (req, res, next) => {
      if (req.query['fail'] !== undefined) return next(new Error('handler failed'));
      setTimeout(() => {
        if (!res.destroyed) res.json({ ok: true });
      }, HOLD_MS);
    });
    server = app.listen(0, '127.0.0.1');
  } else {
    const tg = koaTollgate(gate);
    const app = new Koa();
    app.silent = true;
    const limit = tg.rateLimit();
    app.use(async (ctx, next) => {
      if (ctx.path !== '/slow') return next();
      await limit(ctx, async () => {
        if (ctx.query['fail'] !== undefined) throw new Error('handler failed');
        await sleep(HOLD_MS);
        ctx.body = { ok: true };
      });
    });
    server = app.listen(0, '127.0.0.1');
  }
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let running: { server: Server; gate: Gate } | undefined;
afterEach(async () => {
  running?.server.closeAllConnections?.();
  await new Promise((r) => running?.server.close(r) ?? r(undefined));
  running = undefined;
});

async function untilAdmitted(url: string): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const res = await fetch(`${url}/slow`);
    await res.arrayBuffer();
    if (res.status === 200) return i;
    await sleep(50);
  }
  throw new Error('the concurrency slot was never freed');
}

describe.each(ADAPTERS)('concurrency slots on %s (without logger)', (adapter) => {
  it('are held while a request runs and freed when the client aborts (case 27)', async () => {
    const gate = createGate({ policy });
    const { url, server } = await start(adapter, gate);
    running = { server, gate };
    const controller = new AbortController();
    const first = fetch(`${url}/slow`, { signal: controller.signal }).catch(() => 'aborted');
    await sleep(HOLD_MS / 3);
    const busy = await fetch(`${url}/slow`);
    expect(busy.status).toBe(429);
    await busy.arrayBuffer();
    controller.abort();
    expect(await first).toBe('aborted');
    await untilAdmitted(url);
  });

  it('are freed when the handler fails', async () => {
    const gate = createGate({ policy });
    const { url, server } = await start(adapter, gate);
    running = { server, gate };
    const failed = await fetch(`${url}/slow?fail`);
    expect(failed.status).toBe(500);
    await failed.arrayBuffer();
    await untilAdmitted(url);
  });
});
