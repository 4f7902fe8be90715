import { describe, expect, it } from 'vitest';
import { RequestContext } from '../context.js';
import type { Principal } from '../principal.js';
import type { GateRequest } from '../request.js';
import { ModelPolicy } from './authorize.js';

const request: GateRequest = { method: 'POST', path: '/', query: '', header: () => undefined, remoteAddress: '127.0.0.1', encrypted: false, body: { kind: 'none' } };
const ctxWith = (principal: Principal, model: unknown) => {
  const ctx = new RequestContext(request, () => ({ id: 'r' }));
  ctx.principal = principal;
  ctx.body = { model };
  return ctx;
};
const who = (roles: string[], models?: string[]): Principal => Object.freeze({ id: 'p', method: 'apiKey', roles, scopes: [], ...(models ? { models } : {}) });

describe('model allow-lists', () => {
  const policy = new ModelPolicy({ pro: { models: ['gpt-4o*', 'claude-3-5-sonnet'] }, free: { models: ['gpt-4o-mini'] }, admin: { models: ['*'] } });

  it('allows a model any of the principal\'s listed roles allows', () => {
    expect(policy.check(ctxWith(who(['pro']), 'gpt-4o-2024-08-06'))).toBeUndefined();
    expect(policy.check(ctxWith(who(['free', 'pro']), 'claude-3-5-sonnet'))).toBeUndefined();
    expect(policy.check(ctxWith(who(['admin']), 'anything'))).toBeUndefined();
  });

  it('refuses a model outside the roles\' lists with 403', () => {
    const denied = policy.check(ctxWith(who(['free']), 'gpt-4o'));
    expect(denied).toMatchObject({ status: 403, rule: 'model', problem: { code: 'TG_MODEL_FORBIDDEN' }, reason: { kind: 'authorization', code: 'model' } });
  });

  it('applies a key\'s own list on top of its roles', () => {
    expect(policy.check(ctxWith(who(['pro'], ['gpt-4o-mini']), 'gpt-4o'))).toMatchObject({ status: 403 });
    expect(policy.check(ctxWith(who([], ['gpt-4o-mini']), 'gpt-4o-mini'))).toBeUndefined();
    expect(new ModelPolicy(undefined).check(ctxWith(who([], ['a']), 'b'))).toMatchObject({ status: 403 });
  });

  it('leaves principals without listed roles or keys alone', () => {
    expect(policy.check(ctxWith(who(['viewer']), 'gpt-5'))).toBeUndefined();
    expect(policy.check(ctxWith(who(['free']), undefined))).toBeUndefined();
  });
});
