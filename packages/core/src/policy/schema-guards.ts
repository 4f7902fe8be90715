import type { SchemaObject } from 'ajv';

const mode = { enum: ['enforce', 'monitor'] } as const;
const count = { type: 'integer', minimum: 1 } as const;
const roles = { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['user', 'assistant', 'tool', 'system'] } } as const;
const strings = { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 256 } } as const;
const pattern = { type: 'string', minLength: 1, maxLength: 1000 } as const;

/** Policy-schema definitions for body encodings, constraints and content guards (merged into schema.ts). */
export const guardDefinitions = {
  encodings: { type: 'array', uniqueItems: true, items: { enum: ['gzip', 'deflate', 'br'] } },
  constraints: {
    type: 'object',
    additionalProperties: false,
    properties: {
      models: strings,
      maxTokens: count,
      maxTokensAction: { enum: ['reject', 'clamp'] },
      defaultMaxTokens: count,
      maxN: count,
      maxMessages: count,
      maxMessageChars: count,
      tools: strings,
      systemMessages: { enum: ['allow', 'forbid', 'replace'] },
      systemPrompt: { type: 'string', minLength: 1, maxLength: 100000 },
      mode,
    },
  },
  guards: {
    type: 'object',
    additionalProperties: false,
    properties: {
      injection: {
        type: 'object',
        additionalProperties: false,
        properties: {
          action: { enum: ['block', 'flag'] },
          threshold: { type: 'number', exclusiveMinimum: 0 },
          roles,
          rules: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'pattern'],
              properties: {
                name: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
                pattern,
                weight: { type: 'number', exclusiveMinimum: 0 },
              },
            },
          },
          mode,
        },
      },
      pii: {
        type: 'object',
        additionalProperties: false,
        properties: {
          action: { enum: ['block', 'redact', 'mask'] },
          detect: { type: 'array', uniqueItems: true, items: { enum: ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret'] } },
          patterns: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'pattern'],
              properties: { name: { type: 'string', pattern: '^[A-Z][A-Z0-9_]{0,31}$' }, pattern },
            },
          },
          roles,
          mode,
        },
      },
    },
  },
} as const satisfies Record<string, SchemaObject>;
