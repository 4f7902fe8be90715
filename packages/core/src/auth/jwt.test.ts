import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { TollgateConfigError } from '../errors.js';
import type { JwtPolicy } from '../policy/types.js';
import { JwtAuthenticator } from './jwt.js';
import type { TokenOutcome } from './token-outcome.js';

const secret = 'an-hmac-secret-that-is-long-enough-0123456789';
const make = (policy: JwtPolicy) => new JwtAuthenticator(policy, process.cwd());
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return err instanceof TollgateConfigError ? err.code : 'other';
  }
  return undefined;
};
const sync = (o: TokenOutcome | Promise<TokenOutcome>): TokenOutcome => {
  if (o instanceof Promise) throw new Error('expected a synchronous outcome');
  return o;
};

describe('JWT configuration is checked at start-up', () => {
  it('requires the algorithm list', () => {
    expect(codeOf(() => make({ secret }))).toBe('TG_JWT_ALGORITHMS_REQUIRED');
    expect(codeOf(() => make({ secret, algorithms: [] }))).toBe('TG_JWT_ALGORITHMS_REQUIRED');
  });

  it('refuses HMAC algorithms with public keys, mixed families and several key sources', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(codeOf(() => make({ algorithms: ['HS256'], publicKey: pem }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['HS256'], jwksUri: 'https://idp.example/jwks' }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['RS256'], secret }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['HS256', 'RS256'], secret }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['RS256'], publicKey: pem, jwksUri: 'https://idp.example/jwks' }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['RS256'] }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['RS256'], publicKey: 'not-a-file.pem' }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['RS256'], discovery: true }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['HS256'], secretEnv: 'TG_TEST_UNSET_SECRET_VAR' }))).toBe('TG_AUTH_CONFIG_INVALID');
    expect(codeOf(() => make({ algorithms: ['RS256'], publicKey: pem }))).toBeUndefined();
  });
});

describe('JWT verification with an HMAC KeyObject', () => {
  const auth = make({ algorithms: ['HS256'], secret, issuer: 'https://idp.test', audience: 'api', claims: { scopes: 'scp' } });
  const now = () => Math.floor(Date.now() / 1000);
  const token = (claims: Record<string, unknown>, options: jwt.SignOptions = {}) =>
    jwt.sign({ sub: 'ann', iss: 'https://idp.test', aud: 'api', exp: now() + 60, ...claims }, secret, { algorithm: 'HS256', ...options });

  it('maps a valid token to a principal and answers repeats from the cache', () => {
    const t = token({ scp: 'chat:write' });
    const first = sync(auth.verify(t));
    expect(first).toMatchObject({ ok: true, principal: { id: 'ann', method: 'jwt', scopes: ['chat:write'] } });
    const second = sync(auth.verify(t));
    // The outcome made at verification, not a copy: a cache hit allocates nothing.
    expect(second).toBe(first);
    expect(Object.isFrozen(second)).toBe(true);
  });

  it('never answers a forged token from the cache entry of the real one it copies the signature of', () => {
    const real = token({ sub: 'ann' });
    expect(sync(auth.verify(real))).toMatchObject({ ok: true });
    const [header, , signature] = real.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'root', iss: 'https://idp.test', aud: 'api', exp: now() + 60 })).toString('base64url');
    expect(sync(auth.verify(`${header}.${payload}.${signature}`))).toMatchObject({ ok: false, rejection: { detail: expect.stringContaining('signature') } });
  });

  it('answers a repeat by its Authorization header, and a forged token by neither header nor token', () => {
    const real = token({ sub: 'ann' });
    const first = sync(auth.verify(real, `Bearer ${real}`));
    expect(first).toMatchObject({ ok: true, principal: { id: 'ann' } });
    expect(sync(auth.verify(real, `Bearer ${real}`))).toBe(first);
    // The same token from another header (lower-case scheme, or none known) is still a hit, by the token.
    expect(sync(auth.verify(real, `bearer ${real}`))).toBe(first);
    expect(sync(auth.verify(real))).toBe(first);
    const [header, , signature] = real.split('.');
    const payload = Buffer.from(JSON.stringify({ sub: 'root', iss: 'https://idp.test', aud: 'api', exp: now() + 60 })).toString('base64url');
    const forged = `${header}.${payload}.${signature}`;
    expect(sync(auth.verify(forged, `Bearer ${forged}`))).toMatchObject({ ok: false, rejection: { detail: expect.stringContaining('signature') } });
  });

  it('refuses what jsonwebtoken alone would accept', () => {
    const noExp = jwt.sign({ sub: 'ann', iss: 'https://idp.test', aud: 'api' }, secret, { algorithm: 'HS256' });
    expect(sync(auth.verify(noExp))).toMatchObject({ ok: false, rejection: { detail: expect.stringContaining('exp') } });
    const crit = token({}, { header: { alg: 'HS256', crit: ['b64'] } as jwt.JwtHeader });
    expect(sync(auth.verify(crit))).toMatchObject({ ok: false, rejection: { detail: expect.stringContaining('crit') } });
    const future = token({ iat: now() + 3600 });
    expect(sync(auth.verify(future))).toMatchObject({ ok: false, rejection: { detail: expect.stringContaining('iat') } });
    expect(sync(auth.verify(token({ sub: undefined })))).toMatchObject({ ok: false });
    expect(sync(auth.verify('x'.repeat(5000)))).toMatchObject({ ok: false, rejection: { detail: expect.stringContaining('4096') } });
  });

  it('answers a cached token only until its exp', async () => {
    const exp = now() + 2;
    const t = token({ exp });
    expect(sync(auth.verify(t, `Bearer ${t}`))).toMatchObject({ ok: true });
    expect(sync(auth.verify(t, `Bearer ${t}`))).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, exp * 1000 + 50 - Date.now()));
    expect(sync(auth.verify(t, `Bearer ${t}`))).toMatchObject({ ok: false, rejection: { code: 'expired' } });
    expect(sync(auth.verify(t))).toMatchObject({ ok: false, rejection: { code: 'expired' } });
  });

  it('says expired for an expired token', () => {
    expect(sync(auth.verify(token({ exp: now() - 10 })))).toMatchObject({ ok: false, rejection: { code: 'expired', problemCode: 'TG_AUTH_EXPIRED' } });
  });
});
