import { fetchJson, ProviderError } from './http-json.js';

/** The members of an OpenID Provider's metadata that Tollgate uses. */
export interface ProviderMetadata {
  readonly issuer: string;
  readonly jwks_uri?: string;
  readonly introspection_endpoint?: string;
}

/** After a failed discovery, requests answer 503 from memory for this long before we ask again. */
const RETRY_AFTER_FAILURE_MS = 5000;

/**
 * OIDC discovery, fetched lazily at first use so a misconfigured or unreachable issuer never stops the
 * process: requests get 503 until it answers. The document is kept for the process lifetime.
 */
export class Discovery {
  readonly url: string;
  readonly #issuer: string;
  readonly #timeoutMs: number;
  #pending: Promise<ProviderMetadata> | undefined;
  #failedAt = 0;

  constructor(issuer: string, timeoutMs: number, url?: string) {
    this.#issuer = issuer;
    this.#timeoutMs = timeoutMs;
    this.url = url ?? `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  }

  metadata(): Promise<ProviderMetadata> {
    if (this.#pending) return this.#pending;
    if (Date.now() - this.#failedAt < RETRY_AFTER_FAILURE_MS) {
      return Promise.reject(new ProviderError(`OIDC discovery at ${this.url} failed recently; retrying shortly`));
    }
    const pending = this.#fetch();
    this.#pending = pending;
    pending.catch(() => {
      this.#pending = undefined;
      this.#failedAt = Date.now();
    });
    return pending;
  }

  async #fetch(): Promise<ProviderMetadata> {
    const doc = await fetchJson(this.url, this.#timeoutMs, { headers: { accept: 'application/json' } });
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ProviderError(`${this.url} is not a metadata object`);
    const meta = doc as Record<string, unknown>;
    // OpenID Connect Discovery §4.3: the issuer in the document must be exactly the one we asked about.
    if (meta['issuer'] !== this.#issuer) {
      throw new ProviderError(`${this.url} names issuer ${JSON.stringify(meta['issuer'])}, not ${JSON.stringify(this.#issuer)}`);
    }
    for (const field of ['jwks_uri', 'introspection_endpoint'] as const) {
      const value = meta[field];
      if (value !== undefined && (typeof value !== 'string' || !/^https?:\/\//.test(value))) {
        throw new ProviderError(`${this.url}: ${field} is not an http(s) URL`);
      }
    }
    return meta as unknown as ProviderMetadata;
  }
}
