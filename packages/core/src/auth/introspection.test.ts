import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Introspector } from './introspection.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A small RFC 7662 endpoint that records what it was sent and answers with `answer(token)`. */
async function endpoint(answer: (token: string) => Record<string, unknown>) {
  const seen: { authorization: string | undefined; body: string }[] = [];
  server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    seen.push({ authorization: req.headers.authorization, body });
    const token = new URLSearchParams(body).get('token') ?? '';
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(token)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/introspect`, seen };
}

const now = () => Math.floor(Date.now() / 1000);

describe('introspection', () => {
  it('authenticates with client_secret_basic (form-encoded id and secret) and sends the token as a form', async () => {
    const idp = await endpoint(() => ({ active: true, sub: 'ann', scope: 'a b', exp: now() + 60 }));
    const auth = new Introspector({ endpoint: idp.url, clientId: 'tollgate gw', clientSecret: 's:e/c' });
    expect(await auth.verify('tok-1')).toMatchObject({ ok: true, principal: { id: 'ann', scopes: ['a', 'b'], method: 'introspection' } });
    expect(idp.seen[0]!.authorization).toBe('Basic ' + Buffer.from('tollgate+gw:s%3Ae%2Fc').toString('base64'));
    expect(new URLSearchParams(idp.seen[0]!.body).get('token')).toBe('tok-1');
  });

  it('caches active answers, never past the token\'s exp, and shares one call between concurrent requests', async () => {
    const idp = await endpoint((token) => ({ active: true, client_id: 'svc', exp: token === 'short' ? now() : now() + 120 }));
    const auth = new Introspector({ endpoint: idp.url, clientId: 'gw', clientSecret: 'x' });
    const [a, b] = await Promise.all([auth.verify('long'), auth.verify('long')]);
    expect(a).toMatchObject({ ok: true, principal: { id: 'svc' } });
    expect(b).toEqual(a);
    await auth.verify('long');
    expect(idp.seen.length).toBe(1);
    // A token at its exp is refused, and never cached as active.
    expect(await auth.verify('short')).toMatchObject({ ok: false, rejection: { code: 'expired' } });
    expect(idp.seen.length).toBe(2);
  });

  it('remembers refused tokens for refusedCacheMaxAge, apart from active ones; 0s asks every time', async () => {
    const idp = await endpoint((token) => (token === 'good' ? { active: true, sub: 'ann', exp: now() + 120 } : { active: false }));
    const auth = new Introspector({ endpoint: idp.url, clientId: 'gw', clientSecret: 'x', cacheSize: 1 });
    for (let i = 0; i < 3; i++) expect(await auth.verify('made-up')).toMatchObject({ ok: false, rejection: { code: 'invalid' } });
    expect(idp.seen.length).toBe(1);
    // The refused token did not take the single active slot.
    await auth.verify('good');
    await auth.verify('other-made-up');
    expect(await auth.verify('good')).toMatchObject({ ok: true });
    expect(idp.seen.length).toBe(3);

    const strict = new Introspector({ endpoint: idp.url, clientId: 'gw', clientSecret: 'x', refusedCacheMaxAge: '0s' });
    await strict.verify('made-up');
    await strict.verify('made-up');
    expect(idp.seen.length).toBe(5);
  });

  it('caps calls in flight: beyond maxConcurrent new tokens are unavailable (503), not sent to the IdP', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const seen: string[] = [];
    server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      seen.push(new URLSearchParams(body).get('token') ?? '');
      await gate;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ active: true, sub: 'ann', exp: now() + 60 }));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/introspect`;
    const auth = new Introspector({ endpoint: url, clientId: 'gw', clientSecret: 'x', maxConcurrent: 2 });
    const first = [auth.verify('t1'), auth.verify('t2'), auth.verify('t1')];
    expect(await auth.verify('t3')).toMatchObject({ ok: false, unavailable: expect.stringContaining('busy') });
    release();
    for (const outcome of await Promise.all(first)) expect(outcome).toMatchObject({ ok: true });
    expect(seen.sort()).toEqual(['t1', 't2']);
    expect(await auth.verify('t3')).toMatchObject({ ok: true });
  });

  it('never allows an answer that is not active: true, and checks the audience it is given', async () => {
    const answers: Record<string, Record<string, unknown>> = {
      inactive: { active: false },
      missing: { sub: 'ann' },
      stringy: { active: 'true', sub: 'ann' },
      foreign: { active: true, sub: 'ann', aud: 'https://other.api' },
      nosubject: { active: true },
    };
    const idp = await endpoint((token) => answers[token] ?? {});
    const auth = new Introspector({ endpoint: idp.url, clientId: 'gw', clientSecret: 'x', audience: 'https://api' });
    for (const token of Object.keys(answers)) {
      expect(await auth.verify(token), token).toMatchObject({ ok: false, rejection: { code: 'invalid' } });
    }
  });

  it('answers unavailable (503), not invalid, when the endpoint cannot be reached', async () => {
    const auth = new Introspector({ endpoint: 'http://127.0.0.1:9/introspect', clientId: 'gw', clientSecret: 'x', timeout: '1s' });
    expect(await auth.verify('tok')).toMatchObject({ ok: false, unavailable: expect.stringContaining('unavailable') });
  });
});
