import winston from 'winston';
import { describe, expect, it } from 'vitest';
import { createGate } from '../gate.js';
import type { GateRequest } from '../request.js';
import { generateApiKey } from './api-keys.js';

const silent = winston.createLogger({ silent: true });

const request = (key: string): GateRequest => ({
  method: 'GET',
  path: '/v1/models',
  query: '',
  header: (name) => (name === 'authorization' ? `Bearer ${key}` : undefined),
  remoteAddress: '10.0.0.1',
  encrypted: false,
  body: { kind: 'none' },
});

describe('per-key limit amounts', () => {
  it('a key record\'s `limits` beats the rule\'s amount for that key only', async () => {
    const vip = generateApiKey({ id: 'vipkey01' });
    const plain = generateApiKey({ id: 'plainkey' });
    const gate = createGate({
      logger: silent,
      policy: {
        version: 1,
        keys: { inline: [{ id: vip.id, hash: vip.hash, limits: { rpm: 3 } }, { id: plain.id, hash: plain.hash }] },
        defaults: { auth: {}, limits: [{ name: 'rpm', requests: 1, window: '1m' }] },
      },
    });
    const protect = gate.protect();
    const statuses = async (key: string) => {
      const out: (number | 'ok')[] = [];
      for (let i = 0; i < 4; i++) {
        const d = await protect(gate.context(request(key)));
        out.push(d.allowed ? 'ok' : d.status);
      }
      return out;
    };
    expect(await statuses(vip.key)).toEqual(['ok', 'ok', 'ok', 429]);
    expect(await statuses(plain.key)).toEqual(['ok', 429, 429, 429]);
    await gate.close();
  });
});
