import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import type { Gate } from '@tollgate/core';
import { tollgate as expressTollgate } from '@tollgate/express';
import { tollgate as honoTollgate, type TollgateEnv } from '@tollgate/hono';
import { tollgate as koaTollgate, type TollgateState } from '@tollgate/koa';
import express from 'express';
import { Hono, type MiddlewareHandler } from 'hono';
import Koa from 'koa';

/** Extra POST routes for the guard rows; `/v1/consumed` has its body stream drained by the app first. */
export const GUARD_ROUTES = ['/v1/guarded', '/v1/redacted', '/v1/masked', '/v1/messages', '/v1/bulk', '/v1/consumed'];
const CONSUMED = '/v1/consumed';

export const ADAPTERS = ['hono', 'express', 'koa'] as const;
export type AdapterName = (typeof ADAPTERS)[number];

/** `separate`: logger + auth app-wide, rateLimit + validate on the route; `protect`: one protect() app-wide. */
export const MOUNTS = ['separate', 'protect'] as const;
export type Mount = (typeof MOUNTS)[number];

export interface RunningApp {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The same app on each adapter: POST routes answer with the principal and the body exactly as the handler
 * received it, read the framework's own way, so rows can check what got through.
 */
export interface AppOptions {
  /**
   * Parse the body with the framework's usual parser: `first`, before any Tollgate middleware; `after-auth`,
   * between auth() and the route's rateLimit() + validate() (the `separate` mount only).
   */
  readonly preparse?: 'first' | 'after-auth';
}

export async function startApp(adapter: AdapterName, gate: Gate, mount: Mount, options: AppOptions = {}): Promise<RunningApp> {
  switch (adapter) {
    case 'hono':
      return startHono(gate, mount, options);
    case 'express':
      return listen(expressApp(gate, mount, options));
    case 'koa':
      return listen(koaApp(gate, mount, options));
  }
}

const POST_ROUTES = ['/v1/chat/completions', '/v1/monitored', '/v1/limits/quota', '/v1/limits/throttled', ...GUARD_ROUTES];

function startHono(gate: Gate, mount: Mount, options: AppOptions): Promise<RunningApp> {
  const tg = honoTollgate(gate);
  const app = new Hono<TollgateEnv>();
  // Drains the raw stream without Hono's body cache: nothing is left for Tollgate to read.
  app.use(CONSUMED, async (c, next) => {
    await c.req.raw.arrayBuffer();
    await next();
  });
  const parse: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'POST') await c.req.json().catch(() => undefined);
    await next();
  };
  if (options.preparse === 'first') app.use(parse);
  if (mount === 'protect') app.use(tg.protect());
  else app.use(tg.logger(), tg.auth());
  if (options.preparse === 'after-auth') app.use(parse);
  const perRoute = mount === 'protect' ? [] : [tg.rateLimit(), tg.validate()];
  for (const path of POST_ROUTES) {
    for (const m of perRoute) app.post(path, m);
    app.post(path, async (c) => {
      const body: unknown = await c.req.json();
      return c.json({ principal: c.get('tollgate').principal?.id ?? null, body });
    });
  }
  app.get('/health', (c) => c.json({ ok: true }));
  app.get('/v1/models', (c) => c.json({ principal: c.get('tollgate').principal?.id ?? null }));
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve(handle(server as Server, info.port));
    });
  });
}

function expressApp(gate: Gate, mount: Mount, options: AppOptions): express.Express {
  const tg = expressTollgate(gate);
  const app = express();
  app.use(CONSUMED, (req, _res, next) => {
    req.resume();
    req.once('end', () => next());
  });
  if (options.preparse === 'first') app.use(express.json());
  if (mount === 'protect') app.use(tg.protect());
  else app.use(tg.logger(), tg.auth());
  if (options.preparse === 'after-auth') app.use(express.json());
  const perRoute = mount === 'protect' ? [] : [tg.rateLimit(), tg.validate()];
  for (const path of POST_ROUTES) {
    app.post(path, ...perRoute, (req, res) => {
      res.json({ principal: req.tollgate?.principal?.id ?? null, body: req.body as unknown });
    });
  }
  app.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/v1/models', (req, res) => {
    res.json({ principal: req.tollgate?.principal?.id ?? null });
  });
  return app;
}

function koaApp(gate: Gate, mount: Mount, options: AppOptions): Koa<TollgateState> {
  const tg = koaTollgate(gate);
  const app = new Koa<TollgateState>();
  app.use(async (ctx, next) => {
    if (ctx.path === CONSUMED) for await (const _chunk of ctx.req) void _chunk;
    await next();
  });
  // What koa-bodyparser does: read the stream, JSON.parse it, put it on ctx.request.body.
  const parse: Koa.Middleware<TollgateState> = async (ctx, next) => {
    if (ctx.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
      (ctx.request as { body?: unknown }).body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    await next();
  };
  if (options.preparse === 'first') app.use(parse);
  const chain = mount === 'protect' ? [tg.protect()] : [tg.logger(), tg.auth()];
  for (const m of chain) app.use(m);
  if (options.preparse === 'after-auth') app.use(parse);
  const rateLimit = tg.rateLimit();
  const validate = tg.validate();
  // No router dependency: a tiny dispatcher keeps the Koa app comparable to the others.
  app.use(async (ctx, next) => {
    if (ctx.method === 'POST' && POST_ROUTES.includes(ctx.path)) {
      const handler = async () => {
        ctx.body = { principal: ctx.state.tollgate.principal?.id ?? null, body: (ctx.request as { body?: unknown }).body };
      };
      if (mount === 'protect') return handler();
      return rateLimit(ctx, () => validate(ctx, handler));
    }
    if (ctx.method === 'GET' && ctx.path === '/health') {
      ctx.body = { ok: true };
      return;
    }
    if (ctx.method === 'GET' && ctx.path === '/v1/models') {
      ctx.body = { principal: ctx.state.tollgate.principal?.id ?? null };
      return;
    }
    await next();
  });
  return app;
}

async function listen(app: { listen(port: number, host: string): Server }): Promise<RunningApp> {
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return handle(server, (server.address() as AddressInfo).port);
}

function handle(server: Server, port: number): RunningApp {
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
