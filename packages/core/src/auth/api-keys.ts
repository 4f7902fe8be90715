import { createHash, hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApiKeyRecord } from '../policy/types.js';

/**
 * Keys look like `tg_live_<id>_<secret>`: the prefix makes leaked keys easy to scan for, and the visible id
 * lets us find the record without comparing against every stored hash.
 */
const KEY_FORMAT = /^tg_([a-z]{1,16})_([A-Za-z0-9]{4,64})_([A-Za-z0-9]{20,128})$/;
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * SHA-256, not bcrypt/argon2: a generated key carries ~190 bits of entropy, so a slow KDF adds no protection
 * against guessing while costing milliseconds per request. Digests are compared with timingSafeEqual.
 */
export function hashApiKey(key: string): string {
  return 'sha256:' + createHash('sha256').update(key, 'utf8').digest('hex');
}

function base62(length: number): string {
  // Rejection sampling keeps every character uniformly likely (256 is not a multiple of 62).
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export interface GeneratedKey {
  /** The plain key: show it once, never store it. */
  readonly key: string;
  readonly id: string;
  /** What to store: `sha256:<hex>`. */
  readonly hash: string;
}

/** Creates a new random API key. `env` is the visible environment tag (`live`, `test`, ...). */
export function generateApiKey(options: { env?: string; id?: string } = {}): GeneratedKey {
  const env = options.env ?? 'live';
  const id = options.id ?? base62(12);
  const key = `tg_${env}_${id}_${base62(32)}`;
  if (!KEY_FORMAT.test(key)) throw new TypeError('env must be 1-16 lower-case letters and id 4-64 letters or digits');
  return { key, id, hash: hashApiKey(key) };
}

export type KeyCheck =
  | { readonly ok: true; readonly record: ApiKeyRecord }
  | { readonly ok: false; readonly code: 'invalid' | 'expired' | 'revoked' };

interface StoredKey {
  readonly record: ApiKeyRecord;
  readonly digest: Buffer;
  readonly expiresAtMs: number;
}

const INVALID: KeyCheck = Object.freeze({ ok: false, code: 'invalid' });
const DUMMY_DIGEST = Buffer.alloc(32);

/** An in-memory index of key records by id, holding only digests. */
export class ApiKeyStore {
  readonly #byId = new Map<string, StoredKey>();

  constructor(records: readonly ApiKeyRecord[] = []) {
    for (const record of records) this.add(record);
  }

  get size(): number {
    return this.#byId.size;
  }

  add(record: ApiKeyRecord): void {
    this.#byId.set(record.id, {
      record,
      digest: Buffer.from(record.hash.slice('sha256:'.length), 'hex'),
      expiresAtMs: record.expiresAt ? Date.parse(record.expiresAt) : Number.POSITIVE_INFINITY,
    });
  }

  /** Checks a presented key. Work is the same whether or not the id exists, so timing reveals nothing. */
  check(key: string, nowMs = Date.now()): KeyCheck {
    const match = KEY_FORMAT.exec(key);
    const stored = match ? this.#byId.get(match[2] as string) : undefined;
    // One-shot hash(): no Hash object per request.
    const digest = hash('sha256', key, 'buffer');
    const equal = timingSafeEqual(digest, stored ? stored.digest : DUMMY_DIGEST);
    if (!stored || !equal) return INVALID;
    if (stored.record.revoked) return { ok: false, code: 'revoked' };
    if (nowMs >= stored.expiresAtMs) return { ok: false, code: 'expired' };
    return { ok: true, record: stored.record };
  }
}
