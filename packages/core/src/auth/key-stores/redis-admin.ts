import type { Redis } from 'ioredis';
import type { ApiKeyRecord } from '../../policy/types.js';
import { KeyAdminError, listing, newKey, rotateKey, type CreatedKey, type KeyAdmin, type KeyListing, type NewKeyInput } from './admin.js';
import { connectRedis, redisNames } from './redis.js';

/** Administers the Redis key store; instances see changes once their cache entry expires. */
export class RedisKeyAdmin implements KeyAdmin {
  readonly redis: Redis;
  readonly #names: ReturnType<typeof redisNames>;
  readonly #owns: boolean;
  #connectionError: Error | undefined;

  constructor(redis: string | Redis, prefix = 'tollgate:') {
    this.#owns = typeof redis === 'string';
    this.redis = typeof redis === 'string' ? connectRedis(redis, 5000) : redis;
    // Kept to explain a failed command ("ECONNREFUSED") instead of ioredis' generic retry message.
    if (this.#owns) this.redis.on('error', (err: Error) => (this.#connectionError = err));
    this.#names = redisNames(prefix);
  }

  create(input: NewKeyInput): Promise<CreatedKey> {
    return this.#explain(this.#create(input));
  }

  list(): Promise<KeyListing[]> {
    return this.#explain(this.#list());
  }

  revoke(id: string): Promise<boolean> {
    return this.#explain(this.#revoke(id));
  }

  rotate(id: string, graceSeconds: number, env?: string): Promise<CreatedKey> {
    return this.#explain(this.#rotate(id, graceSeconds, env));
  }

  async #explain<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (err) {
      if (err instanceof KeyAdminError) throw err;
      const cause = this.#connectionError ?? (err as Error);
      throw new KeyAdminError(`the Redis key store did not answer: ${cause.message}; check --redis and that Redis is running.`);
    }
  }

  async #create(input: NewKeyInput): Promise<CreatedKey> {
    const created = newKey(input);
    const added = await this.redis.hsetnx(this.#names.keys, created.record.id, JSON.stringify(created.record));
    if (added === 0) throw new KeyAdminError(`a key with id ${created.record.id} already exists; pick another id.`);
    return created;
  }

  async #list(): Promise<KeyListing[]> {
    const [records, lastUsed] = await Promise.all([this.redis.hgetall(this.#names.keys), this.redis.hgetall(this.#names.lastUsed)]);
    return Object.values(records)
      .map((json) => JSON.parse(json) as ApiKeyRecord)
      .sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''))
      .map((r) => listing(r, lastUsed[r.id] ? Date.parse(lastUsed[r.id] as string) : undefined));
  }

  async #revoke(id: string): Promise<boolean> {
    const old = await this.#get(id);
    if (!old) return false;
    await this.redis.hset(this.#names.keys, id, JSON.stringify({ ...old, revoked: true }));
    return true;
  }

  async #rotate(id: string, graceSeconds: number, env?: string): Promise<CreatedKey> {
    const current = await this.#get(id);
    if (!current) throw new KeyAdminError(`no key with id ${id} in Redis.`);
    const { created, old } = rotateKey(current, graceSeconds, env);
    // Both records in one transaction: there is never a moment with the new key missing or the old one unbounded.
    await this.redis
      .multi()
      .hset(this.#names.keys, old.id, JSON.stringify(old))
      .hset(this.#names.keys, created.record.id, JSON.stringify(created.record))
      .exec();
    return created;
  }

  async close(): Promise<void> {
    if (this.#owns) this.redis.disconnect();
  }

  async #get(id: string): Promise<ApiKeyRecord | undefined> {
    const json = await this.redis.hget(this.#names.keys, id);
    return json === null ? undefined : (JSON.parse(json) as ApiKeyRecord);
  }
}
