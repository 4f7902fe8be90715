import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiKeyStore, generateApiKey, LAST_USED_INTERVAL_MS } from '../api-keys.js';
import type { ApiKeyRecord } from '../../policy/types.js';
import { FileKeyStore, lastUsedPath } from './file.js';
import { ChainKeyStore, openKeyStore } from './open.js';
import { KeyStoreUnavailableError, RedisKeyStore } from './redis.js';

const a = generateApiKey({ env: 'test', id: 'filekeyA1' });
const b = generateApiKey({ env: 'test', id: 'filekeyB1' });
const rec = (k: { id: string; hash: string }, extra: Partial<ApiKeyRecord> = {}): ApiKeyRecord => ({ id: k.id, hash: k.hash, ...extra });

function writeKeys(path: string, keys: unknown): void {
  writeFileSync(`${path}.tmp`, typeof keys === 'string' ? keys : JSON.stringify({ keys }));
  renameSync(`${path}.tmp`, path);
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('memory store', () => {
  it('coalesces last-used: at most one update a minute per key', () => {
    const store = new ApiKeyStore([rec(a)]);
    const seen: number[] = [];
    store.onLastUsed = (_id, at) => seen.push(at);
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 100; i++) store.check(a.key, t0 + i * 100);
    expect(seen).toEqual([t0]);
    store.check(a.key, t0 + LAST_USED_INTERVAL_MS);
    expect(seen).toEqual([t0, t0 + LAST_USED_INTERVAL_MS]);
    expect(store.lastUsed(a.id)).toBe(t0 + LAST_USED_INTERVAL_MS);
    // A reloaded record (a new one, with no time of its own) keeps the coalesced time: nothing is written again
    // within the minute, and the next minute is written once.
    store.replace([rec(a)]);
    store.check(a.key, t0 + LAST_USED_INTERVAL_MS + 1_000);
    expect(seen).toHaveLength(2);
    for (const dt of [0, 1, 2]) store.check(a.key, t0 + 2 * LAST_USED_INTERVAL_MS + dt);
    expect(seen).toEqual([t0, t0 + LAST_USED_INTERVAL_MS, t0 + 2 * LAST_USED_INTERVAL_MS]);
    // Failed checks never count as use.
    store.check(a.key + 'x', t0 + 10 * LAST_USED_INTERVAL_MS);
    expect(seen).toHaveLength(3);
  });
});

describe('file store', () => {
  it('reloads on change, swaps atomically, and keeps the previous keys when the new file is invalid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-keyfile-'));
    const path = join(dir, 'keys.json');
    writeKeys(path, [rec(a)]);
    const errors: Error[] = [];
    const reloads: number[] = [];
    const store = new FileKeyStore('keys.json', dir, { debounceMs: 20, onReload: (err, n) => (err ? errors.push(err) : reloads.push(n)) });
    expect(store.check(a.key).ok).toBe(true);
    expect(store.check(b.key).ok).toBe(false);

    writeKeys(path, [rec(a, { revoked: true }), rec(b)]);
    await until(() => reloads.length > 0, 'reload');
    expect(store.check(a.key)).toEqual({ ok: false, code: 'revoked' });
    expect(store.check(b.key).ok).toBe(true);

    writeKeys(path, '{"keys": [ {"id": "x"} ');
    await until(() => errors.length > 0, 'reload error');
    expect(errors[0]?.message).toMatch(/TG_KEY_FILE_INVALID/);
    expect(store.check(b.key).ok).toBe(true);
    expect(store.size).toBe(2);

    writeKeys(path, [{ id: 'filekeyB1', hash: 'md5:abc' }]);
    await until(() => errors.length > 1, 'schema error');
    expect(errors[1]?.message).toMatch(/\/keys\/0/);
    expect(store.check(b.key).ok).toBe(true);
    await store.close();
  });

  it('refuses an unreadable file at start-up and persists last-used beside the file, not in it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-keyfile-'));
    expect(() => new FileKeyStore('missing.json', dir)).toThrow(/TG_KEY_FILE_INVALID/);
    const path = join(dir, 'keys.json');
    writeKeys(path, [rec(a)]);
    const before = readFileSync(path, 'utf8');
    const store = new FileKeyStore('keys.json', dir, { watch: false });
    expect(store.check(a.key).ok).toBe(true);
    await store.close();
    const used = JSON.parse(readFileSync(lastUsedPath(path), 'utf8')) as Record<string, string>;
    expect(Date.parse(used[a.id] as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('Redis store', () => {
  const prefix = `tg-test-${randomUUID()}:`;
  const redis = new Redis('redis://127.0.0.1:6379');
  afterAll(async () => {
    const names = await redis.keys(`${prefix}*`);
    if (names.length) await redis.del(...names);
    await redis.quit();
  });

  it('is shared by instances; a cache hit needs no round trip; a revocation is seen once the TTL passes', async () => {
    await redis.hset(`${prefix}keys`, a.id, JSON.stringify(rec(a, { tenant: 'acme' })));
    const one = new RedisKeyStore({ redis: 'redis://127.0.0.1:6379', prefix, cacheTtlMs: 200 });
    const two = new RedisKeyStore({ redis: 'redis://127.0.0.1:6379', prefix, cacheTtlMs: 200 });
    expect(await one.check(a.key)).toMatchObject({ ok: true, record: { tenant: 'acme' } });
    expect(await two.check(a.key)).toMatchObject({ ok: true });
    // Cached: answered synchronously.
    const cached = one.check(a.key);
    expect(cached).not.toBeInstanceOf(Promise);
    expect(cached).toMatchObject({ ok: true });

    await redis.hset(`${prefix}keys`, a.id, JSON.stringify(rec(a, { revoked: true })));
    await new Promise((r) => setTimeout(r, 250));
    expect(await one.check(a.key)).toEqual({ ok: false, code: 'revoked' });
    expect(await two.check(a.key)).toEqual({ ok: false, code: 'revoked' });
    // Wrong secret for a known id, unknown ids and malformed keys are all just invalid.
    expect(await one.check(a.key.slice(0, -1) + (a.key.endsWith('Q') ? 'R' : 'Q'))).toEqual({ ok: false, code: 'invalid' });
    expect(await one.check(b.key)).toEqual({ ok: false, code: 'invalid' });
    expect(one.check('nonsense')).toEqual({ ok: false, code: 'invalid' });
    // last-used is written, coalesced.
    await redis.hset(`${prefix}keys`, b.id, JSON.stringify(rec(b)));
    one.clearCache();
    expect(await one.check(b.key)).toMatchObject({ ok: true });
    await until(() => one.lastUsed(b.id) !== undefined, 'last used');
    // The write is fire-and-forget: give it time on a loaded machine (up to 3 s).
    for (let i = 0; i < 150; i++) if (!(await redis.hget(`${prefix}last-used`, b.id))) await new Promise((r) => setTimeout(r, 20));
    expect(Date.parse((await redis.hget(`${prefix}last-used`, b.id)) as string)).toBeGreaterThan(Date.now() - 60_000);
    await one.close();
    await two.close();
  });

  it('treats an invalid record as unknown and reports it', async () => {
    await redis.hset(`${prefix}keys`, 'brokenkey', '{"id":"brokenkey","hash":"plain"}');
    const errors: Error[] = [];
    const store = new RedisKeyStore({ redis: 'redis://127.0.0.1:6379', prefix, onError: (e) => errors.push(e) });
    expect(await store.check(`tg_test_brokenkey_${'a'.repeat(32)}`)).toEqual({ ok: false, code: 'invalid' });
    expect(errors[0]?.message).toContain('brokenkey');
    await store.close();
  });

  it('fails closed with KeyStoreUnavailableError when Redis does not answer', async () => {
    const store = new RedisKeyStore({ redis: 'redis://127.0.0.1:1', prefix, commandTimeoutMs: 200 });
    await expect(store.check(a.key)).rejects.toBeInstanceOf(KeyStoreUnavailableError);
    await store.close();
  });
});

describe('store choice', () => {
  it('chains inline and file keys; one source is used directly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tg-keyfile-'));
    writeKeys(join(dir, 'keys.json'), [rec(b)]);
    const chain = openKeyStore({ inline: [rec(a)], file: 'keys.json' }, { baseDir: dir, onError: () => {} });
    expect(chain).toBeInstanceOf(ChainKeyStore);
    expect(chain.size).toBe(2);
    expect(chain.check(a.key)).toMatchObject({ ok: true });
    expect(chain.check(b.key)).toMatchObject({ ok: true });
    expect(chain.check(b.key + 'x')).toEqual({ ok: false, code: 'invalid' });
    await chain.close();
    expect(openKeyStore({ inline: [rec(a)] }, { baseDir: dir, onError: () => {} })).toBeInstanceOf(ApiKeyStore);
  });
});
