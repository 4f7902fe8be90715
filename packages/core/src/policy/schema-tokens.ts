// Policy-schema definitions for token authentication and authorization (JWT, introspection, roles).
const duration = {
  anyOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$' },
  ],
} as const;
const oneOrMany = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] } as const;
const claimPath = { type: 'string', pattern: '^[A-Za-z0-9_:/.$-]{1,128}$' } as const;
const url = { type: 'string', pattern: '^https?://[^\\s]+$' } as const;
const scopeToken = { type: 'string', pattern: '^[\\x21\\x23-\\x5b\\x5d-\\x7e]{1,128}$' } as const;

const claims = {
  type: 'object',
  additionalProperties: false,
  properties: {
    subject: { anyOf: [claimPath, { type: 'array', minItems: 1, items: claimPath }] },
    tenant: claimPath,
    roles: claimPath,
    scopes: claimPath,
  },
} as const;

/** Added to `policySchema.definitions`. */
export const tokenDefinitions = {
  claims,
  jwt: {
    type: 'object',
    additionalProperties: false,
    properties: {
      algorithms: {
        type: 'array',
        minItems: 1,
        uniqueItems: true,
        items: { enum: ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'] },
      },
      issuer: oneOrMany,
      audience: oneOrMany,
      clockTolerance: duration,
      maxAge: duration,
      secret: { type: 'string', minLength: 32 },
      secretEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      publicKey: { type: 'string', minLength: 1 },
      jwksUri: url,
      discovery: { type: 'boolean' },
      jwks: {
        type: 'object',
        additionalProperties: false,
        properties: {
          cacheMaxAge: duration,
          requestsPerMinute: { type: 'integer', minimum: 1, maximum: 600 },
          timeout: duration,
        },
      },
      entra: {
        type: 'object',
        additionalProperties: false,
        required: ['tenantId', 'audience'],
        properties: {
          tenantId: { type: 'string', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' },
          audience: oneOrMany,
        },
      },
      claims: { $ref: '#/definitions/claims' },
      maxTokenLength: { type: 'integer', minimum: 64, maximum: 4096 },
      cacheSize: { type: 'integer', minimum: 0, maximum: 1000000 },
    },
  },
  introspection: {
    type: 'object',
    additionalProperties: false,
    required: ['clientId'],
    properties: {
      endpoint: url,
      issuer: url,
      clientId: { type: 'string', minLength: 1 },
      clientSecret: { type: 'string', minLength: 1 },
      clientSecretEnv: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
      audience: oneOrMany,
      timeout: duration,
      cacheMaxAge: duration,
      cacheSize: { type: 'integer', minimum: 0, maximum: 1000000 },
      refusedCacheMaxAge: duration,
      maxConcurrent: { type: 'integer', minimum: 1, maximum: 100000 },
      claims: { $ref: '#/definitions/claims' },
    },
  },
  roles: {
    type: 'object',
    propertyNames: { pattern: '^[^\\s]{1,128}$' },
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      properties: { models: { type: 'array', items: { type: 'string', minLength: 1, maxLength: 256 } } },
    },
  },
  scopeList: { type: 'array', minItems: 1, uniqueItems: true, items: scopeToken },
} as const;
