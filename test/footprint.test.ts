import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKey } from '@tollgate/core';

const run = promisify(execFile);

/**
 * What a process loads for a gate: ioredis, jwks-rsa, jsonwebtoken, yaml, winston, rate-limiter-flexible's other
 * limiters and ajv's compiler come only with the features that use them (lazy-modules.ts). Each case runs in a
 * fresh node, as an app would, and reads its CommonJS module cache (where ESM imports of these packages land too).
 */
const WATCHED = {
  ioredis: '/node_modules/ioredis/',
  'jwks-rsa': '/node_modules/jwks-rsa/',
  jsonwebtoken: '/node_modules/jsonwebtoken/',
  yaml: '/node_modules/yaml/',
  winston: '/node_modules/winston/',
  'rate-limiter-flexible (memory)': '/rate-limiter-flexible/lib/RateLimiterMemory.js',
  'rate-limiter-flexible (index)': '/rate-limiter-flexible/lib/index.js',
  // The policy and shipped body schemas run generated code, whose helpers (ajv/dist/runtime/) are not the compiler.
  'ajv (compiler)': '/node_modules/ajv/dist/core.js',
} as const;
type Watched = keyof typeof WATCHED;

const SCRIPT = `
import { createRequire } from 'node:module';
const { createGate } = await import('@tollgate/core');
const policy = process.env.TG_FOOTPRINT_POLICY;
if (policy) {
  const gate = createGate({ policy: policy.startsWith('{') ? JSON.parse(policy) : policy, ...JSON.parse(process.env.TG_FOOTPRINT_OPTIONS ?? '{}') });
  if (process.env.TG_FOOTPRINT_LOG) gate.audit.logger.error('footprint');
  await gate.close();
}
const cache = Object.keys(createRequire(import.meta.url).cache);
const watched = JSON.parse(process.env.TG_FOOTPRINT_WATCHED);
console.log(JSON.stringify(Object.keys(watched).filter((name) => cache.some((file) => file.includes(watched[name])))));
`;

async function loadedBy(policy?: object | string, options?: object, log = false): Promise<Watched[]> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    cwd: import.meta.dirname,
    env: {
      ...process.env,
      TG_FOOTPRINT_POLICY: policy === undefined ? '' : typeof policy === 'string' ? policy : JSON.stringify(policy),
      TG_FOOTPRINT_OPTIONS: JSON.stringify(options ?? {}),
      TG_FOOTPRINT_LOG: log ? '1' : '',
      TG_FOOTPRINT_WATCHED: JSON.stringify(WATCHED),
    },
    timeout: 30_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as Watched[];
}

const key = generateApiKey({ env: 'test' });
const keysOnly = { version: 1, keys: { inline: [{ id: key.id, hash: key.hash, principal: 'p' }] }, defaults: { auth: { methods: ['apiKey'] } } };
const dir = mkdtempSync(join(tmpdir(), 'tg-footprint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('what a gate loads', () => {
  it('importing Tollgate loads none of the optional dependencies', async () => {
    expect(await loadedBy()).toEqual([]);
  });

  it('an API-key gate with memory limits loads none of them', async () => {
    const policy = { ...keysOnly, routes: [{ id: 'r', match: { path: '/x' }, limits: [{ name: 'rpm', requests: 10, window: '1m' }] }] };
    expect(await loadedBy(policy)).toEqual([]);
  });

  it('each feature loads its own dependency, and nothing else', async () => {
    const { publicKey } = await import('node:crypto').then((c) => c.generateKeyPairSync('ec', { namedCurve: 'P-256' }));
    const pem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(await loadedBy({ ...keysOnly, jwt: { algorithms: ['ES256'], publicKey: pem } })).toEqual(['jsonwebtoken']);
    expect(await loadedBy({ ...keysOnly, jwt: { algorithms: ['RS256'], jwksUri: 'https://idp.example/jwks' } })).toEqual(['jwks-rsa', 'jsonwebtoken']);
    expect(await loadedBy({ ...keysOnly, network: { authFailureLimit: { attempts: 5, window: '1m' } } })).toEqual(['rate-limiter-flexible (memory)']);
    expect(await loadedBy(keysOnly, { limits: { redis: 'redis://127.0.0.1:6379' } })).toEqual(['ioredis']);
    const file = join(dir, 'policy.yaml');
    writeFileSync(file, `version: 1\nkeys:\n  inline:\n    - { id: ${key.id}, hash: "${key.hash}", principal: p }\n`);
    expect(await loadedBy(file)).toEqual(['yaml']);
    // The default audit logger is made at its first line.
    expect(await loadedBy(keysOnly, {}, true)).toEqual(['winston']);
  });

  it('a shipped body schema runs generated code; only a custom or inline one loads ajv', async () => {
    const route = (schema: unknown) => ({ ...keysOnly, routes: [{ id: 'chat', match: { path: '/v1/chat/completions' }, validate: { schema } }] });
    const custom = { type: 'object', required: ['model'], properties: { model: { type: 'string', maxLength: 64 } } };
    expect(await loadedBy(route('openai.chat'))).toEqual([]);
    // Registered but used by no route: nothing to compile.
    expect(await loadedBy(route('anthropic.messages'), { schemas: { mine: custom } })).toEqual([]);
    expect(await loadedBy(route('mine'), { schemas: { mine: custom } })).toEqual(['ajv (compiler)']);
    expect(await loadedBy(route(custom))).toEqual(['ajv (compiler)']);
  });
});
