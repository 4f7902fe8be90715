import { dictionaryData } from '../dictionary-data.js';
import type { SchemaObject } from 'ajv';
import { tokenDefinitions } from './schema-tokens.js';
import { apiKeyExtraProperties, networkSchema, redisKeySourceSchema, routeNetworkSchema } from './schema-network.js';
import { guardDefinitions } from './schema-guards.js';
import { limitDefinition } from './schema-limits.js';

const mode = { enum: ['enforce', 'monitor'] } as const;
const duration = {
  anyOf: [
    { type: 'number', exclusiveMinimum: 0 },
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$' },
  ],
} as const;
const size = {
  anyOf: [
    { type: 'integer', minimum: 1 },
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?\\s*(b|kb|mb|gb)$' },
  ],
} as const;
const name = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' } as const;

/** JSON Schema of a policy document; the loader and inline middleware options are both checked with it. */
export const policySchema = dictionaryData({
  $id: 'https://tollgate.dev/schemas/policy.json',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1 },
    realm: { type: 'string', pattern: '^[^"\\\\\\r\\n]{1,128}$' },
    keys: {
      type: 'object',
      additionalProperties: false,
      properties: {
        inline: { type: 'array', items: { $ref: '#/definitions/apiKey' } },
        file: { type: 'string', minLength: 1 },
        redis: redisKeySourceSchema,
      },
    },
    network: networkSchema,
    defaults: { $ref: '#/definitions/settings' },
    routes: { type: 'array', items: { $ref: '#/definitions/route' } },
    audit: {
      type: 'object',
      additionalProperties: false,
      properties: { level: { enum: ['error', 'warn', 'info', 'debug'] } },
    },
    jwt: { $ref: '#/definitions/jwt' },
    introspection: { $ref: '#/definitions/introspection' },
    roles: { $ref: '#/definitions/roles' },
  },
  definitions: {
    ...tokenDefinitions,
    ...guardDefinitions,
    mode,
    auth: {
      anyOf: [
        { const: false },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            methods: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['apiKey', 'jwt', 'introspection'] } },
            scopes: { $ref: '#/definitions/scopeList' },
            roles: { $ref: '#/definitions/scopeList' },
            optional: { type: 'boolean' },
            apiKeyHeader: { type: 'string', pattern: '^[a-zA-Z0-9-]{1,64}$' },
            mode,
          },
        },
      ],
    },
    limit: limitDefinition(mode, duration, name),
    limits: { type: 'array', items: { $ref: '#/definitions/limit' } },
    validate: {
      anyOf: [
        { const: false },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            schema: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'object' }] },
            maxBodyBytes: size,
            maxDepth: { type: 'integer', minimum: 1, maximum: 1000 },
            encodings: { $ref: '#/definitions/encodings' },
            constraints: { $ref: '#/definitions/constraints' },
            guards: { $ref: '#/definitions/guards' },
            mode,
          },
        },
      ],
    },
    settings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode,
        auth: { $ref: '#/definitions/auth' },
        limits: { $ref: '#/definitions/limits' },
        validate: { $ref: '#/definitions/validate' },
        network: routeNetworkSchema,
      },
    },
    route: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: name,
        match: {
          type: 'object',
          additionalProperties: false,
          required: ['path'],
          properties: {
            method: {
              anyOf: [
                { type: 'string', pattern: '^[A-Za-z]+$' },
                { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Za-z]+$' } },
              ],
            },
            path: { type: 'string', pattern: '^/' },
          },
        },
        mode,
        auth: { $ref: '#/definitions/auth' },
        limits: { $ref: '#/definitions/limits' },
        validate: { $ref: '#/definitions/validate' },
        network: routeNetworkSchema,
      },
    },
    apiKey: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'hash'],
      properties: {
        id: { type: 'string', pattern: '^[A-Za-z0-9]{4,64}$' },
        hash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
        principal: { type: 'string', minLength: 1, maxLength: 256 },
        tenant: { type: 'string', minLength: 1, maxLength: 256 },
        roles: { type: 'array', items: { type: 'string', minLength: 1 } },
        scopes: { type: 'array', items: { type: 'string', minLength: 1 } },
        expiresAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
        revoked: { type: 'boolean' },
        ...apiKeyExtraProperties,
      },
    },
  },
} as const satisfies SchemaObject);
