// Token behaviours that need several requests or their own provider: kid floods, key rotation, discovery,
// the Entra ID preset. Each runs over HTTP on every adapter.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createGate, type PolicyDocument } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger, auditLine } from '../support/audit-capture.js';
import { ADAPTERS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { privateKeyOf, signRs256 } from '../support/jws.js';
import { CLIENTS, JWT_RESOURCE, OPAQUE_RESOURCE, rsaKey, startOidcProvider, type OidcProviderHarness } from '../support/oidc-provider.js';
import { chatBody } from './fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function idp(options?: Parameters<typeof startOidcProvider>[0]): Promise<OidcProviderHarness> {
  const harness = await startOidcProvider(options);
  cleanups.push(() => harness.close());
  return harness;
}

async function app(adapter: (typeof ADAPTERS)[number], policy: PolicyDocument): Promise<RunningApp & { lines: Record<string, unknown>[] }> {
  const { logger, lines } = captureLogger();
  const running = await startApp(adapter, createGate({ policy, logger }), 'separate');
  cleanups.push(() => running.close());
  return { ...running, lines };
}

function jwtPolicy(harness: OidcProviderHarness, jwt: Partial<NonNullable<PolicyDocument['jwt']>> = {}): PolicyDocument {
  return {
    version: 1,
    jwt: { algorithms: ['RS256'], issuer: harness.issuer, audience: JWT_RESOURCE, jwksUri: harness.jwksUri, ...jwt },
    defaults: { auth: { methods: ['jwt'] } },
    routes: [
      { id: 'chat', match: { method: 'POST', path: '/v1/chat/completions' }, auth: { methods: ['jwt'], scopes: ['chat:write'] }, validate: { schema: 'openai.chat' } },
      { id: 'health', match: { path: '/health' }, auth: false },
    ],
  };
}

const get = (url: string, token: string) => send(url, { method: 'GET', path: '/v1/models', headers: { authorization: `Bearer ${token}` } });

describe.each(ADAPTERS)('%s', (adapter) => {
  it('a flood of unknown kids: all 401, JWKS refetches within the rate, valid tokens keep working (case 6)', async () => {
    const provider = await idp();
    const running = await app(adapter, jwtPolicy(provider, { jwks: { requestsPerMinute: 3 } }));
    const good = await provider.token('pro');
    expect((await get(running.url, good)).status).toBe(200);
    const key = privateKeyOf(provider.keys[0]!);
    const now = Math.floor(Date.now() / 1000);
    const forged = Array.from({ length: 40 }, () =>
      signRs256({ alg: 'RS256', kid: `rnd-${randomUUID()}` }, { sub: 'x', iss: provider.issuer, aud: JWT_RESOURCE, exp: now + 300 }, key),
    );
    const answers = await Promise.all(forged.map((t) => get(running.url, t)));
    expect(answers.map((a) => a.status)).toEqual(forged.map(() => 401));
    expect(provider.jwksFetches).toBeLessThanOrEqual(3);
    // Known kids are answered from the cache, whatever the flood did to the rate budget.
    expect((await get(running.url, good)).status).toBe(200);
    expect((await get(running.url, await provider.token('free'))).status).toBe(200);
  });

  it('kids that are not printable identifiers cause no JWKS request at all (case 4)', async () => {
    const provider = await idp();
    const running = await app(adapter, jwtPolicy(provider));
    expect((await get(running.url, await provider.token('pro'))).status).toBe(200);
    const before = provider.jwksFetches;
    const key = privateKeyOf(provider.keys[0]!);
    for (const kid of ['|sleep 5', "x' OR '1'='1", '', 'a'.repeat(300), '$(reboot)\n']) {
      const res = await get(running.url, signRs256({ alg: 'RS256', kid }, { sub: 'x', exp: Math.floor(Date.now() / 1000) + 60 }, key));
      expect(res.status).toBe(401);
    }
    expect(provider.jwksFetches).toBe(before);
  });

  it('a verified token is answered from the cache only until its exp (issue #3, item 2)', async () => {
    const provider = await idp();
    const running = await app(adapter, jwtPolicy(provider));
    const [signing] = provider.keys;
    // Fetch the JWKS first, so the token below is verified well before its exp: one with under a second left is
    // not cached at all, and the row would not test the cache.
    expect((await get(running.url, await provider.token('pro'))).status).toBe(200);
    const exp = Math.floor(Date.now() / 1000) + 3;
    const claims = { sub: 'svc-short', iss: provider.issuer, aud: JWT_RESOURCE, iat: exp - 60, exp };
    const token = signRs256({ alg: 'RS256', typ: 'at+jwt', kid: signing!.kid }, claims, privateKeyOf(signing!));
    expect((await get(running.url, token)).status).toBe(200);
    // The second answer comes from the verified-token cache, whose entry must not outlive the token.
    expect((await get(running.url, token)).status).toBe(200);
    await sleep(exp * 1000 + 50 - Date.now());
    const late = await get(running.url, token);
    expect(late.status).toBe(401);
    expect(late.headers['www-authenticate']).toContain('invalid_token');
    expect(late.json).toMatchObject({ code: 'TG_AUTH_EXPIRED' });
  });

  it('a cached token is recognised by its header, and a forged token copying its signature is still refused (issue #3, item 2)', async () => {
    const provider = await idp();
    const running = await app(adapter, jwtPolicy(provider));
    const real = await provider.token('pro');
    expect((await get(running.url, real)).status).toBe(200);
    // Answered from the cache: by the whole header, then by the token under another spelling of the scheme.
    expect((await get(running.url, real)).status).toBe(200);
    const lower = await send(running.url, { method: 'GET', path: '/v1/models', headers: { authorization: `bearer ${real}` } });
    expect(lower.status).toBe(200);
    // Same header segment and signature (so the same cache slot), another payload: neither compare matches.
    const [header, payload, signature] = real.split('.');
    const claims = { ...(JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as object), sub: 'root' };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const refused = await get(running.url, forged);
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toContain('invalid_token');
    expect((await get(running.url, real)).status).toBe(200);
  });

  it('key rotation: a new kid costs one refetch; a removed key stops working once the JWKS cache expires (case 7)', async () => {
    const provider = await idp();
    // No verified-token cache here, so what is measured is the signing-key cache.
    const running = await app(adapter, jwtPolicy(provider, { jwks: { cacheMaxAge: '1s' }, cacheSize: 0 }));
    const [old1, old2] = [await provider.token('pro'), await provider.token('pro')];
    expect((await get(running.url, old1)).status).toBe(200);
    expect(provider.jwksFetches).toBe(1);

    const [k1] = provider.keys;
    const k2 = rsaKey();
    provider.rotate([k2, k1!]);
    const fresh = await provider.token('pro');
    expect(JSON.parse(Buffer.from(fresh.split('.')[0]!, 'base64url').toString()).kid).toBe(k2.kid);
    expect((await get(running.url, fresh)).status).toBe(200);
    expect(provider.jwksFetches).toBe(2);
    expect((await get(running.url, fresh)).status).toBe(200);
    expect(provider.jwksFetches).toBe(2);

    provider.rotate([k2]);
    await sleep(1200);
    const removed = await get(running.url, old2);
    expect(removed.status).toBe(401);
    expect(removed.headers['www-authenticate']).toContain('invalid_token');
    expect((await get(running.url, fresh)).status).toBe(200);
  });

  it('OIDC discovery finds the JWKS and the introspection endpoint at first use', async () => {
    const provider = await idp();
    const running = await app(adapter, {
      version: 1,
      jwt: { algorithms: ['RS256'], issuer: provider.issuer, audience: JWT_RESOURCE, discovery: true },
      introspection: { issuer: provider.issuer, clientId: CLIENTS.gateway.id, clientSecret: CLIENTS.gateway.secret },
      defaults: { auth: { methods: ['jwt', 'introspection'] } },
    });
    const jwt = await get(running.url, await provider.token('pro'));
    expect(jwt.status, jwt.text).toBe(200);
    expect(jwt.json).toEqual({ principal: 'svc-pro' });
    const opaque = await get(running.url, await provider.token('free', { resource: OPAQUE_RESOURCE }));
    expect(opaque.status, opaque.text).toBe(200);
    expect(opaque.json).toEqual({ principal: 'svc-free' });
  });

  it('a flood of made-up opaque tokens: refusals are remembered, calls in flight are capped, good tokens keep working', async () => {
    const provider = await idp();
    const running = await app(adapter, {
      version: 1,
      introspection: { endpoint: provider.introspectionEndpoint, clientId: CLIENTS.gateway.id, clientSecret: CLIENTS.gateway.secret, maxConcurrent: 4 },
      defaults: { auth: { methods: ['introspection'] } },
    });
    const good = await provider.token('free', { resource: OPAQUE_RESOURCE });
    expect((await get(running.url, good)).status).toBe(200);
    // The same made-up token again and again: asked once, then answered from the refusal cache.
    const madeUp = `fake-${randomUUID()}`;
    for (let i = 0; i < 5; i++) expect((await get(running.url, madeUp)).status).toBe(401);
    expect(provider.introspections).toBe(2);
    // Many distinct ones at once: at most maxConcurrent reach the IdP together; the rest get 503, never 200.
    const flood = await Promise.all(Array.from({ length: 30 }, () => get(running.url, `fake-${randomUUID()}`)));
    const statuses = new Set(flood.map((a) => a.status));
    expect([...statuses].every((s) => s === 401 || s === 503)).toBe(true);
    for (const busy of flood.filter((a) => a.status === 503)) {
      expect(busy.json).toMatchObject({ code: 'TG_AUTH_UNAVAILABLE', detail: expect.stringContaining('busy') });
      expect(busy.headers['retry-after']).toMatch(/^\d+$/);
    }
    // The good token was cached as active: still 200, with no new call.
    const before = provider.introspections;
    expect((await get(running.url, good)).status).toBe(200);
    expect(provider.introspections).toBe(before);
  });

  it('an unreachable or misconfigured issuer never crashes: 503 for token routes, the rest keeps serving', async () => {
    const provider = await idp();
    // The issuer's discovery document names another issuer (a trailing slash): it must not be trusted.
    const running = await app(adapter, {
      ...jwtPolicy(provider),
      jwt: { algorithms: ['RS256'], issuer: provider.issuer + '/', audience: JWT_RESOURCE, discovery: true },
    });
    const res = await send(running.url, { method: 'POST', path: '/v1/chat/completions', headers: { authorization: `Bearer ${await provider.token('pro')}` }, body: chatBody });
    expect(res.status, res.text).toBe(503);
    expect(res.json).toMatchObject({ code: 'TG_AUTH_UNAVAILABLE' });
    expect((await send(running.url, { path: '/health' })).status).toBe(200);

    const dead = await app(adapter, { ...jwtPolicy(provider), jwt: { algorithms: ['RS256'], issuer: 'http://127.0.0.1:9', discovery: true } });
    const down = await get(dead.url, await provider.token('pro'));
    expect(down.status).toBe(503);
    expect(down.headers['retry-after']).toBe('5');
  });

  it.each(['v1', 'v2'] as const)('Entra ID preset: %s tokens map oid, tid, scp and roles (tokens from the loopback provider)', async (version) => {
    const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const issuer = version === 'v1' ? `https://sts.windows.net/${tenantId}/` : `https://login.microsoftonline.com/${tenantId}/v2.0`;
    const provider = await idp({
      issuer,
      extraClaims: { [CLIENTS.pro.id]: { tid: tenantId, oid: 'b1c2d3e4-oid', scp: 'chat:write', roles: ['pro'] } },
    });
    // Only the JWKS URL is pointed at loopback: issuers, audience and claims are the preset's.
    const running = await app(adapter, {
      ...jwtPolicy(provider),
      jwt: { algorithms: ['RS256'], entra: { tenantId, audience: JWT_RESOURCE }, jwksUri: provider.jwksUri },
      roles: { pro: { models: ['gpt-4o-mini'] } },
    });
    const token = await provider.token('pro', { scope: 'models:read' });
    const requestId = `entra-${randomUUID()}`;
    const res = await send(running.url, {
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
      body: chatBody,
    });
    // The token's `scope` is models:read only: chat:write is granted by `scp`, as Entra sends it.
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ principal: 'b1c2d3e4-oid' });
    expect(await auditLine(running.lines, requestId)).toMatchObject({ principal: 'b1c2d3e4-oid', tenant: tenantId });
    const forbidden = await send(running.url, {
      method: 'POST',
      path: '/v1/chat/completions',
      headers: { authorization: `Bearer ${token}` },
      body: { ...chatBody, model: 'gpt-4o' },
    });
    expect(forbidden.status).toBe(403);
  });
});
