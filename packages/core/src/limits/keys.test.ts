import { describe, expect, it } from 'vitest';
import { RequestContext } from '../context.js';
import type { GateRequest } from '../request.js';
import { limitKey } from './keys.js';

const request = (path: string, remoteAddress = '10.0.0.1'): GateRequest => ({
  method: 'POST',
  path,
  query: '',
  header: () => undefined,
  remoteAddress,
  encrypted: false,
  body: { kind: 'none' },
});
const ctxFor = (principal: string, route: string) => {
  const ctx = new RequestContext(request('/x'), () => ({ id: route }));
  ctx.principal = { id: principal, method: 'apiKey', roles: [], scopes: [] };
  return ctx;
};

describe('limit keys', () => {
  it('never collide across part boundaries (case 25)', () => {
    expect(limitKey(['principal', 'route'], ctxFor('a:b', 'c'))).not.toBe(limitKey(['principal', 'route'], ctxFor('a', 'b:c')));
  });

  it('keep anonymous IPs apart from principals with the same text', () => {
    const anon = new RequestContext(request('/x', '1.2.3.4'), () => ({ id: 'r' }));
    expect(limitKey(['principal'], anon)).not.toBe(limitKey(['principal'], ctxFor('1.2.3.4', 'r')));
  });

  it('treat IPv4-mapped IPv6 as the IPv4 address', () => {
    const mapped = new RequestContext(request('/x', '::ffff:1.2.3.4'), () => ({ id: 'r' }));
    const plain = new RequestContext(request('/x', '1.2.3.4'), () => ({ id: 'r' }));
    expect(limitKey(['ip'], mapped)).toBe(limitKey(['ip'], plain));
  });

  it('key by model without colliding with a missing model', () => {
    const withModel = (model: unknown) => {
      const ctx = ctxFor('a', 'r');
      ctx.body = { model };
      return limitKey(['principal', 'model'], ctx);
    };
    expect(withModel('gpt-4o')).not.toBe(withModel('gpt-4o-mini'));
    expect(withModel('-')).not.toBe(withModel(undefined));
    expect(withModel('a:b')).toBe('p%2Fa:m%2Fa%3Ab');
  });
});
