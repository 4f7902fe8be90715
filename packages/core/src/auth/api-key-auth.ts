import type { ApiKeyRecord } from '../policy/types.js';
import type { Principal } from '../principal.js';
import type { KeyCheck } from './api-keys.js';
import type { Rejection } from './denials.js';
import type { TokenAuthenticator, TokenOutcome } from './token-outcome.js';

/** Any key store: the memory store answers at once, shared stores (Redis, file) may answer later. */
export interface KeyChecker {
  check(key: string): KeyCheck | Promise<KeyCheck>;
}

const REJECTIONS: Record<Exclude<KeyCheck, { ok: true }>['code'], Rejection> = {
  invalid: { code: 'invalid', problemCode: 'TG_AUTH_INVALID', detail: 'The API key is not valid.' },
  expired: { code: 'expired', problemCode: 'TG_AUTH_EXPIRED', detail: 'The API key has expired; ask for a new one.' },
  revoked: { code: 'revoked', problemCode: 'TG_AUTH_REVOKED', detail: 'The API key has been revoked.' },
};

/** API keys as an authenticator, with one frozen principal and outcome per key record (no per-request allocation). */
export class ApiKeyAuthenticator implements TokenAuthenticator {
  readonly #keys: KeyChecker;
  readonly #outcomes = new WeakMap<ApiKeyRecord, TokenOutcome>();

  constructor(keys: KeyChecker) {
    this.#keys = keys;
  }

  verify(key: string): TokenOutcome | Promise<TokenOutcome> {
    const result = this.#keys.check(key);
    return result instanceof Promise ? result.then((r) => this.#outcome(r)) : this.#outcome(result);
  }

  #outcome(result: KeyCheck): TokenOutcome {
    if (!result.ok) return { ok: false, rejection: REJECTIONS[result.code] };
    const record = result.record;
    let outcome = this.#outcomes.get(record);
    if (!outcome) {
      const principal: Principal = Object.freeze({
        id: record.principal ?? `key:${record.id}`,
        method: 'apiKey' as const,
        keyId: record.id,
        ...(record.tenant !== undefined ? { tenant: record.tenant } : {}),
        roles: Object.freeze([...(record.roles ?? [])]),
        scopes: Object.freeze([...(record.scopes ?? [])]),
        ...(record.models !== undefined ? { models: Object.freeze([...record.models]) } : {}),
        ...(record.limits !== undefined ? { limitOverrides: Object.freeze({ ...record.limits }) } : {}),
      });
      outcome = Object.freeze({ ok: true, principal });
      this.#outcomes.set(record, outcome);
    }
    return outcome;
  }
}
