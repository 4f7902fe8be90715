/** JSON Schema pieces for the `network` section, the Redis key source and per-key metadata (issue 3). */

const duration = {
  anyOf: [
    { type: 'number', exclusiveMinimum: 0 },
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$' },
  ],
} as const;

const isoTime = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' } as const;

/** Addresses and CIDRs are checked for shape here; their values are parsed (and refused) by net/ip-rules.ts. */
const cidrList = { type: 'array', items: { type: 'string', minLength: 2, maxLength: 64 } } as const;

export const networkSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    trustProxy: {
      anyOf: [
        { type: 'boolean' },
        { type: 'integer', minimum: 0, maximum: 32 },
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
    },
    allow: cidrList,
    deny: cidrList,
    ipv6Subnet: { type: 'integer', minimum: 1, maximum: 128 },
    requireHttps: {
      anyOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            action: { enum: ['reject', 'redirect'] },
            rejectStatus: { enum: [400, 403] },
            redirectHost: { type: 'string', pattern: '^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$' },
          },
        },
      ],
    },
    hsts: {
      anyOf: [
        { type: 'boolean' },
        {
          type: 'object',
          additionalProperties: false,
          properties: { maxAge: duration, includeSubDomains: { type: 'boolean' }, preload: { type: 'boolean' } },
        },
      ],
    },
    authFailureLimit: {
      type: 'object',
      additionalProperties: false,
      required: ['attempts', 'window'],
      properties: { attempts: { type: 'integer', minimum: 1 }, window: duration },
    },
  },
} as const;

/** Per-route (and `defaults`) network overrides: the lists and transport rules only. */
export const routeNetworkSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    allow: networkSchema.properties.allow,
    deny: networkSchema.properties.deny,
    requireHttps: networkSchema.properties.requireHttps,
    hsts: networkSchema.properties.hsts,
  },
} as const;

export const redisKeySourceSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['url'],
  properties: {
    url: { type: 'string', pattern: '^rediss?://' },
    prefix: { type: 'string', pattern: '^[A-Za-z0-9:_.-]{0,64}$' },
    cacheTtl: duration,
  },
} as const;

/** Per-key metadata added to the `apiKey` definition. */
export const apiKeyExtraProperties = {
  owner: { type: 'string', minLength: 1, maxLength: 256 },
  models: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 256 } },
  limits: {
    type: 'object',
    propertyNames: { pattern: '^[A-Za-z0-9_.-]{1,64}$' },
    additionalProperties: { type: 'number', exclusiveMinimum: 0 },
  },
  createdAt: isoTime,
  lastUsedAt: isoTime,
  rotatedFrom: { type: 'string', pattern: '^[A-Za-z0-9]{4,64}$' },
} as const;
