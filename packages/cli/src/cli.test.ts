import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore, type ApiKeyRecord } from '@tollgate/core';
import { describe, expect, it } from 'vitest';
import { run } from './cli.js';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd }, out, err };
}

describe('tollgate CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tg-cli-'));

  it('creates a key into a key file, shows it once, and stores only its hash', async () => {
    const t = io(dir);
    expect(await run(['keys', 'create', '--env', 'test', '--file', 'keys.json', '--principal', 'alice', '--roles', 'pro,beta'], t.io)).toBe(0);
    const key = t.out.find((l) => l.startsWith('API key'))?.split(': ')[1] as string;
    expect(key).toMatch(/^tg_test_/);
    const stored = readFileSync(join(dir, 'keys.json'), 'utf8');
    expect(stored).not.toContain(key);
    const records = (JSON.parse(stored) as { keys: ApiKeyRecord[] }).keys;
    expect(records[0]).toMatchObject({ principal: 'alice', roles: ['pro', 'beta'] });
    expect(new ApiKeyStore(records).check(key).ok).toBe(true);
  });

  it('checks a policy that uses the key file', async () => {
    writeFileSync(join(dir, 'tollgate.yaml'), 'version: 1\nkeys: { file: keys.json }\nroutes:\n  - id: chat\n');
    const t = io(dir);
    expect(await run(['check', 'tollgate.yaml'], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain('routes: default, chat');
  });

  it('reports an invalid policy with its location and exits 1', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'version: 1\nroutes:\n  - id: "has space"\n');
    const t = io(dir);
    expect(await run(['check', 'bad.yaml'], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/^TG_POLICY_INVALID: .*bad\.yaml:3:9: \/routes\/0\/id/);
  });

  it('hashes a key and prints usage on a bad command', async () => {
    const t = io(dir);
    expect(await run(['keys', 'hash', 'tg_live_abcd_xyz'], t.io)).toBe(0);
    expect(t.out[0]).toMatch(/^sha256:[0-9a-f]{64}$/);
    const bad = io(dir);
    expect(await run(['frobnicate'], bad.io)).toBe(2);
    expect(bad.err[0]).toContain('Usage');
  });
});
