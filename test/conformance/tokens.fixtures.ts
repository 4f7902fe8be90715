import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateApiKey, type PolicyDocument } from '@tollgate/core';
import { privateKeyOf, signRs256 } from '../support/jws.js';
import { CLIENTS, JWT_RESOURCE, OPAQUE_RESOURCE, startOidcProvider, type OidcProviderHarness } from '../support/oidc-provider.js';

export const tokenKeys = {
  alice: generateApiKey({ env: 'test', id: 'alicekey1' }),
  /** A key limited to one model by its own record. */
  narrow: generateApiKey({ env: 'test', id: 'narrowkey' }),
};

/** A server that must never be contacted: `jku` / `x5u` in attack rows point here. */
export interface Tripwire {
  readonly url: string;
  readonly hits: number;
  close(): Promise<void>;
}

async function tripwire(): Promise<Tripwire> {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.end('{}');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get hits() {
      return hits;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Everything token rows need: the provider, real tokens from it, and a way to sign forged variants. */
export interface TokenKit {
  readonly idp: OidcProviderHarness;
  readonly tripwire: Tripwire;
  /** Client-credentials JWT access tokens from the provider. */
  readonly pro: string;
  readonly free: string;
  /** A pro client's token holding only `models:read`. */
  readonly readOnly: string;
  /** An opaque access token (introspection only). */
  readonly opaque: string;
  /** The provider's RSA public key as PEM (for the key-confusion row). */
  readonly publicPem: string;
  /** Signs claims with the provider's real key: valid unless the claims or header say otherwise. */
  sign(claims: unknown, header?: Record<string, unknown>): string;
  /** Claims of a valid token, to vary. */
  claims(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** A key pair the provider does not know. */
  readonly attacker: { sign(claims: Record<string, unknown>, header?: Record<string, unknown>): string; jwk: Record<string, unknown>; kid: string };
  close(): Promise<void>;
}

export async function tokenKit(): Promise<TokenKit> {
  const idp = await startOidcProvider();
  const wire = await tripwire();
  const [pro, free, readOnly, opaque] = await Promise.all([
    idp.token('pro'),
    idp.token('free'),
    idp.token('pro', { scope: 'models:read' }),
    idp.token('pro', { resource: OPAQUE_RESOURCE }),
  ]);
  const signing = idp.keys[0]!;
  const key = privateKeyOf(signing);
  const attackerPair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const attackerKid = `evil-${randomUUID().slice(0, 6)}`;
  const claims = (overrides: Record<string, unknown> = {}) => {
    const now = Math.floor(Date.now() / 1000);
    return { sub: 'forged-ok', client_id: 'svc-pro', scope: 'chat:write models:read', roles: ['pro'], tid: 'acme', iss: idp.issuer, aud: JWT_RESOURCE, iat: now, exp: now + 300, ...overrides };
  };
  return {
    idp,
    tripwire: wire,
    pro,
    free,
    readOnly,
    opaque,
    publicPem: createPublicKey(key).export({ format: 'pem', type: 'spki' }).toString(),
    sign: (c, header = {}) => signRs256({ alg: 'RS256', typ: 'at+jwt', kid: signing.kid, ...header }, c, key),
    claims,
    attacker: {
      kid: attackerKid,
      jwk: { ...(attackerPair.publicKey.export({ format: 'jwk' }) as Record<string, unknown>), kid: attackerKid, alg: 'RS256', use: 'sig' },
      sign: (c, header = {}) => signRs256({ alg: 'RS256', kid: attackerKid, ...header }, c, attackerPair.privateKey),
    },
    async close() {
      await Promise.all([idp.close(), wire.close()]);
    },
  };
}

/** API keys, JWTs and opaque tokens on one gate, with scope, role and model requirements. */
export function tokenPolicy(kit: TokenKit): PolicyDocument {
  return {
    version: 1,
    keys: {
      inline: [
        { id: tokenKeys.alice.id, hash: tokenKeys.alice.hash, principal: 'alice', roles: ['pro'], scopes: ['chat:write'] },
        { id: tokenKeys.narrow.id, hash: tokenKeys.narrow.hash, principal: 'narrow', scopes: ['chat:write'], models: ['gpt-4o-mini'] },
      ],
    },
    jwt: {
      algorithms: ['RS256'],
      issuer: kit.idp.issuer,
      audience: JWT_RESOURCE,
      jwksUri: kit.idp.jwksUri,
      clockTolerance: '30s',
      jwks: { requestsPerMinute: 5 },
      claims: { subject: ['sub', 'client_id'], tenant: 'tid', roles: 'roles', scopes: 'scope' },
    },
    introspection: {
      endpoint: kit.idp.introspectionEndpoint,
      clientId: CLIENTS.gateway.id,
      clientSecret: CLIENTS.gateway.secret,
      audience: OPAQUE_RESOURCE,
      timeout: '1s',
      claims: { tenant: 'tid' },
    },
    roles: { pro: { models: ['gpt-4o*'] }, free: { models: ['gpt-4o-mini'] } },
    defaults: { auth: { methods: ['apiKey', 'jwt', 'introspection'] } },
    routes: [
      {
        id: 'chat',
        match: { method: 'POST', path: '/v1/chat/completions' },
        auth: { methods: ['apiKey', 'jwt', 'introspection'], scopes: ['chat:write'] },
        validate: { schema: 'openai.chat', maxBodyBytes: '8kb' },
      },
      {
        id: 'pro-only',
        match: { method: 'POST', path: '/v1/monitored' },
        auth: { methods: ['jwt', 'apiKey'], roles: ['pro'] },
        validate: { schema: 'openai.chat' },
      },
      { id: 'health', match: { path: '/health' }, auth: false },
      { id: 'models', match: { method: 'GET', path: '/v1/models' } },
    ],
  };
}
