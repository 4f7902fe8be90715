import type { KeySources } from '../../policy/types.js';
import { durationSeconds } from '../../policy/units.js';
import { ApiKeyStore, type KeyCheck, type KeyStore } from '../api-keys.js';
import { FileKeyStore } from './file.js';
import { RedisKeyStore } from './redis.js';

/**
 * Several sources in order (inline, file, Redis): the first that knows the key's id answers. With one source
 * the store itself is returned, so the common case adds no indirection to the hot path.
 */
export class ChainKeyStore implements KeyStore {
  constructor(readonly stores: readonly KeyStore[]) {}

  get size(): number | undefined {
    let total = 0;
    for (const s of this.stores) {
      if (s.size === undefined) return undefined;
      total += s.size;
    }
    return total;
  }

  check(key: string): KeyCheck | Promise<KeyCheck> {
    return this.#from(0, key);
  }

  lastUsed(id: string): number | undefined {
    for (const s of this.stores) {
      const at = s.lastUsed(id);
      if (at !== undefined) return at;
    }
    return undefined;
  }

  async close(): Promise<void> {
    await Promise.all(this.stores.map((s) => s.close()));
  }

  #from(i: number, key: string): KeyCheck | Promise<KeyCheck> {
    const result = (this.stores[i] as KeyStore).check(key);
    const last = i === this.stores.length - 1;
    if (result instanceof Promise) return last ? result : result.then((r) => (r.ok || r.code !== 'invalid' ? r : this.#from(i + 1, key)));
    return last || result.ok || result.code !== 'invalid' ? result : this.#from(i + 1, key);
  }
}

export interface OpenKeyStoreOptions {
  /** Directory a relative key file is resolved against. */
  readonly baseDir: string;
  /** Told about key-file reloads that failed (old keys kept) and Redis record problems. */
  readonly onError: (error: Error) => void;
}

/** Builds the store the policy's `keys` section describes (inline, file, Redis, or several in that order). */
export function openKeyStore(keys: KeySources | undefined, options: OpenKeyStoreOptions): KeyStore {
  const stores: KeyStore[] = [];
  if (keys?.inline?.length || (!keys?.file && !keys?.redis)) stores.push(new ApiKeyStore(keys?.inline ?? []));
  if (keys?.file) {
    stores.push(
      new FileKeyStore(keys.file, options.baseDir, {
        onReload: (error) => {
          if (error) options.onError(error);
        },
      }),
    );
  }
  if (keys?.redis) {
    stores.push(
      new RedisKeyStore({
        redis: keys.redis.url,
        ...(keys.redis.prefix !== undefined ? { prefix: keys.redis.prefix } : {}),
        ...(keys.redis.cacheTtl !== undefined ? { cacheTtlMs: durationSeconds(keys.redis.cacheTtl) * 1000 } : {}),
        onError: options.onError,
      }),
    );
  }
  return stores.length === 1 ? (stores[0] as KeyStore) : new ChainKeyStore(stores);
}
