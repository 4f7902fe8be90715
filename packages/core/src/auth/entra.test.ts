import { describe, expect, it } from 'vitest';
import { applyEntra, entraSettings } from './entra.js';
import { compileClaims, principalFromClaims } from './claims.js';

const tenantId = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';
const tid = tenantId.toLowerCase();

describe('Entra ID preset', () => {
  it('accepts the tenant\'s v2 and v1 issuers, and fetches keys and discovery from the tenant', () => {
    const s = entraSettings({ tenantId, audience: 'api://tollgate' });
    expect(s.issuer).toEqual([`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`]);
    expect(s.jwksUri).toBe(`https://login.microsoftonline.com/${tid}/discovery/v2.0/keys`);
    expect(s.discoveryUrl).toBe(`https://login.microsoftonline.com/${tid}/v2.0/.well-known/openid-configuration`);
    expect(s.audience).toEqual(['api://tollgate']);
  });

  it('fills a JWT policy, keeping what the policy sets itself', () => {
    const policy = applyEntra({ algorithms: ['RS256'], entra: { tenantId, audience: ['api://tollgate', '11111111-2222-3333-4444-555555555555'] }, claims: { roles: 'app_roles' } });
    expect(policy.issuer).toEqual([`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`]);
    expect(policy.audience).toEqual(['api://tollgate', '11111111-2222-3333-4444-555555555555']);
    expect(policy.jwksUri).toBe(`https://login.microsoftonline.com/${tid}/discovery/v2.0/keys`);
    expect(policy.claims).toEqual({ subject: ['oid', 'sub'], tenant: 'tid', roles: 'app_roles', scopes: 'scp' });
    expect(applyEntra({ algorithms: ['RS256'], entra: { tenantId, audience: 'x' }, jwksUri: 'http://127.0.0.1:1/keys' }).jwksUri).toBe('http://127.0.0.1:1/keys');
  });

  it('maps a user token (scp) and an app token (roles) to principals', () => {
    const claims = compileClaims(applyEntra({ entra: { tenantId, audience: 'x' } }).claims, { subject: 'sub', roles: 'roles', scopes: 'scope' });
    const user = principalFromClaims({ oid: 'user-oid', sub: 'pairwise', tid, scp: 'chat:write models:read', exp: 2e9 }, claims, 'jwt');
    expect(user).toMatchObject({ id: 'user-oid', tenant: tid, scopes: ['chat:write', 'models:read'], roles: [], expiresAt: 2e9 });
    const app = principalFromClaims({ sub: 'app-sub', tid, roles: ['Chat.Write', 'pro'] }, claims, 'jwt');
    expect(app).toMatchObject({ id: 'app-sub', roles: ['Chat.Write', 'pro'], scopes: [] });
  });
});

describe('claim paths', () => {
  const claims = compileClaims({ subject: 'preferred_username', roles: 'realm_access.roles', scopes: 'scope', tenant: 'org.id' }, { subject: 'sub', roles: 'roles', scopes: 'scope' });

  it('reads nested paths, space-separated strings and arrays', () => {
    const p = principalFromClaims({ preferred_username: 'ann', realm_access: { roles: ['pro'] }, scope: 'a b  c', org: { id: 'acme' } }, claims, 'jwt');
    expect(p).toMatchObject({ id: 'ann', roles: ['pro'], scopes: ['a', 'b', 'c'], tenant: 'acme' });
  });

  it('ignores claims of the wrong type and refuses a principal without a subject', () => {
    expect(principalFromClaims({ preferred_username: 'ann', realm_access: { roles: 'pro' }, scope: ['x', 1] }, claims, 'jwt')).toMatchObject({ roles: ['pro'], scopes: [] });
    expect(principalFromClaims({ preferred_username: 42 }, claims, 'jwt')).toBeUndefined();
    expect(principalFromClaims({ preferred_username: '' }, claims, 'jwt')).toBeUndefined();
  });

  it('does not walk into the prototype', () => {
    const proto = compileClaims({ subject: 'constructor.name' }, { subject: 'sub', roles: 'roles', scopes: 'scope' });
    expect(principalFromClaims({}, proto, 'jwt')).toBeUndefined();
  });
});
