import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { Agent, request } from 'node:http';
import { createGate } from '@tollgate/core';
import { tollgate } from '@tollgate/express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { send } from '../support/http-client.js';
import { bearer, chatBody, conformancePolicy, keys } from './fixtures.js';

// How req.tollgate reaches handlers, whatever way the app is mounted: sub-apps (which swap req's prototype),
// routers, plain node:http without Express's request set-up, an app replacing res.locals, and app code that
// assigns req.tollgate itself. The adapter keeps each request's context on its socket (see context-slot.ts), so
// two requests sharing one connection — pipelined, or one after the other with the first still read after its
// response closed — must each keep their own.
let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const gate = () => tollgate(createGate({ policy: conformancePolicy(), logger: captureLogger().logger }));
const chat = (url: string) =>
  send(url, { method: 'POST', path: '/v1/chat/completions', headers: { ...bearer(keys.good.key), 'content-type': 'application/json' }, body: JSON.stringify(chatBody) });
/** Sends the chat request and expects a 200 whose JSON is `expected`. */
async function expectAnswer(url: string, expected: Record<string, unknown>): Promise<void> {
  const res = await chat(url);
  expect(res.status, res.text).toBe(200);
  expect(res.json).toEqual(expected);
}
const answer = (req: Request, res: Response) => {
  res.json({ principal: req.tollgate?.principal?.id ?? null, body: req.body as unknown });
};

describe('express: req.tollgate', () => {
  it('reaches a handler in a mounted sub-app when auth() runs in the parent', async () => {
    const tg = gate();
    const app = express();
    const sub = express();
    sub.post('/chat/completions', tg.validate(), answer);
    app.use(tg.auth());
    app.use('/v1', sub);
    await expectAnswer(await listen(app), { principal: 'alice', body: chatBody });
  });

  it('reaches a handler behind an express.Router', async () => {
    const tg = gate();
    const app = express();
    const router = express.Router();
    router.post('/v1/chat/completions', tg.protect(), answer);
    app.use(router);
    await expectAnswer(await listen(app), { principal: 'alice', body: chatBody });
  });

  it('is set without an Express app around it (plain node:http, no res.locals)', async () => {
    const auth = gate().auth();
    const url = await listen((req, res) => {
      const next: NextFunction = (err?: unknown) => {
        const principal = (req as Request).tollgate?.principal?.id ?? null;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ principal, error: err ? String(err) : null }));
      };
      auth(req as Request, res as Response, next);
    });
    await expectAnswer(url, { principal: 'alice', error: null });
  });

  it('survives an app replacing res.locals between auth() and a later stage', async () => {
    const tg = gate();
    const app = express();
    app.use(tg.auth());
    app.use((_req, res, next) => {
      res.locals = { theme: 'dark' };
      next();
    });
    app.post('/v1/chat/completions', tg.rateLimit(), tg.validate(), answer);
    await expectAnswer(await listen(app), { principal: 'alice', body: chatBody });
  });

  it('can still be assigned by application code', async () => {
    const tg = gate();
    const app = express();
    app.use(tg.auth());
    app.post('/v1/chat/completions', (req, res, next) => {
      (req as { tollgate?: unknown }).tollgate = { replaced: true };
      next();
    }, (req, res) => {
      res.json({ tollgate: req.tollgate as unknown });
    });
    await expectAnswer(await listen(app), { tollgate: { replaced: true } });
  });

  it('keeps pipelined requests on one connection apart', async () => {
    const tg = gate();
    const app = express();
    app.use(tg.auth());
    app.post('/v1/chat/completions', async (req, res) => {
      // The first request is still in flight when the second one's auth() runs.
      if (req.headers['x-order'] === '1') await delay(50);
      res.json({ order: req.headers['x-order'], principal: req.tollgate?.principal?.id ?? null });
    });
    const url = new URL(await listen(app));
    const payload = JSON.stringify(chatBody);
    const raw = (key: string, order: number) =>
      `POST /v1/chat/completions HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${key}\r\nX-Order: ${order}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`;
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.write(raw(keys.good.key, 1) + raw(keys.other.key, 2));
    for (let i = 0; i < 100 && (received.match(/"order"/g) ?? []).length < 2; i++) await delay(20);
    socket.destroy();
    const bodies = received.match(/\{"order"[^}]*\}/g)?.map((b) => JSON.parse(b) as unknown);
    expect(bodies).toEqual([
      { order: '1', principal: 'alice' },
      { order: '2', principal: 'bob' },
    ]);
  });

  it('stays readable after the response closed and the next request on the connection began', async () => {
    const tg = gate();
    const app = express();
    const late: (string | null)[] = [];
    app.use(tg.auth());
    app.post('/v1/chat/completions', (req, res) => {
      // Bookkeeping after the answer, e.g. settling usage once a stream ended.
      res.on('close', () => setTimeout(() => late.push(req.tollgate?.principal?.id ?? null), 100));
      res.json({ principal: req.tollgate?.principal?.id ?? null });
    });
    const url = await listen(app);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const post = (key: string) =>
      new Promise<string>((resolve, reject) => {
        const r = request(new URL('/v1/chat/completions', url), { method: 'POST', agent, headers: { ...bearer(key), 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (text += c));
          res.on('end', () => resolve(text));
        });
        r.on('error', reject);
        r.end(JSON.stringify(chatBody));
      });
    const sockets = new Set<unknown>();
    server?.on('connection', (s) => sockets.add(s));
    expect(JSON.parse(await post(keys.good.key))).toEqual({ principal: 'alice' });
    expect(JSON.parse(await post(keys.other.key))).toEqual({ principal: 'bob' });
    await delay(200);
    agent.destroy();
    expect(sockets.size).toBe(1);
    expect(late).toEqual(['alice', 'bob']);
  });
});
