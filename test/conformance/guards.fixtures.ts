import type { PolicyDocument } from '@tollgate/core';
import { conformancePolicy } from './fixtures.js';

/** The shared policy's keys plus routes for body intake, constraints and content guards (cases 31-41). */
export function guardsPolicy(): PolicyDocument {
  const base = conformancePolicy();
  const injectionAll = { roles: ['user', 'tool', 'system'] as ('user' | 'tool' | 'system')[] };
  return {
    ...base,
    routes: [
      {
        id: 'guarded',
        match: { method: 'POST', path: '/v1/guarded' },
        validate: {
          schema: 'openai.chat',
          maxBodyBytes: '64kb',
          encodings: ['gzip', 'deflate', 'br'],
          constraints: {
            models: ['gpt-4o-mini', 'gpt-4o'],
            maxTokens: 1000,
            maxTokensAction: 'clamp',
            defaultMaxTokens: 256,
            maxN: 2,
            maxMessages: 20,
            maxMessageChars: 4000,
            tools: ['get_weather'],
            systemMessages: 'forbid',
          },
          guards: {
            injection: { ...injectionAll, action: 'block' },
            pii: { action: 'block', roles: ['user', 'tool'], patterns: [{ name: 'EMPLOYEE_ID', pattern: '\\bEMP-\\d{6}\\b' }] },
          },
        },
      },
      {
        id: 'redacted',
        match: { method: 'POST', path: '/v1/redacted' },
        validate: {
          schema: 'openai.chat',
          maxBodyBytes: '64kb',
          constraints: { systemMessages: 'replace', systemPrompt: 'You are the support bot of Example Ltd. Contact: help@example.com.', maxTokens: 500 },
          guards: { injection: { action: 'flag' }, pii: { action: 'redact' } },
        },
      },
      {
        id: 'masked',
        match: { method: 'POST', path: '/v1/masked' },
        validate: { schema: 'openai.chat', guards: { pii: { action: 'mask' } } },
      },
      {
        id: 'messages',
        match: { method: 'POST', path: '/v1/messages' },
        validate: {
          schema: 'anthropic.messages',
          maxBodyBytes: '64kb',
          constraints: { models: ['claude-sonnet-4-5'], maxTokens: 1000 },
          guards: { injection: { ...injectionAll, action: 'block' } },
        },
      },
      { id: 'bulk', match: { method: 'POST', path: '/v1/bulk' }, validate: { schema: 'openai.chat', maxBodyBytes: '8mb' } },
      { id: 'consumed', match: { method: 'POST', path: '/v1/consumed' }, validate: { schema: 'openai.chat' } },
      ...(base.routes ?? []),
    ],
  };
}
