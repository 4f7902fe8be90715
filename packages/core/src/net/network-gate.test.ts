import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { generateApiKey } from '../auth/api-keys.js';
import { createGate } from '../gate.js';
import type { PolicyDocument } from '../policy/types.js';
import type { GateRequest } from '../request.js';

const silent = winston.createLogger({ silent: true });
const key = generateApiKey({ env: 'test', id: 'gatekey01' });

function req(headers: Record<string, string> = {}, remoteAddress = '127.0.0.1'): GateRequest {
  return { method: 'GET', path: '/v1/models', query: '', header: (n) => headers[n], remoteAddress, encrypted: false, body: { kind: 'none' } };
}

const policy = (extra: Partial<PolicyDocument>): PolicyDocument => ({
  version: 1,
  keys: { inline: [{ id: key.id, hash: key.hash }] },
  routes: [{ id: 'models', match: { path: '/v1/models' } }],
  ...extra,
});

describe('network policy in the gate', () => {
  it('warns TG_TRUST_PROXY_PERMISSIVE at start-up for trust-everything settings only', () => {
    const emitted: string[] = [];
    const original = process.emitWarning;
    process.emitWarning = ((message: string, options?: { code?: string }) => void emitted.push(options?.code ?? message)) as typeof process.emitWarning;
    try {
      createGate({ policy: policy({ network: { trustProxy: true } }), logger: silent });
      createGate({ policy: policy({ network: { trustProxy: ['0.0.0.0/0'] } }), logger: silent });
      createGate({ policy: policy({ network: { trustProxy: 'loopback' } }), logger: silent });
      createGate({ policy: policy({ network: { trustProxy: 2 } }), logger: silent });
    } finally {
      process.emitWarning = original;
    }
    expect(emitted).toEqual(['TG_TRUST_PROXY_PERMISSIVE', 'TG_TRUST_PROXY_PERMISSIVE']);
  });

  it('refuses a bad CIDR with TG_NETWORK_INVALID and a bad shape with TG_POLICY_INVALID', () => {
    expect(() => createGate({ policy: policy({ network: { deny: ['10.0.0.0/99'] } }), logger: silent })).toThrow(/TG_NETWORK_INVALID: .*network.deny/);
    expect(() => createGate({ policy: policy({ network: { trustProxy: 'everyone' } }), logger: silent })).toThrow(/TG_NETWORK_INVALID/);
    expect(() => createGate({ policy: { ...policy({}), network: { requireHttps: 'yes' } } as unknown as PolicyDocument, logger: silent })).toThrow(
      /TG_POLICY_INVALID/,
    );
  });

  it('sets the context client IP from the trusted proxy, and leaves it to the socket without one', () => {
    const behind = createGate({ policy: policy({ network: { trustProxy: 'loopback' } }), logger: silent });
    expect(behind.context(req({ 'x-forwarded-for': '::ffff:203.0.113.9' })).clientIp).toBe('203.0.113.9');
    const plain = createGate({ policy: policy({}), logger: silent });
    expect(plain.context(req({ 'x-forwarded-for': '203.0.113.9' })).clientIp).toBe('127.0.0.1');
  });

  it('runs once per request however many auth stages are mounted, and records its rules in the trace', async () => {
    const gate = createGate({ policy: policy({ network: { allow: ['127.0.0.0/8'], authFailureLimit: { attempts: 1, window: '1m' } } }), logger: silent });
    const ctx = gate.context(req({ authorization: 'Bearer ' + key.key.slice(0, -1) + (key.key.endsWith('Z') ? 'Y' : 'Z') }));
    const auth = gate.stage('auth');
    expect((await auth(ctx)).allowed).toBe(false);
    // A second auth stage on the same request neither re-checks the lists nor counts the failure again.
    expect((await gate.protect()(ctx)).allowed).toBe(false);
    expect(ctx.trace.filter((t) => t.rule === 'ip:allow')).toEqual([{ stage: 'auth', rule: 'ip:allow', outcome: 'allow' }]);
    const next = gate.context(req({ authorization: `Bearer ${key.key}` }));
    expect(await auth(next)).toMatchObject({ allowed: false, status: 429, problem: { code: 'TG_AUTH_FAILURES' } });
  });

  it('in monitor mode an IP denial is logged as would-deny and the request passes', async () => {
    const gate = createGate({
      policy: { ...policy({ network: { deny: ['127.0.0.1'] } }), routes: [{ id: 'models', match: { path: '/v1/models' }, mode: 'monitor' }] },
      logger: silent,
    });
    const ctx = gate.context(req({ authorization: `Bearer ${key.key}` }));
    expect((await gate.stage('auth')(ctx)).allowed).toBe(true);
    expect(ctx.wouldDeny.map((d) => d.rule)).toEqual(['ip:deny']);
  });

  it('fails closed with 503 when the Redis key store is away', async () => {
    const gate = createGate({ policy: policy({ keys: { redis: { url: 'redis://127.0.0.1:1', prefix: 'tg-test-away:' } } }), logger: silent });
    const ctx = gate.context(req({ authorization: `Bearer ${key.key}` }));
    expect(await gate.stage('auth')(ctx)).toMatchObject({ allowed: false, status: 503, problem: { code: 'TG_KEY_STORE_UNAVAILABLE' } });
    await gate.close();
  });
});
