import type { Duration } from './types.js';

/** Where a principal's fields come from in a token's claims (dotted paths, e.g. `realm_access.roles`). */
export interface ClaimMapping {
  /** Claim(s) naming the principal; the first present wins. @default ['sub'] */
  subject?: string | string[];
  /** Claim naming the tenant. @default none */
  tenant?: string;
  /** Claim holding roles: an array, or a space-separated string. @default 'roles' */
  roles?: string;
  /** Claim holding scopes: a space-separated string (`scp`, `scope`) or an array. @default 'scope' */
  scopes?: string;
}

/** Azure Entra ID preset: v1 and v2 issuers, JWKS and discovery of the tenant, `scp`/`roles`/`tid` claims. */
export interface EntraPreset {
  /** The directory (tenant) id, a GUID. */
  tenantId: string;
  /** Accepted audiences: the API's application id URI and/or client id. */
  audience: string | string[];
}

export interface JwksSettings {
  /** How long fetched signing keys are kept. @default '10m' */
  cacheMaxAge?: Duration;
  /** Most JWKS fetches per minute (unknown `kid`s beyond it are refused without a fetch). @default 10 */
  requestsPerMinute?: number;
  /** Timeout of one JWKS or discovery request. @default '5s' */
  timeout?: Duration;
}

/** JSON Web Tokens verified with jsonwebtoken. */
export interface JwtPolicy {
  /** Accepted `alg` values. Required: there is no default, so `none` or a key-confusion alg is never implied. */
  algorithms?: string[];
  /** Accepted `iss` (exact match). */
  issuer?: string | string[];
  /** Accepted `aud` (one of). */
  audience?: string | string[];
  /** Leeway for `exp`, `nbf` and `iat`. @default 0 */
  clockTolerance?: Duration;
  /** Oldest accepted token, by `iat`. @default none */
  maxAge?: Duration;
  /** HMAC secret, inline (tests) — prefer `secretEnv`. */
  secret?: string;
  /** Name of the environment variable holding the HMAC secret. */
  secretEnv?: string;
  /** A PEM public key (or a path to one, relative to the policy). */
  publicKey?: string;
  /** The JWKS URL; fetched through jwks-rsa. */
  jwksUri?: string;
  /** Read `jwks_uri` (and the issuer) from `<issuer>/.well-known/openid-configuration`, lazily at first use. */
  discovery?: boolean;
  jwks?: JwksSettings;
  /** Azure Entra ID preset (sets issuer, JWKS and claims for the tenant). */
  entra?: EntraPreset;
  claims?: ClaimMapping;
  /** Largest token accepted, in characters, checked before decoding (the header cap is 4096). @default 4096 */
  maxTokenLength?: number;
  /** Verified tokens kept (until their `exp`) so repeat calls skip signature checks. @default 10000 */
  cacheSize?: number;
}

/** RFC 7662 token introspection for opaque access tokens. */
export interface IntrospectionPolicy {
  /** The introspection endpoint; or set `issuer` to discover it. */
  endpoint?: string;
  /** Issuer whose discovery document names the endpoint (and whose `iss` is then required). */
  issuer?: string;
  /** Client id used for client_secret_basic authentication. */
  clientId: string;
  /** Client secret inline (tests) — prefer `clientSecretEnv`. */
  clientSecret?: string;
  clientSecretEnv?: string;
  /** Accepted `aud` values, when the server reports one. @default any */
  audience?: string | string[];
  /** Timeout of one introspection call; beyond it the request gets 503. @default '3s' */
  timeout?: Duration;
  /** Longest an active answer is cached (never past the token's `exp`). @default '60s' */
  cacheMaxAge?: Duration;
  /** Most cached answers (active ones, and refused ones apart). @default 10000 */
  cacheSize?: number;
  /** How long a refused token (inactive, expired, wrong audience) is answered 401 without asking again; '0s' asks every time. @default '10s' */
  refusedCacheMaxAge?: Duration;
  /** Introspection calls in flight at most; beyond it new tokens get 503 until some return. @default 64 */
  maxConcurrent?: number;
  claims?: ClaimMapping;
}

/** What a role may do beyond its name. */
export interface RolePolicy {
  /** Models this role may request (`*` suffix matches a prefix, `*` alone any). */
  models?: string[];
}
