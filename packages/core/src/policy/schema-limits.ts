const amount = { type: 'integer', minimum: 1 } as const;
const price = { type: 'number', minimum: 0 } as const;
// ajv's strictRequired wants each `required` beside the property it names.
const has = (...names: string[]) => ({ type: 'object', required: names, properties: Object.fromEntries(names.map((n) => [n, true])) });

/**
 * JSON Schema of one limit rule (policy `limits` items and `rateLimit({ limits })`), built from schema.ts's
 * shared `mode`, `duration` and `name` definitions.
 */
export const limitDefinition = <M, D, N>(mode: M, duration: D, name: N) => ({
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name,
    requests: amount,
    tokens: amount,
    usd: { type: 'number', exclusiveMinimum: 0 },
    concurrency: amount,
    window: duration,
    algorithm: { enum: ['fixed', 'sliding', 'bucket'] },
    calendar: { enum: ['hour', 'day', 'week', 'month'] },
    timeZone: { type: 'string', minLength: 1, maxLength: 64 },
    by: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: { enum: ['principal', 'tenant', 'apiKey', 'ip', 'route', 'model'] },
    },
    mode,
    throttle: { type: 'object', additionalProperties: false, required: ['maxDelay'], properties: { maxDelay: duration } },
    store: { enum: ['memory', 'redis'] },
    failMode: { enum: ['closed', 'open', 'local'] },
    overrides: {
      type: 'object',
      additionalProperties: false,
      properties: { roles: { type: 'object', additionalProperties: { type: 'number', minimum: 0 } } },
    },
    prices: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['input', 'output'],
        properties: { input: price, output: price, cached: price },
      },
    },
    defaultMaxTokens: amount,
  },
  allOf: [
    // Exactly one unit.
    { oneOf: [has('requests'), has('tokens'), has('usd'), has('concurrency')] },
    {
      if: has('concurrency'),
      then: { not: { anyOf: [has('window'), has('calendar'), has('algorithm')] } },
      else: { oneOf: [has('window'), has('calendar')] },
    },
    // Calendar periods are fixed windows by definition.
    { if: has('calendar'), then: { type: 'object', properties: { algorithm: { const: 'fixed' } } } },
  ],
});
