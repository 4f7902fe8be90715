import { generateApiKey, type PolicyDocument } from '@tollgate/core';

/** Keys made once per run; only their hashes go into the policy, as in production. */
export const keys = {
  good: generateApiKey({ env: 'test', id: 'goodkey01' }),
  other: generateApiKey({ env: 'test', id: 'otherkey1' }),
  revoked: generateApiKey({ env: 'test', id: 'revoked01' }),
  expired: generateApiKey({ env: 'test', id: 'expired01' }),
};

export function conformancePolicy(): PolicyDocument {
  return {
    version: 1,
    keys: {
      inline: [
        { id: keys.good.id, hash: keys.good.hash, principal: 'alice', tenant: 'acme', roles: ['pro'], scopes: ['chat:write'] },
        { id: keys.other.id, hash: keys.other.hash, principal: 'bob' },
        { id: keys.revoked.id, hash: keys.revoked.hash, principal: 'mallory', revoked: true },
        { id: keys.expired.id, hash: keys.expired.hash, principal: 'trudy', expiresAt: '2020-01-01T00:00:00Z' },
      ],
    },
    defaults: { auth: {} },
    routes: [
      {
        id: 'chat',
        match: { method: 'POST', path: '/v1/chat/completions' },
        limits: [{ name: 'rpm', requests: 3, window: '1m' }],
        validate: { schema: 'openai.chat', maxBodyBytes: '8kb' },
      },
      {
        id: 'monitored',
        match: { method: 'POST', path: '/v1/monitored' },
        mode: 'monitor',
        limits: [{ name: 'rpm', requests: 1, window: '1m' }],
        validate: { schema: 'openai.chat' },
      },
      { id: 'health', match: { path: '/health' }, auth: false },
      { id: 'models', match: { method: 'GET', path: '/v1/models' } },
    ],
  };
}

export const chatBody = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] };

export const bearer = (key: string): Record<string, string> => ({ authorization: `Bearer ${key}` });
