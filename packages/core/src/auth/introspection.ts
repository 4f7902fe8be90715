import type { LRUCache } from 'lru-cache';
import { growingLru } from '../lru.js';
import { TollgateConfigError } from '../errors.js';
import type { IntrospectionPolicy } from '../policy/types.js';
import { durationSeconds } from '../policy/units.js';
import type { Principal } from '../principal.js';
import { compileClaims, principalFromClaims, type CompiledClaims } from './claims.js';
import { tokenRejected } from './denials.js';
import { fetchJson, ProviderError } from './http-json.js';
import { Discovery } from './oidc.js';
import type { TokenAuthenticator, TokenOutcome } from './token-outcome.js';

/** Opaque tokens are short; anything longer is refused before we send it to the IdP. */
const MAX_OPAQUE_LENGTH = 2048;
const OPAQUE = /^[\x21-\x7e]+$/;

/**
 * RFC 7662 introspection with client_secret_basic. Only an answer with `active: true` allows; `active: false`,
 * a missing `active`, a timeout or a 5xx never do (401 or 503). Active answers are cached, never past `exp`;
 * refusals briefly too, and calls in flight are capped, so a flood of made-up tokens cannot flood the IdP.
 */
export class Introspector implements TokenAuthenticator {
  readonly #endpoint: () => Promise<string>;
  readonly #authorization: string;
  readonly #timeoutMs: number;
  readonly #maxAgeMs: number;
  readonly #issuer: string | undefined;
  readonly #audience: ReadonlySet<string> | undefined;
  readonly #claims: CompiledClaims;
  readonly #cache: LRUCache<string, Principal> | undefined;
  /** Refused tokens (inactive, expired, foreign), kept apart so a flood of them never evicts good ones. */
  readonly #refused: LRUCache<string, TokenOutcome> | undefined;
  readonly #refusedMaxAgeMs: number;
  readonly #maxConcurrent: number;
  /** Concurrent requests with one token share one call to the IdP. */
  readonly #inflight = new Map<string, Promise<TokenOutcome>>();

  constructor(policy: IntrospectionPolicy, where = 'policy introspection') {
    const secret = policy.clientSecret ?? (policy.clientSecretEnv ? process.env[policy.clientSecretEnv] : undefined);
    if (!secret) {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID',
        'introspection needs clientSecret or clientSecretEnv naming a set environment variable (client_secret_basic).', where);
    }
    // RFC 6749 §2.3.1: client id and secret are form-urlencoded before they are joined and base64-encoded.
    const form = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
    this.#authorization = 'Basic ' + Buffer.from(`${form(policy.clientId)}:${form(secret)}`).toString('base64');
    this.#timeoutMs = durationSeconds(policy.timeout ?? '3s') * 1000;
    this.#maxAgeMs = durationSeconds(policy.cacheMaxAge ?? '60s') * 1000;
    this.#issuer = policy.issuer;
    this.#audience = policy.audience === undefined ? undefined : new Set([policy.audience].flat());
    if (policy.endpoint !== undefined) {
      const endpoint = policy.endpoint;
      this.#endpoint = () => Promise.resolve(endpoint);
    } else if (policy.issuer !== undefined) {
      const discovery = new Discovery(policy.issuer, this.#timeoutMs);
      this.#endpoint = async () => {
        const meta = await discovery.metadata();
        if (!meta.introspection_endpoint) throw new ProviderError(`${discovery.url} names no introspection_endpoint`);
        return meta.introspection_endpoint;
      };
    } else {
      throw new TollgateConfigError('TG_AUTH_CONFIG_INVALID', 'introspection needs endpoint, or issuer to discover it.', where);
    }
    this.#claims = compileClaims(policy.claims, { subject: ['sub', 'client_id'], roles: 'roles', scopes: 'scope' });
    const size = policy.cacheSize ?? 10_000;
    this.#cache = size > 0 ? growingLru<string, Principal>(size) : undefined;
    this.#refusedMaxAgeMs = durationSeconds(policy.refusedCacheMaxAge ?? '10s') * 1000;
    this.#refused = size > 0 && this.#refusedMaxAgeMs > 0 ? growingLru<string, TokenOutcome>(size, { ttl: this.#refusedMaxAgeMs }) : undefined;
    this.#maxConcurrent = policy.maxConcurrent ?? 64;
  }

  verify(token: string): TokenOutcome | Promise<TokenOutcome> {
    if (token.length > MAX_OPAQUE_LENGTH || !OPAQUE.test(token)) {
      return { ok: false, rejection: tokenRejected(`The token is not an access token this server can introspect (at most ${MAX_OPAQUE_LENGTH} printable characters).`) };
    }
    const cached = this.#cache?.get(token);
    if (cached) return { ok: true, principal: cached };
    const refused = this.#refused?.get(token);
    if (refused) return refused;
    let pending = this.#inflight.get(token);
    if (!pending) {
      if (this.#inflight.size >= this.#maxConcurrent) {
        return { ok: false, unavailable: `Token introspection is busy (${this.#maxConcurrent} calls in flight); try again shortly.` };
      }
      pending = this.#introspect(token).then((outcome) => {
        if (!outcome.ok && 'rejection' in outcome) this.#refused?.set(token, outcome);
        return outcome;
      }).finally(() => this.#inflight.delete(token));
      this.#inflight.set(token, pending);
    }
    return pending;
  }

  async #introspect(token: string): Promise<TokenOutcome> {
    let answer: unknown;
    try {
      const endpoint = await this.#endpoint();
      answer = await fetchJson(endpoint, this.#timeoutMs, {
        method: 'POST',
        headers: { authorization: this.#authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({ token, token_type_hint: 'access_token' }).toString(),
      });
    } catch (err) {
      const detail = err instanceof ProviderError ? err.message : 'the introspection endpoint failed';
      return { ok: false, unavailable: `Token introspection is unavailable (${detail}); try again shortly.` };
    }
    if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
      return { ok: false, unavailable: 'Token introspection answered something other than a JSON object; try again shortly.' };
    }
    const claims = answer as Record<string, unknown>;
    if (claims['active'] !== true) return { ok: false, rejection: tokenRejected('The token is not active.') };
    const now = Date.now() / 1000;
    const exp = claims['exp'];
    if (exp !== undefined && (typeof exp !== 'number' || exp <= now)) return { ok: false, rejection: tokenRejected('The token has expired.', 'expired') };
    if (this.#issuer !== undefined && claims['iss'] !== undefined && claims['iss'] !== this.#issuer) {
      return { ok: false, rejection: tokenRejected('The token was issued by another issuer.') };
    }
    if (this.#audience && !audienceMatches(claims['aud'], this.#audience)) {
      return { ok: false, rejection: tokenRejected('The token is not meant for this API (audience).') };
    }
    const principal = principalFromClaims(claims, this.#claims, 'introspection');
    if (!principal) return { ok: false, rejection: tokenRejected('The introspection answer names no subject or client.') };
    const ttl = Math.min(this.#maxAgeMs, typeof exp === 'number' ? Math.floor((exp - now) * 1000) : this.#maxAgeMs);
    if (this.#cache && ttl >= 1000) this.#cache.set(token, principal, { ttl });
    return { ok: true, principal };
  }
}

function audienceMatches(aud: unknown, accepted: ReadonlySet<string>): boolean {
  if (typeof aud === 'string') return accepted.has(aud);
  return Array.isArray(aud) && aud.some((a) => typeof a === 'string' && accepted.has(a));
}
