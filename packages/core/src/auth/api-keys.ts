import { createHash, hash, randomBytes } from 'node:crypto';
import type { ApiKeyRecord } from '../policy/types.js';

/**
 * Keys look like `tg_live_<id>_<secret>`: the prefix makes leaked keys easy to scan for, and the visible id
 * lets us find the record without comparing against every stored hash.
 */
const KEY_FORMAT = /^tg_([a-z]{1,16})_([A-Za-z0-9]{4,64})_([A-Za-z0-9]{20,128})$/;
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * SHA-256, not bcrypt/argon2: a generated key carries ~190 bits of entropy, so a slow KDF adds no protection
 * against guessing while costing milliseconds per request. Digests are compared in constant time (sameText).
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

/**
 * Where the auth stage looks keys up. The memory and file stores answer synchronously (no promise on the hot
 * path); the Redis store answers with a promise when its short-lived cache misses.
 */
export interface KeyStore {
  check(key: string): KeyCheck | Promise<KeyCheck>;
  /** Keys loaded, when known without a round trip (undefined for shared stores such as Redis). */
  readonly size: number | undefined;
  /** When a key was last used (coalesced, so it may lag by up to a minute), as epoch ms. */
  lastUsed(id: string): number | undefined;
  /** Stops watchers and connections. */
  close(): Promise<void>;
}

/** The key's id when `key` has the Tollgate shape, else undefined. */
export function keyIdOf(key: string): string | undefined {
  return KEY_FORMAT.exec(key)?.[2];
}

/**
 * Where the id would be in a key of the Tollgate shape, found with two indexOf() calls instead of KEY_FORMAT:
 * enough to pick the record, because a key is only accepted when it equals one that matched the stored digest,
 * and such a key has the shape. (The regex was a third of an API-key check.) Malformed keys give some string
 * or undefined, and are refused by the digest like any wrong key.
 */
export function idPart(key: string): string | undefined {
  if (!key.startsWith('tg_')) return undefined;
  const envEnd = key.indexOf('_', 3);
  const idEnd = envEnd === -1 ? -1 : key.indexOf('_', envEnd + 1);
  return idEnd === -1 ? undefined : key.slice(envEnd + 1, idEnd);
}

export interface StoredKey {
  readonly record: ApiKeyRecord;
  /** The SHA-256 digest as 64 lower-case hex digits. */
  readonly digest: string;
  readonly expiresAtMs: number;
  /** The key's coalesced last-used time as this record last saw it (LastUsed.touchKey). */
  touchedAt: number;
  /** The success result, made on first use and reused. */
  ok?: KeyCheck;
  /**
   * The plain key that last matched, kept in this process's memory only (never stored or logged): a request
   * with it skips SHA-256. On a busy server that one hash costs ~8 µs of cold-cache time, more than the rest
   * of authentication; a tight loop hides it. A replaced or reloaded record starts without one.
   */
  verified?: string;
}

const INVALID: KeyCheck = Object.freeze({ ok: false, code: 'invalid' });
const REVOKED: KeyCheck = Object.freeze({ ok: false, code: 'revoked' });
const EXPIRED: KeyCheck = Object.freeze({ ok: false, code: 'expired' });
const DUMMY_DIGEST = '0'.repeat(64);

/** Prepares a record once: its digest as bytes and its expiry as a number, so a check parses nothing. */
export function prepareKey(record: ApiKeyRecord): StoredKey {
  return {
    record,
    digest: record.hash.slice('sha256:'.length).toLowerCase(),
    expiresAtMs: record.expiresAt ? Date.parse(record.expiresAt) : Number.POSITIVE_INFINITY,
    touchedAt: Number.NEGATIVE_INFINITY,
  };
}

/**
 * Checks a presented key against the stored record for its id (or none). Work is the same whether or not the
 * id exists, so timing reveals nothing; the success result is allocated once per record.
 */
export function verifyKey(key: string, stored: StoredKey | undefined, nowMs: number): KeyCheck {
  if (stored === undefined || !remembered(key, stored)) {
    // One-shot hash() to hex: no Hash object, and no Buffer (allocating one costs more than the hash itself).
    const equal = sameText(hash('sha256', key, 'hex'), stored ? stored.digest : DUMMY_DIGEST);
    if (!stored || !equal) return INVALID;
    // A flat copy: the presented key is usually a slice of the Authorization header, whose characters cost
    // V8 more to read one by one.
    stored.verified = Buffer.from(key, 'utf8').toString('utf8');
  }
  if (stored.record.revoked) return REVOKED;
  if (nowMs >= stored.expiresAtMs) return EXPIRED;
  return (stored.ok ??= Object.freeze({ ok: true, record: stored.record }));
}

/**
 * Whether `key` is the key that last matched this record, in constant time: every character is compared, with
 * no branch on their values. It used to be written into a per-record Buffer and compared with timingSafeEqual:
 * fewer instructions, but in a live server those two calls into C++ cost more in I-cache misses than this loop
 * costs in instructions (bench/instructions.js, Koa auth-key: est. cycles ratio 0.946 -> 0.950-0.957).
 */
function remembered(key: string, stored: StoredKey): boolean {
  const { verified } = stored;
  return verified !== undefined && sameText(key, verified);
}

/**
 * Constant-time string comparison (hex digests, and a presented key against the remembered one): every
 * character is compared, with no branch on their values, so its time depends only on the length.
 */
function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** last-used is kept per key but written at most once a minute, so a busy key costs no write per request. */
export const LAST_USED_INTERVAL_MS = 60_000;

/** Remembers when each key was last used; `touch` says whether the coalesced value moved (time to persist). */
export class LastUsed {
  readonly #at = new Map<string, number>();

  touch(id: string, nowMs: number): boolean {
    const last = this.#at.get(id);
    if (last !== undefined && nowMs - last < LAST_USED_INTERVAL_MS) return false;
    this.#at.set(id, nowMs);
    return true;
  }

  /**
   * touch() for a record that just passed its check. The record keeps its own copy of the coalesced time, so
   * within the minute this answers without a lookup; a new record (reloaded, re-read) starts without one and
   * takes the time kept here.
   */
  touchKey(stored: StoredKey, nowMs: number): boolean {
    if (nowMs - stored.touchedAt < LAST_USED_INTERVAL_MS) return false;
    const { id } = stored.record;
    const moved = this.touch(id, nowMs);
    stored.touchedAt = this.#at.get(id) ?? nowMs;
    return moved;
  }

  get(id: string): number | undefined {
    return this.#at.get(id);
  }

  entries(): IterableIterator<[string, number]> {
    return this.#at.entries();
  }
}

/** The memory store: an index of key records by id, holding only digests. */
export class ApiKeyStore implements KeyStore {
  #byId = new Map<string, StoredKey>();
  readonly #lastUsed = new LastUsed();
  /** Called when a key's coalesced last-used time moves (at most once a minute per key), to persist it. */
  onLastUsed: ((id: string, atMs: number) => void) | undefined = undefined;

  constructor(records: readonly ApiKeyRecord[] = []) {
    for (const record of records) this.add(record);
  }

  get size(): number {
    return this.#byId.size;
  }

  add(record: ApiKeyRecord): void {
    this.#byId.set(record.id, prepareKey(record));
  }

  /** Swaps the whole key set at once: a concurrent check sees either the old set or the new one. */
  replace(records: readonly ApiKeyRecord[]): void {
    const next = new Map<string, StoredKey>();
    for (const record of records) next.set(record.id, prepareKey(record));
    this.#byId = next;
  }

  /** Checks a presented key synchronously. */
  check(key: string, nowMs = Date.now()): KeyCheck {
    const id = idPart(key);
    const stored = id === undefined ? undefined : this.#byId.get(id);
    const result = verifyKey(key, stored, nowMs);
    // A result that is ok came from a record.
    if (result.ok && this.#lastUsed.touchKey(stored as StoredKey, nowMs)) this.onLastUsed?.(result.record.id, nowMs);
    return result;
  }

  lastUsed(id: string): number | undefined {
    return this.#lastUsed.get(id);
  }


  /** Every key's coalesced last-used time, for stores that persist them. */
  lastUsedEntries(): IterableIterator<[string, number]> {
    return this.#lastUsed.entries();
  }

  async close(): Promise<void> {}
}

/** The memory store under the name the other stores follow. */
export { ApiKeyStore as MemoryKeyStore };
