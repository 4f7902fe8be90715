import type { PolicyDocument } from '@tollgate/core';
import { keys } from './fixtures.js';

/** The limits capability's policy: requests, tokens, calendar quotas, USD budgets, throttling. */
export function limitsPolicy(): PolicyDocument {
  return {
    version: 1,
    keys: {
      inline: [
        { id: keys.good.id, hash: keys.good.hash, principal: 'alice', tenant: 'acme', roles: ['pro'] },
        { id: keys.other.id, hash: keys.other.hash, principal: 'bob', tenant: 'acme' },
      ],
    },
    defaults: { auth: {} },
    routes: [
      {
        id: 'chat',
        match: { method: 'POST', path: '/v1/chat/completions' },
        limits: [
          { name: 'rpm', requests: 3, window: '1m' },
          { name: 'tpm', tokens: 2000, window: '1m', algorithm: 'sliding', defaultMaxTokens: 256 },
          // Nested: the tenant's daily budget holds across all of its keys.
          { name: 'tenant-daily', tokens: 100_000, calendar: 'day', timeZone: 'Europe/Paris', by: ['tenant'] },
          // Released when each response ends: sequential rows never see it, which proves the lifecycle hook.
          { name: 'inflight', concurrency: 1 },
        ],
        validate: { schema: 'openai.chat', maxBodyBytes: '8kb' },
      },
      {
        id: 'budget',
        match: { method: 'POST', path: '/v1/monitored' },
        limits: [
          { name: 'usd-day', usd: 0.01, calendar: 'day', prices: { 'house-model': { input: 1, output: 1 } } },
          { name: 'burst', requests: 2, window: '10s', algorithm: 'bucket' },
        ],
        validate: { schema: 'openai.chat' },
      },
      {
        id: 'throttled',
        match: { method: 'POST', path: '/v1/limits/throttled' },
        auth: false,
        limits: [{ name: 'hps', requests: 1, window: '1s', by: ['ip'], throttle: { maxDelay: '3s' } }],
      },
      { id: 'quota', match: { method: 'POST', path: '/v1/limits/quota' }, limits: [{ name: 'monthly', requests: 2, calendar: 'month' }] },
    ],
  };
}
