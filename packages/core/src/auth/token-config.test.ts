import { describe, expect, it } from 'vitest';
import { createGate } from '../gate.js';
import type { PolicyDocument } from '../policy/types.js';

const codeOf = (policy: PolicyDocument): string | undefined => {
  try {
    createGate({ policy });
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};
const secret = 'an-hmac-secret-that-is-long-enough-0123456789';

describe('token authentication is checked when the gate is created', () => {
  it('refuses a jwt section without algorithms, and algorithms outside the supported list', () => {
    expect(codeOf({ version: 1, jwt: { secret } })).toBe('TG_JWT_ALGORITHMS_REQUIRED');
    expect(codeOf({ version: 1, jwt: { secret, algorithms: ['none'] as never } })).toBe('TG_POLICY_INVALID');
  });

  it('refuses a route naming a method the policy does not configure', () => {
    expect(codeOf({ version: 1, defaults: { auth: { methods: ['jwt'] } } })).toBe('TG_AUTH_METHOD_UNCONFIGURED');
    expect(codeOf({ version: 1, routes: [{ id: 'r', auth: { methods: ['introspection'] } }] })).toBe('TG_AUTH_METHOD_UNCONFIGURED');
    expect(codeOf({ version: 1, introspection: { clientId: 'gw', endpoint: 'https://idp/introspect' } })).toBe('TG_AUTH_CONFIG_INVALID');
  });

  it('refuses malformed scope and role requirements', () => {
    expect(codeOf({ version: 1, defaults: { auth: { scopes: ['has "quote'] } } })).toBe('TG_POLICY_INVALID');
    expect(codeOf({ version: 1, defaults: { auth: { roles: [] } } })).toBe('TG_POLICY_INVALID');
  });

  it('checks auth() options against the same schema, and compiles them once', () => {
    const gate = createGate({ policy: { version: 1, jwt: { algorithms: ['HS256'], secret } } });
    expect(() => gate.stage('auth', { methods: ['jwt'], scopes: ['chat:write'] })).not.toThrow();
    expect(() => gate.stage('auth', { methods: ['introspection'] })).toThrow(/TG_AUTH_METHOD_UNCONFIGURED/);
    expect(() => gate.stage('auth', { methods: ['saml' as never] })).toThrow(/TG_OPTIONS_INVALID/);
  });
});
