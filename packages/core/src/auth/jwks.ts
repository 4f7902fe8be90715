import { createPublicKey, type KeyObject } from 'node:crypto';
import type jwksRsa from 'jwks-rsa';
import { jwks } from '../lazy-modules.js';
import { ProviderError } from './http-json.js';

export interface JwksOptions {
  readonly cacheMaxAgeMs: number;
  readonly requestsPerMinute: number;
  readonly timeoutMs: number;
}

/** Outcome of looking a `kid` up: a key, an unknown kid (401), or an unreachable JWKS (503). */
export type KeyLookup =
  | { readonly ok: true; readonly key: KeyObject }
  | { readonly ok: false; readonly unavailable: boolean; readonly detail: string };

/**
 * Signing keys from a JWKS URL through jwks-rsa: its cache answers known kids without a fetch, and its rate
 * limit caps refetches, so a flood of unknown kids costs at most `requestsPerMinute` requests to the IdP.
 * Keys become KeyObjects once per fetched key: jsonwebtoken given a PEM string re-parses it on every verify.
 */
export class JwksKeys {
  readonly #client: () => Promise<jwksRsa.JwksClient>;
  readonly #prepared = new WeakMap<jwksRsa.SigningKey, KeyObject>();

  constructor(uri: string | (() => Promise<string>), options: JwksOptions) {
    const make = (jwksUri: string) =>
      jwks()({
        jwksUri,
        cache: true,
        cacheMaxEntries: 100,
        cacheMaxAge: options.cacheMaxAgeMs,
        rateLimit: true,
        jwksRequestsPerMinute: options.requestsPerMinute,
        timeout: options.timeoutMs,
      });
    let pending: Promise<jwksRsa.JwksClient> | undefined = typeof uri === 'string' ? Promise.resolve(make(uri)) : undefined;
    // With discovery the URL is known only at first use; a failed discovery is retried on a later request.
    this.#client = () =>
      (pending ??= (uri as () => Promise<string>)().then(make, (err: unknown) => {
        pending = undefined;
        throw err;
      }));
  }

  async key(kid: string | undefined, alg: string): Promise<KeyLookup> {
    let signing: jwksRsa.SigningKey;
    try {
      const client = await this.#client();
      signing = await client.getSigningKey(kid);
    } catch (err) {
      return failure(err);
    }
    // A JWK that names its algorithm may only be used with that algorithm (RFC 7517 §4.4).
    if (signing.alg !== undefined && signing.alg !== alg) {
      return { ok: false, unavailable: false, detail: `the key ${kid ?? ''} is for ${signing.alg}, not ${alg}` };
    }
    let key = this.#prepared.get(signing);
    if (!key) {
      try {
        key = createPublicKey(signing.getPublicKey());
      } catch {
        return { ok: false, unavailable: false, detail: `the key ${kid ?? ''} in the JWKS is not a usable public key` };
      }
      this.#prepared.set(signing, key);
    }
    return { ok: true, key };
  }
}

function failure(err: unknown): KeyLookup {
  if (err instanceof ProviderError) return { ok: false, unavailable: true, detail: err.message };
  const e = err as { name?: string; isEndpointUnavailable?: boolean; message?: string };
  if (e.name === 'JwksRateLimitError') {
    return { ok: false, unavailable: false, detail: 'the token names a signing key this server does not know' };
  }
  if (e.name === 'SigningKeyNotFoundError') {
    return { ok: false, unavailable: false, detail: 'the token names a signing key this server does not know' };
  }
  if (e.isEndpointUnavailable) return { ok: false, unavailable: true, detail: 'the identity provider\'s JWKS could not be fetched' };
  return { ok: false, unavailable: true, detail: 'the identity provider\'s JWKS is not usable' };
}
