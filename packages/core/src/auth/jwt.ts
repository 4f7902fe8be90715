import { readFileSync } from 'node:fs';
import { createPublicKey, createSecretKey, type KeyObject } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import type jwt from 'jsonwebtoken';
import { jwt as jsonwebtoken } from '../lazy-modules.js';
import type { LRUCache } from 'lru-cache';
import { growingLru } from '../lru.js';
import { TollgateConfigError } from '../errors.js';
import type { JwtPolicy } from '../policy/types.js';
import { durationSeconds } from '../policy/units.js';
import { compileClaims, principalFromClaims, type CompiledClaims } from './claims.js';
import { tokenRejected } from './denials.js';
import { applyEntra } from './entra.js';
import { JwksKeys } from './jwks.js';
import { Discovery } from './oidc.js';
import type { TokenAuthenticator, TokenOutcome } from './token-outcome.js';

/** Three non-empty base64url segments: rejects 2 or 4 segments, stripped signatures and stray characters. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
/** Printable ASCII without spaces or quotes: anything else is refused before any key lookup. */
const KID = /^[\x21\x23-\x26\x28-\x7e]{1,256}$/;
/** An `iat` this far beyond now (plus the tolerance) is refused: a token cannot come from the future. */
const IAT_SKEW_SECONDS = 60;
const DEFAULT_MAX_TOKEN_LENGTH = 4096;

type StaticKey = { readonly kind: 'static'; readonly key: KeyObject };
type KeySource = StaticKey | { readonly kind: 'jwks'; readonly jwks: JwksKeys };

const noKid = tokenRejected('The token names a signing key this server does not know.');

/**
 * Verifies JWT bearer tokens with jsonwebtoken. Everything jsonwebtoken leaves open is closed here: the
 * algorithm list is required, `exp` is required, `crit` is refused, the size is capped before decoding, and
 * keys come only from the configured source (never from `jku`, `x5u` or an embedded `jwk`).
 */
export class JwtAuthenticator implements TokenAuthenticator {
  readonly #algorithms: jwt.Algorithm[];
  readonly #allowed: ReadonlySet<string>;
  readonly #keys: KeySource;
  readonly #options: jwt.VerifyOptions;
  // Loaded here, when a gate verifies JWTs at all (lazy-modules.ts), so the first token does not pay for it.
  readonly #verify = jsonwebtoken().verify;
  readonly #toleranceSeconds: number;
  readonly #maxAgeSeconds: number | undefined;
  readonly #maxLength: number;
  readonly #claims: CompiledClaims;
  readonly #cache: LRUCache<number, CachedToken> | undefined;

  constructor(raw: JwtPolicy, baseDir: string, where = 'policy jwt') {
    const policy = applyEntra(raw);
    if (!policy.algorithms || policy.algorithms.length === 0) {
      throw new TollgateConfigError('TG_JWT_ALGORITHMS_REQUIRED',
        'jwt.algorithms is required: list the algorithms your issuer signs with, e.g. [RS256]; there is no default so `none` or an HMAC/RSA mix-up can never be implied.', where);
    }
    this.#algorithms = policy.algorithms as jwt.Algorithm[];
    this.#allowed = new Set(this.#algorithms);
    this.#keys = keySource(policy, baseDir, where);
    const hmac = this.#algorithms.filter((a) => a.startsWith('HS'));
    if (hmac.length > 0 && (this.#keys.kind !== 'static' || this.#keys.key.type !== 'secret')) {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', `${hmac.join(', ')} need jwt.secret or jwt.secretEnv; with a public key or JWKS list only RS*, PS* or ES* algorithms.`, where);
    }
    if (hmac.length !== 0 && hmac.length !== this.#algorithms.length) {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', 'jwt.algorithms mixes HMAC (HS*) and public-key algorithms; list one family only.', where);
    }
    if (hmac.length === 0 && this.#keys.kind === 'static' && this.#keys.key.type === 'secret') {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', 'jwt.secret is set but jwt.algorithms lists no HS* algorithm.', where);
    }
    this.#toleranceSeconds = policy.clockTolerance === undefined ? 0 : durationSeconds(policy.clockTolerance);
    this.#maxAgeSeconds = policy.maxAge === undefined ? undefined : durationSeconds(policy.maxAge);
    this.#options = {
      algorithms: this.#algorithms,
      clockTolerance: this.#toleranceSeconds,
      ...(policy.issuer !== undefined ? { issuer: [policy.issuer].flat() as [string, ...string[]] } : {}),
      ...(policy.audience !== undefined ? { audience: [policy.audience].flat() as [string, ...string[]] } : {}),
      ...(this.#maxAgeSeconds !== undefined ? { maxAge: this.#maxAgeSeconds } : {}),
    };
    this.#maxLength = policy.maxTokenLength ?? DEFAULT_MAX_TOKEN_LENGTH;
    this.#claims = compileClaims(policy.claims, { subject: 'sub', roles: 'roles', scopes: 'scope' });
    const size = policy.cacheSize ?? 10_000;
    this.#cache = size > 0 ? growingLru<number, CachedToken>(size, { ttlAutopurge: false }) : undefined;
  }

  verify(token: string, authorization?: string): TokenOutcome | Promise<TokenOutcome> {
    if (token.length > this.#maxLength) return reject(`The token is longer than ${this.#maxLength} characters.`);
    const cached = this.#cache?.get(cacheKey(token));
    // The header first: a token is a slice of its header, and V8's string-equality builtin compares only
    // unsliced strings, sending two slices to a C++ runtime call (~40 I-cache lines a request in callgrind).
    if (cached && ((authorization !== undefined && cached.authorization === authorization) || cached.token === token)) return cached.outcome;
    if (!JWT_SHAPE.test(token)) return reject('The token is not a JWT: it must be three non-empty base64url segments.');
    const header = decodeSegment(token.slice(0, token.indexOf('.')));
    if (!header) return reject('The token header is not a JSON object.');
    // RFC 7515 §4.1.11: an extension listed in `crit` that we do not understand makes the token invalid.
    if (header['crit'] !== undefined) return reject('The token header lists `crit` extensions this server does not understand.');
    const alg = header['alg'];
    if (typeof alg !== 'string' || !this.#allowed.has(alg)) {
      return reject(`The token's algorithm is not accepted; accepted: ${this.#algorithms.join(', ')}.`);
    }
    if (this.#keys.kind === 'static') return this.#check(token, authorization, this.#keys.key);
    const kid = header['kid'];
    if (kid !== undefined && (typeof kid !== 'string' || !KID.test(kid))) return { ok: false, rejection: noKid };
    return this.#keys.jwks.key(kid, alg).then((found) => {
      if (found.ok) return this.#check(token, authorization, found.key);
      return found.unavailable
        ? { ok: false, unavailable: `Signing keys could not be fetched (${found.detail}); try again shortly.` }
        : { ok: false, rejection: noKid };
    });
  }

  #check(token: string, authorization: string | undefined, key: KeyObject): TokenOutcome {
    let payload: unknown;
    try {
      payload = this.#verify(token, key, this.#options);
    } catch (err) {
      return verifyError(err);
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return reject('The token payload is not a JSON object.');
    const claims = payload as Record<string, unknown>;
    const exp = claims['exp'];
    if (typeof exp !== 'number') return reject('The token has no numeric `exp` claim; tokens without an expiry are not accepted.');
    const now = Date.now() / 1000;
    const iat = claims['iat'];
    if (iat !== undefined && (typeof iat !== 'number' || iat > now + this.#toleranceSeconds + IAT_SKEW_SECONDS)) {
      return reject('The token\'s `iat` is not a time in the past.');
    }
    const principal = principalFromClaims(claims, this.#claims, 'jwt');
    if (!principal) return reject('The token has no subject claim naming the caller.');
    // Cached until `exp` (and no longer than `maxAge` allows): repeat calls skip the signature check.
    let ttlSeconds = exp - now;
    if (this.#maxAgeSeconds !== undefined && typeof iat === 'number') ttlSeconds = Math.min(ttlSeconds, iat + this.#maxAgeSeconds - now);
    const outcome: TokenOutcome = Object.freeze({ ok: true, principal });
    if (this.#cache && ttlSeconds >= 1) this.#cache.set(cacheKey(token), { token, authorization, outcome }, { ttl: Math.floor(ttlSeconds * 1000) });
    return outcome;
  }
}

interface CachedToken {
  readonly token: string;
  /** The `Authorization` header the token came in, if exactly `Bearer <token>` (kept alive by the token, a slice of it, anyway). */
  readonly authorization: string | undefined;
  /** Made once when the token is verified: a hit allocates nothing. */
  readonly outcome: TokenOutcome;
}

/**
 * Cache key: a 32-bit hash (FNV-1a) of the token's last six characters, its signature's. A number, because
 * making and hashing a string key (a slice of the token) cost more than the rest of a cache hit. The full token
 * is then compared for equality, so tokens that share a key, by chance or by a forgery copying a real token's
 * signature, only miss: the worst a collision does is make two callers verify their tokens again.
 */
function cacheKey(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = Math.max(0, token.length - 6); i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
  return hash | 0;
}

function reject(detail: string): TokenOutcome {
  return { ok: false, rejection: tokenRejected(detail) };
}

function verifyError(err: unknown): TokenOutcome {
  const { TokenExpiredError, NotBeforeError } = jsonwebtoken();
  if (err instanceof TokenExpiredError) return { ok: false, rejection: tokenRejected('The token has expired.', 'expired') };
  if (err instanceof NotBeforeError) return reject('The token is not valid yet (`nbf` is in the future).');
  const message = err instanceof Error ? err.message : String(err);
  // jsonwebtoken appends what we expected ("expected: <aud>"): configuration is not the caller's business.
  const cut = message.indexOf('. expected');
  return reject(`The token is not valid: ${cut === -1 ? message : message.slice(0, cut)}.`);
}

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function keySource(policy: JwtPolicy, baseDir: string, where: string): KeySource {
  const sources = (['secret', 'secretEnv', 'publicKey', 'jwksUri', 'discovery'] as const).filter((k) => policy[k] !== undefined && policy[k] !== false);
  if (sources.length !== 1) {
    throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID',
      `jwt needs exactly one key source (secret, secretEnv, publicKey, jwksUri, discovery or entra); found ${sources.length === 0 ? 'none' : sources.join(', ')}.`, where);
  }
  if (policy.secret !== undefined) return { kind: 'static', key: createSecretKey(Buffer.from(policy.secret, 'utf8')) };
  if (policy.secretEnv !== undefined) {
    const secret = process.env[policy.secretEnv];
    if (!secret || secret.length < 32) {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', `environment variable ${policy.secretEnv} must hold the HMAC secret (at least 32 characters).`, where);
    }
    return { kind: 'static', key: createSecretKey(Buffer.from(secret, 'utf8')) };
  }
  if (policy.publicKey !== undefined) {
    const text = policy.publicKey.includes('-----BEGIN') ? policy.publicKey : readPem(policy.publicKey, baseDir, where);
    try {
      return { kind: 'static', key: createPublicKey(text) };
    } catch (err) {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', `jwt.publicKey is not a PEM public key (${(err as Error).message}).`, where);
    }
  }
  const jwks = policy.jwks ?? {};
  const options = {
    cacheMaxAgeMs: durationSeconds(jwks.cacheMaxAge ?? '10m') * 1000,
    requestsPerMinute: jwks.requestsPerMinute ?? 10,
    timeoutMs: durationSeconds(jwks.timeout ?? '5s') * 1000,
  };
  if (policy.jwksUri !== undefined) return { kind: 'jwks', jwks: new JwksKeys(policy.jwksUri, options) };
  const issuer = typeof policy.issuer === 'string' ? policy.issuer : undefined;
  if (!issuer) throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', 'jwt.discovery needs jwt.issuer (one URL) to find the discovery document.', where);
  const discovery = new Discovery(issuer, options.timeoutMs);
  return {
    kind: 'jwks',
    jwks: new JwksKeys(async () => {
      const meta = await discovery.metadata();
      if (!meta.jwks_uri) throw new Error(`${discovery.url} names no jwks_uri`);
      return meta.jwks_uri;
    }, options),
  };
}

function readPem(path: string, baseDir: string, where: string): string {
  try {
    return readFileSync(isAbsolute(path) ? path : resolve(baseDir, path), 'utf8');
  } catch {
    throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', `jwt.publicKey: cannot read ${path}; give a PEM string or a readable file path.`, where);
  }
}
