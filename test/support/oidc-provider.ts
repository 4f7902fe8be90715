// A real OpenID provider (panva's oidc-provider) on loopback, for JWKS, discovery, client-credentials JWT
// access tokens, opaque tokens and RFC 7662 introspection. Keys can be rotated: the harness swaps in a new
// Provider instance with the new key set behind the same server, as an IdP rotating its JWKS would.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type JWK } from 'oidc-provider';

/** The audience (resource indicator) JWT access tokens are issued for. */
export const JWT_RESOURCE = 'https://api.tollgate.test';
/** A second resource server whose access tokens are opaque: they can only be introspected. */
export const OPAQUE_RESOURCE = 'https://opaque.tollgate.test';
export const SCOPES = 'chat:write models:read';

/** Clients of the provider; their tokens carry the extra claims listed here. */
export const CLIENTS = {
  pro: { id: 'svc-pro', secret: 'svc-pro-secret-0123456789abcdef', claims: { roles: ['pro'], tid: 'acme' } },
  free: { id: 'svc-free', secret: 'svc-free-secret-0123456789abcdef', claims: { roles: ['free'], tid: 'acme' } },
  /** Tollgate itself, authenticating to the introspection endpoint (client_secret_basic). */
  gateway: { id: 'tollgate', secret: 'tollgate-introspection-secret-01', claims: {} },
} as const;
export type ClientName = keyof typeof CLIENTS;

export type SigningKey = JWK & { kid: string };

/** A fresh RS256 private JWK with its own kid. */
export function rsaKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: `k-${randomUUID().slice(0, 8)}`, alg: 'RS256', use: 'sig' };
}

/** How the introspection endpoint misbehaves, when a test asks it to. */
export type IntrospectionFault = 'timeout' | 'http-500' | 'missing-active' | undefined;

export interface OidcProviderHarness {
  readonly issuer: string;
  readonly jwksUri: string;
  readonly introspectionEndpoint: string;
  /** Requests the JWKS endpoint has served. */
  readonly jwksFetches: number;
  readonly introspections: number;
  /** A client-credentials access token: a JWT for JWT_RESOURCE, opaque for OPAQUE_RESOURCE. */
  token(client: ClientName, options?: { resource?: string; scope?: string }): Promise<string>;
  /** Replaces the provider's signing keys (the first signs new tokens); the JWKS serves all of them. */
  rotate(keys: SigningKey[]): void;
  /** The provider's current signing keys (the first signs), for tests that forge variants of real tokens. */
  readonly keys: readonly SigningKey[];
  fault: IntrospectionFault;
  close(): Promise<void>;
}

function provider(issuer: string, keys: SigningKey[], extraClaims: (clientId: string) => Record<string, unknown>): Provider {
  return new Provider(issuer, {
    clients: Object.values(CLIENTS).map((c) => ({
      client_id: c.id,
      client_secret: c.secret,
      grant_types: ['client_credentials'],
      redirect_uris: [],
      response_types: [],
      scope: SCOPES,
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys },
    scopes: ['openid', ...SCOPES.split(' ')],
    cookies: { keys: ['harness-cookie-key-0123456789'] },
    ttl: { ClientCredentials: 300 },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Tollgate authenticates with client_secret_basic; that is all this test IdP requires to introspect.
      introspection: { enabled: true, allowedPolicy: async () => true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => JWT_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) =>
          resource === OPAQUE_RESOURCE
            ? { scope: SCOPES, audience: OPAQUE_RESOURCE, accessTokenFormat: 'opaque', accessTokenTTL: 300 }
            : { scope: SCOPES, audience: JWT_RESOURCE, accessTokenFormat: 'jwt', accessTokenTTL: 300, jwt: { sign: { alg: 'RS256' } } },
      },
    },
    extraTokenClaims: (_ctx, token) => extraClaims((token as { clientId?: string }).clientId ?? ''),
  });
}

/**
 * Starts the provider on 127.0.0.1. `issuer` defaults to the server's own URL; pass another (e.g. an Entra
 * issuer) to test presets: endpoints still answer on loopback, only the `iss` claim changes.
 */
export async function startOidcProvider(options: { issuer?: string; extraClaims?: Record<string, Record<string, unknown>> } = {}): Promise<OidcProviderHarness> {
  let current: Provider | undefined;
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  let jwksFetches = 0;
  let introspections = 0;
  const hanging = new Set<ServerResponse>();
  const state = { fault: undefined as IntrospectionFault };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/jwks') jwksFetches++;
    if (path === '/token/introspection') {
      introspections++;
      if (state.fault === 'timeout') {
        hanging.add(res);
        return;
      }
      if (state.fault === 'http-500') {
        res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"server_error"}');
        return;
      }
      if (state.fault === 'missing-active') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ sub: 'svc-pro', client_id: 'svc-pro', scope: SCOPES }));
        return;
      }
    }
    handler?.(req, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = options.issuer ?? base;
  const claimsFor = (clientId: string): Record<string, unknown> => {
    const client = Object.values(CLIENTS).find((c) => c.id === clientId);
    return { ...(client?.claims ?? {}), ...(options.extraClaims?.[clientId] ?? {}) };
  };
  let currentKeys: SigningKey[] = [];
  const use = (keys: SigningKey[]) => {
    currentKeys = keys;
    current = provider(issuer, keys, claimsFor);
    handler = current.callback() as (req: IncomingMessage, res: ServerResponse) => void;
  };
  use([rsaKey()]);

  return {
    issuer,
    jwksUri: `${base}/jwks`,
    introspectionEndpoint: `${base}/token/introspection`,
    get jwksFetches() {
      return jwksFetches;
    },
    get introspections() {
      return introspections;
    },
    get fault() {
      return state.fault;
    },
    set fault(value: IntrospectionFault) {
      state.fault = value;
    },
    async token(name, opts = {}) {
      const client = CLIENTS[name];
      const body = new URLSearchParams({ grant_type: 'client_credentials', scope: opts.scope ?? SCOPES, resource: opts.resource ?? JWT_RESOURCE });
      const res = await fetch(`${base}/token`, {
        method: 'POST',
        headers: {
          authorization: 'Basic ' + Buffer.from(`${client.id}:${client.secret}`).toString('base64'),
          'content-type': 'application/x-www-form-urlencoded',
        },
        body,
      });
      const json = (await res.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!res.ok || !json.access_token) throw new Error(`token request failed: ${res.status} ${json.error ?? ''} ${json.error_description ?? ''}`);
      return json.access_token;
    },
    rotate: use,
    get keys() {
      return currentKeys;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      void current;
    },
  };
}
