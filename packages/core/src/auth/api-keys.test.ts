import { describe, expect, it } from 'vitest';
import { ApiKeyStore, generateApiKey, hashApiKey, prepareKey, verifyKey } from './api-keys.js';

describe('API keys', () => {
  const a = generateApiKey({ env: 'live' });
  const store = new ApiKeyStore([
    { id: a.id, hash: a.hash, principal: 'alice' },
    { ...(() => { const r = generateApiKey({ id: 'revoked1' }); return { id: r.id, hash: r.hash }; })(), revoked: true },
  ]);

  it('have a visible prefix and id and are stored only as a sha256 hash', () => {
    expect(a.key).toMatch(/^tg_live_[A-Za-z0-9]{12}_[A-Za-z0-9]{32}$/);
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.key.split('_')[3]);
  });

  it('are distinct every time', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('check the whole key, not a prefix', () => {
    expect(store.check(a.key)).toMatchObject({ ok: true, record: { principal: 'alice' } });
    expect(store.check(a.key + 'x')).toEqual({ ok: false, code: 'invalid' });
    expect(store.check(a.key.slice(0, -1))).toEqual({ ok: false, code: 'invalid' });
    expect(store.check(a.key + '\n')).toEqual({ ok: false, code: 'invalid' });
    expect(store.check('')).toEqual({ ok: false, code: 'invalid' });
    expect(store.check('tg_live_unknownid_' + 'a'.repeat(32))).toEqual({ ok: false, code: 'invalid' });
  });

  it('report revoked and expired keys only to their holder', () => {
    const r = generateApiKey({ id: 'expiring' });
    const s = new ApiKeyStore([{ id: r.id, hash: r.hash, expiresAt: '2030-01-01T00:00:00Z' }]);
    expect(s.check(r.key, Date.parse('2029-12-31T23:59:59Z')).ok).toBe(true);
    expect(s.check(r.key, Date.parse('2030-01-01T00:00:00Z'))).toEqual({ ok: false, code: 'expired' });
    // A guess with a revoked key's id but the wrong secret learns nothing about revocation.
    expect(store.check('tg_live_revoked1_' + 'b'.repeat(32))).toEqual({ ok: false, code: 'invalid' });
  });

  it('remember a key that matched, so its next use skips the hash, without weakening the check', () => {
    const k = generateApiKey({ id: 'remember1' });
    const stored = prepareKey({ id: k.id, hash: k.hash });
    expect(stored.verified).toBeUndefined();
    expect(verifyKey(k.key, stored, 0).ok).toBe(true);
    expect(stored.verified).toBe(k.key);
    // With the digest spoiled only the remembered key can still pass: proof that it skipped the hash.
    const spoiled = { ...stored, digest: '0'.repeat(64) };
    expect(verifyKey(k.key, spoiled, 0).ok).toBe(true);
    // Any other secret for the id is hashed and refused, and does not displace the remembered key.
    const other = `tg_live_remember1_${'c'.repeat(32)}`;
    expect(verifyKey(other, stored, 0)).toEqual({ ok: false, code: 'invalid' });
    expect(stored.verified).toBe(k.key);
    // The prefix is compared too: the remembered secret under another environment tag, or one character off
    // anywhere, is hashed and refused (the spoiled digest proves no path accepts it).
    const secret = k.key.slice(k.key.lastIndexOf('_') + 1);
    // The last one differs only above the low byte of its last character: latin1 would write it as the original.
    const folded = k.key.slice(0, -1) + String.fromCharCode(0x100 + k.key.charCodeAt(k.key.length - 1));
    for (const near of [`tg_test_remember1_${secret}`, `tg_live_remember2_${secret}`, k.key.slice(0, -1) + '!', `${k.key}x`, folded]) {
      expect(verifyKey(near, spoiled, 0)).toEqual({ ok: false, code: 'invalid' });
    }
    // A replaced record (revocation, reload) starts afresh.
    const s = new ApiKeyStore([{ id: k.id, hash: k.hash }]);
    expect(s.check(k.key).ok).toBe(true);
    s.replace([{ id: k.id, hash: k.hash, revoked: true }]);
    expect(s.check(k.key)).toEqual({ ok: false, code: 'revoked' });
    // Malformed keys that still name the id are refused by the digest.
    expect(s.check(`tg_live_${k.id}_short`)).toEqual({ ok: false, code: 'invalid' });
    expect(s.check(`tg_${k.id}_`)).toEqual({ ok: false, code: 'invalid' });
  });
});
