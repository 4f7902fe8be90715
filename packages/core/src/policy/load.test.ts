import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { createGate } from '../gate.js';
import { TollgateConfigError } from '../errors.js';
import type { PolicyDocument } from './types.js';

const silent = winston.createLogger({ silent: true });
const dir = mkdtempSync(join(tmpdir(), 'tg-policy-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const configError = (fn: () => unknown): TollgateConfigError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof TollgateConfigError) return err;
    throw err;
  }
  throw new Error('expected a TollgateConfigError');
};

describe('policy loading', () => {
  it('loads a valid YAML policy', () => {
    const path = write('ok.yaml', 'version: 1\nroutes:\n  - id: chat\n    match: { method: POST, path: /v1/chat }\n');
    expect(createGate({ policy: path, logger: silent }).routeIds()).toEqual(['default', 'chat']);
  });

  it('reports a schema violation with file, line, column and the reason', () => {
    const path = write('bad.yaml', 'version: 1\nroutes:\n  - id: chat\n    limits:\n      - name: rpm\n        requests: "sixty"\n        window: 1m\n');
    const err = configError(() => createGate({ policy: path, logger: silent }));
    expect(err.code).toBe('TG_POLICY_INVALID');
    expect(err.location).toBe(`${path}:6:19`);
    expect(err.message).toContain('/routes/0/limits/0/requests: must be integer');
  });

  it('names an unknown property', () => {
    const path = write('unknown.yaml', 'version: 1\ndefaults:\n  auth: { methods: [apiKey] }\n  limitz: []\n');
    const err = configError(() => createGate({ policy: path, logger: silent }));
    expect(err.message).toContain('unknown property "limitz"');
    expect(err.location).toBe(`${path}:4:3`);
  });

  it('reports a YAML syntax error with its position', () => {
    const path = write('syntax.yaml', 'version: 1\nroutes: [\n');
    const err = configError(() => createGate({ policy: path, logger: silent }));
    expect(err.code).toBe('TG_POLICY_INVALID');
    expect(err.location).toMatch(new RegExp(`^${path}:\\d+:\\d+$`));
  });

  it('reads JSON policies with positions too', () => {
    const path = write('bad.json', '{\n  "version": 2\n}\n');
    const err = configError(() => createGate({ policy: path, logger: silent }));
    expect(err.location).toBe(`${path}:2:14`);
    expect(err.message).toContain('must be 1');
  });

  it('refuses a missing file with TG_POLICY_NOT_FOUND', () => {
    expect(configError(() => createGate({ policy: join(dir, 'nope.yaml'), logger: silent })).code).toBe('TG_POLICY_NOT_FOUND');
  });

  it('refuses an inline policy with a bad duration', () => {
    const policy = { version: 1, defaults: { limits: [{ name: 'rpm', requests: 1, window: 'soon' }] } } as unknown as PolicyDocument;
    const err = configError(() => createGate({ policy, logger: silent }));
    expect(err.location).toBe('inline policy');
    expect(err.message).toContain('/defaults/limits/0/window');
  });

  it('refuses an unknown schema name at start-up', () => {
    const policy: PolicyDocument = { version: 1, routes: [{ id: 'x', validate: { schema: 'openai.chatt' } }] };
    const err = configError(() => createGate({ policy, logger: silent }));
    expect(err.code).toBe('TG_SCHEMA_UNKNOWN');
    expect(err.message).toContain('openai.chat');
  });

  it('refuses an inline schema that does not compile', () => {
    const policy: PolicyDocument = { version: 1, routes: [{ id: 'x', validate: { schema: { type: 'objekt' } } }] };
    expect(configError(() => createGate({ policy, logger: silent })).code).toBe('TG_SCHEMA_INVALID');
  });

  it('loads keys from a key file next to the policy, and rejects a broken one', () => {
    write('keys.json', JSON.stringify({ keys: [{ id: 'abcd1234', hash: 'sha256:' + '0'.repeat(64) }] }));
    const ok = write('with-keys.yaml', 'version: 1\nkeys: { file: keys.json }\n');
    expect(() => createGate({ policy: ok, logger: silent })).not.toThrow();
    write('broken-keys.json', JSON.stringify({ keys: [{ id: 'abcd1234', hash: 'md5:00' }] }));
    const bad = write('with-broken-keys.yaml', 'version: 1\nkeys: { file: broken-keys.json }\n');
    const err = configError(() => createGate({ policy: bad, logger: silent }));
    expect(err.code).toBe('TG_KEY_FILE_INVALID');
    expect(err.message).toContain('/keys/0/hash');
  });
});

describe('middleware options', () => {
  const gate = createGate({ policy: { version: 1, routes: [{ id: 'chat' }] }, logger: silent });

  it('refuses an unknown route id with TG_ROUTE_UNKNOWN', () => {
    const err = configError(() => gate.stage('auth', { route: 'caht' }));
    expect(err.code).toBe('TG_ROUTE_UNKNOWN');
    expect(err.message).toContain('chat');
  });

  it('checks inline options against the policy schema', () => {
    const err = configError(() => gate.stage('rateLimit', { limits: [{ name: 'rpm', requests: 0, window: '1m' }] }));
    expect(err.code).toBe('TG_OPTIONS_INVALID');
    expect(err.message).toContain('/0/requests');
    expect(configError(() => gate.stage('validate', { maxBodyBytes: 'lots' })).code).toBe('TG_OPTIONS_INVALID');
  });

  it('refuses a gate without a policy', () => {
    expect(configError(() => createGate(undefined as unknown as { policy: string })).code).toBe('TG_OPTIONS_INVALID');
  });
});
