import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore, FileKeyStore, RedisKeyStore, type ApiKeyRecord } from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './cli.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

const shownKey = (out: string[]): string => out.find((l) => l.startsWith('API key'))?.split(': ')[1] as string;

describe('tollgate keys against a key file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-cli-keys-'));
  const file = join(dir, 'keys.json');

  it('create, list, rotate with a grace period, revoke', async () => {
    const created = io(dir);
    expect(await run(['keys', 'create', '--file', 'keys.json', '--id', 'alicekey1', '--principal', 'alice', '--owner', 'Alice A', '--models', 'gpt-4o,gpt-4o-mini'], created.io)).toBe(0);
    const key = shownKey(created.out);
    expect(created.out.filter((l) => l.includes(key))).toHaveLength(1);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(key.split('_')[3]);
    const [record] = (JSON.parse(text) as { keys: ApiKeyRecord[] }).keys;
    expect(record).toMatchObject({ id: 'alicekey1', owner: 'Alice A', models: ['gpt-4o', 'gpt-4o-mini'] });
    expect(Date.parse(record?.createdAt as string)).toBeGreaterThan(Date.now() - 60_000);

    const listed = io(dir);
    expect(await run(['keys', 'list', '--file', 'keys.json'], listed.io)).toBe(0);
    expect(listed.out[0]).toMatch(/^alicekey1 {2}active {2}principal=alice/);
    expect(listed.out.join('\n')).not.toContain(record?.hash as string);
    expect(listed.out[0]).toMatch(/hash=sha256:[0-9a-f]{8}…$/);

    const rotated = io(dir);
    expect(await run(['keys', 'rotate', 'alicekey1', '--file', 'keys.json', '--grace', '1h'], rotated.io)).toBe(0);
    const newKey = shownKey(rotated.out);
    const records = (JSON.parse(readFileSync(file, 'utf8')) as { keys: ApiKeyRecord[] }).keys;
    const store = new ApiKeyStore(records);
    // Both work during the grace period; the new key keeps the principal and metadata.
    expect(store.check(key)).toMatchObject({ ok: true });
    expect(store.check(newKey)).toMatchObject({ ok: true, record: { principal: 'alice', models: ['gpt-4o', 'gpt-4o-mini'], rotatedFrom: 'alicekey1' } });
    const oldExpiry = Date.parse(records[0]?.expiresAt as string);
    expect(oldExpiry - Date.now()).toBeGreaterThan(3500_000);
    expect(oldExpiry - Date.now()).toBeLessThanOrEqual(3600_000);
    // After the grace period only the new one does.
    expect(store.check(key, oldExpiry + 1)).toEqual({ ok: false, code: 'expired' });
    expect(store.check(newKey, oldExpiry + 1).ok).toBe(true);

    const revoked = io(dir);
    expect(await run(['keys', 'revoke', 'alicekey1', '--file', 'keys.json'], revoked.io)).toBe(0);
    const after = new FileKeyStore('keys.json', dir, { watch: false });
    expect(after.check(key)).toEqual({ ok: false, code: 'revoked' });
    await after.close();

    const missing = io(dir);
    expect(await run(['keys', 'revoke', 'nosuchkey', '--file', 'keys.json'], missing.io)).toBe(1);
    expect(missing.err[0]).toContain('no key with id nosuchkey');
  });

  it('refuses a bad grace period and a command without a store', async () => {
    const bad = io(dir);
    expect(await run(['keys', 'rotate', 'alicekey1', '--file', 'keys.json', '--grace', 'soon'], bad.io)).toBe(1);
    expect(bad.err[0]).toContain('--grace "soon" is not a duration');
    const none = io(dir);
    expect(await run(['keys', 'list'], none.io)).toBe(2);
    expect(none.err[0]).toContain('--file');
  });
});

describe('tollgate keys against Redis', () => {
  const prefix = `tg-test-${randomUUID()}:`;
  const url = 'redis://127.0.0.1:6379';
  const redis = new Redis(url);
  afterAll(async () => {
    const names = await redis.keys(`${prefix}*`);
    if (names.length) await redis.del(...names);
    await redis.quit();
  });

  it('create, list, rotate, revoke; the gate-side store sees each change', async () => {
    const created = io(tmpdir());
    expect(await run(['keys', 'create', '--redis', url, '--prefix', prefix, '--id', 'rediskey1', '--tenant', 'acme'], created.io)).toBe(0);
    const key = shownKey(created.out);
    const stored = await redis.hget(`${prefix}keys`, 'rediskey1');
    expect(stored).not.toContain(key.split('_')[3]);

    const store = new RedisKeyStore({ redis: url, prefix, cacheTtlMs: 0 });
    expect(await store.check(key)).toMatchObject({ ok: true, record: { tenant: 'acme' } });

    const listed = io(tmpdir());
    expect(await run(['keys', 'list', '--redis', url, '--prefix', prefix, '--json'], listed.io)).toBe(0);
    const listing = JSON.parse(listed.out.join('\n')) as Record<string, unknown>[];
    expect(listing).toHaveLength(1);
    expect(listing[0]).not.toHaveProperty('hash');
    expect(listing[0]?.['hashPrefix']).toMatch(/^sha256:[0-9a-f]{8}…$/);

    const rotated = io(tmpdir());
    expect(await run(['keys', 'rotate', 'rediskey1', '--redis', url, '--prefix', prefix, '--grace', '10m'], rotated.io)).toBe(0);
    const newKey = shownKey(rotated.out);
    expect(await store.check(key)).toMatchObject({ ok: true });
    expect(await store.check(newKey)).toMatchObject({ ok: true, record: { tenant: 'acme', rotatedFrom: 'rediskey1' } });

    expect(await run(['keys', 'revoke', 'rediskey1', '--redis', url, '--prefix', prefix], io(tmpdir()).io)).toBe(0);
    expect(await store.check(key)).toEqual({ ok: false, code: 'revoked' });
    await store.close();
  });
  it('says clearly when Redis cannot be reached, and exits 1', async () => {
    const t = io(tmpdir());
    expect(await run(['keys', 'list', '--redis', 'redis://127.0.0.1:1', '--prefix', prefix], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/Redis key store did not answer: .*ECONNREFUSED/);
  });
});
