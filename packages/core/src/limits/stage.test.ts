import { describe, expect, it } from 'vitest';
import { createGate, type Gate } from '../gate.js';
import type { LimitRule, PolicyDocument } from '../policy/types.js';
import type { Principal } from '../principal.js';
import type { GateRequest } from '../request.js';
import type { LimitStoreOptions } from './stores.js';

const request = (body: unknown): GateRequest => ({
  method: 'POST',
  path: '/v1/chat/completions',
  query: '',
  header: (n) => (n === 'content-type' ? 'application/json' : undefined),
  remoteAddress: '10.0.0.1',
  encrypted: false,
  body: { kind: 'parsed', value: body },
});
const policy = (limits: LimitRule[]): PolicyDocument => ({
  version: 1,
  defaults: { auth: false },
  routes: [{ id: 'chat', match: { path: '/v1/chat/completions' }, limits }],
});
const alice: Principal = { id: 'alice', method: 'apiKey', tenant: 'acme', roles: ['free'], scopes: [] };

async function call(gate: Gate, body: unknown = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], max_tokens: 10 }, principal = alice) {
  const ctx = gate.context(request(body));
  ctx.principal = principal;
  const decision = await gate.stage('rateLimit')(ctx);
  return { ctx, decision };
}
const gateWith = (limits: LimitRule[], options?: LimitStoreOptions) => createGate({ policy: policy(limits), ...(options ? { limits: options } : {}) });

describe('limits stage', () => {
  it('refunds on settle: the unused part of the estimate goes back to the budget (case 27)', async () => {
    const gate = gateWith([{ name: 'tpm', tokens: 100, window: '1m' }]);
    const first = await call(gate, { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], max_tokens: 80 });
    expect(first.decision.allowed).toBe(true);
    // Another 80 would not fit now...
    expect((await call(gate, { model: 'gpt-4o-mini', messages: [], max_tokens: 80 })).decision.allowed).toBe(false);
    first.ctx.settle({ inputTokens: 5, outputTokens: 5 });
    // ...but after settling to 10 actual tokens it does.
    expect((await call(gate, { model: 'gpt-4o-mini', messages: [], max_tokens: 80 })).decision.allowed).toBe(true);
  });

  it('charges on settle when the actual usage exceeds the estimate', async () => {
    const gate = gateWith([{ name: 'tpm', tokens: 100, window: '1m' }]);
    const first = await call(gate, { model: 'm', messages: [], max_tokens: 10 });
    first.ctx.settle({ inputTokens: 50, outputTokens: 45 });
    const next = await call(gate, { model: 'm', messages: [], max_tokens: 10 });
    expect(next.decision.allowed).toBe(false);
    expect(next.decision.headers['ratelimit']).toBe('"tpm";r=5;t=' + /t=(\d+)/.exec(next.decision.headers['ratelimit'] ?? '')?.[1]);
  });

  it('frees a concurrency slot when the response ends, and only then', async () => {
    const gate = gateWith([{ name: 'inflight', concurrency: 1 }]);
    const a = await call(gate);
    expect(a.decision.allowed).toBe(true);
    const b = await call(gate);
    expect(b.decision).toMatchObject({ status: 429, problem: { violated: [{ policy: 'inflight', unit: 'concurrency' }] } });
    // Case 29: even a concurrency-only 429 carries Retry-After and RateLimit fields.
    expect(b.decision.headers).toMatchObject({ 'ratelimit-policy': '"inflight";q=1', ratelimit: expect.stringMatching(/^"inflight";r=0;t=\d+$/), 'retry-after': expect.stringMatching(/^\d+$/) });
    a.ctx.ended();
    a.ctx.ended(); // idempotent
    expect((await call(gate)).decision.allowed).toBe(true);
  });

  it('settles an unsettled reservation at its estimate after the timeout and frees its slot', async () => {
    const gate = gateWith([{ name: 'inflight', concurrency: 1 }], { reservationTimeout: '50ms' });
    expect((await call(gate)).decision.allowed).toBe(true);
    await new Promise((r) => setTimeout(r, 120));
    expect((await call(gate)).decision.allowed).toBe(true);
  });

  it('is all or none: a request denied by one limit is not counted on the others', async () => {
    const gate = gateWith([
      { name: 'rpm', requests: 2, window: '1m' },
      { name: 'tpm', tokens: 50, window: '1m' },
    ]);
    expect((await call(gate, { model: 'm', messages: [], max_tokens: 100 })).decision.allowed).toBe(false);
    const ok = await call(gate, { model: 'm', messages: [], max_tokens: 10 });
    expect(ok.decision.headers['ratelimit']).toMatch(/^"rpm";r=1;/);
  });

  it('applies role overrides (most generous role) and a key override above them', async () => {
    const gate = gateWith([{ name: 'rpm', requests: 1, window: '1m', overrides: { roles: { free: 2, pro: 5 } } }]);
    const pro = { ...alice, id: 'p', roles: ['free', 'pro'] };
    expect((await call(gate, undefined, pro)).decision.headers['ratelimit-policy']).toBe('"rpm";q=5;w=60');
    expect((await call(gate)).decision.headers['ratelimit-policy']).toBe('"rpm";q=2;w=60');
    const vip = { ...alice, id: 'v', limitOverrides: { rpm: 100 } };
    expect((await call(gate, undefined, vip)).decision.headers['ratelimit-policy']).toBe('"rpm";q=100;w=60');
  });

  it('keeps nested limits: a key inside its tenant', async () => {
    const gate = gateWith([
      { name: 'per-key', requests: 2, window: '1m', by: ['principal'] },
      { name: 'per-tenant', requests: 3, window: '1m', by: ['tenant'] },
    ]);
    const bob = { ...alice, id: 'bob' };
    for (let i = 0; i < 2; i++) expect((await call(gate)).decision.allowed).toBe(true);
    expect((await call(gate, undefined, bob)).decision.allowed).toBe(true);
    const denied = await call(gate, undefined, bob);
    expect(denied.decision).toMatchObject({ status: 429, rule: 'limit:per-tenant' });
  });

  it('monitor-mode rules log would-deny and still count the request on the others', async () => {
    const gate = gateWith([
      { name: 'strict', requests: 1, window: '1m', mode: 'monitor' },
      { name: 'rpm', requests: 10, window: '1m' },
    ]);
    await call(gate);
    const second = await call(gate);
    expect(second.decision.allowed).toBe(true);
    expect(second.ctx.wouldDeny.map((d) => d.rule)).toEqual(['limit:strict']);
    expect((await call(gate)).decision.headers['ratelimit']).toMatch(/"rpm";r=7;/);
  });

  it('fails closed by default when Redis is unreachable, with 503 TG_STORE_UNAVAILABLE', async () => {
    const gate = gateWith([{ name: 'rpm', requests: 5, window: '1m' }], { redis: 'redis://127.0.0.1:1', timeout: '100ms' });
    const { decision } = await call(gate);
    expect(decision).toMatchObject({ status: 503, kind: 'error', problem: { code: 'TG_STORE_UNAVAILABLE' }, headers: { 'retry-after': '1' } });
    gate.close();
  });

  it('fails open or falls back to memory as each rule says', async () => {
    const gate = gateWith(
      [
        { name: 'open', requests: 1, window: '1m', failMode: 'open' },
        { name: 'local', requests: 2, window: '1m', failMode: 'local' },
      ],
      { redis: 'redis://127.0.0.1:1', timeout: '100ms' },
    );
    expect((await call(gate)).decision.headers['ratelimit']).toMatch(/^"local";r=1;t=\d+$/);
    expect((await call(gate)).decision.allowed).toBe(true);
    expect((await call(gate)).decision).toMatchObject({ status: 429, rule: 'limit:local' });
    gate.close();
  });

  it('rejects misconfiguration at start-up', () => {
    expect(() => gateWith([{ name: 'q', requests: 1, calendar: 'day', timeZone: 'Nowhere/City' }])).toThrow(/TG_LIMIT_INVALID.*IANA/);
    expect(() => gateWith([{ name: 'r', requests: 1, window: '1m', store: 'redis' }])).toThrow(/TG_LIMIT_STORE_MISSING/);
    expect(() => gateWith([{ name: 'g', requests: 1, window: '1m', by: ['route'] }], { redis: 'redis://127.0.0.1:1' })).toThrow(/TG_LIMIT_INVALID.*hash tag/);
    expect(() => gateWith([{ name: 'x', window: '1m' }])).toThrow(/TG_POLICY_INVALID/);
    expect(() => gateWith([{ name: 'c', concurrency: 2, window: '1m' }])).toThrow(/TG_POLICY_INVALID/);
    expect(() => gateWith([{ name: 'k', requests: 1, window: '1m' }], { keyPrefix: 'a{b}' })).toThrow(/TG_OPTIONS_INVALID/);
  });

  it('keeps the old rule form valid', async () => {
    const gate = gateWith([{ name: 'rpm', requests: 2, window: 60, by: ['principal', 'route'] }]);
    expect((await call(gate)).decision.headers).toMatchObject({ 'ratelimit-policy': '"rpm";q=2;w=60' });
  });

  it('counts special-token text as plain text instead of failing', async () => {
    const gate = gateWith([{ name: 'tpm', tokens: 1000, window: '1m' }]);
    const { decision } = await call(gate, { model: 'm', messages: [{ role: 'user', content: 'x <|endoftext|> y' }], max_tokens: 1 });
    expect(decision.allowed).toBe(true);
  });
});
