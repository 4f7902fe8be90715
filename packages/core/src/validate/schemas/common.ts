/**
 * Bounds shared by the shipped request-body schemas.
 *
 * These are Tollgate's own limits, not the providers'. They exist so that a hostile or runaway body fails
 * on a cheap length/count check before ajv walks into it, and so that every string and list in a shipped
 * schema has *some* bound. Where a provider documents a tighter limit, the schema uses that instead.
 * The request-size limit, not these, is what caps the total size of a body.
 */
export const SCHEMA_LIMITS = {
  model: 256,
  messages: 2048,
  contentParts: 256,
  /** Code points (ajv counts code points, not UTF-16 units). */
  text: 1_000_000,
  tools: 128,
  /** Higher than `tools`: parallel calls may invoke the same tool more than once. */
  toolCalls: 256,
  name: 256,
  identifier: 512,
  shortText: 4096,
  url: 8192,
  /** Base64 payloads and data: URLs. Large on purpose: the body-size limit is the real cap for media. */
  inlineData: 64 * 1024 * 1024,
  stop: 4,
  metadataProperties: 16,
  metadataKeyLength: 64,
  metadataValueLength: 512,
  logitBias: 300,
  /** Enumerated option lists (`include`, `modalities`, ...) whose legitimate size is a handful. */
  smallList: 64,
  /** Properties of provider objects Tollgate passes through without modelling them field by field. */
  opaqueProperties: 64,
  embeddingInputs: 2048,
  /** OpenAI's documented per-input cap for every current embedding model. */
  embeddingTokens: 8192,
} as const;

export const textSchema = { type: 'string', maxLength: SCHEMA_LIMITS.text } as const;
export const nullableTextSchema = { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.text } as const;
export const identifierSchema = { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.identifier } as const;
export const nullableIdentifierSchema = {
  type: 'string',
  nullable: true,
  minLength: 1,
  maxLength: SCHEMA_LIMITS.identifier,
} as const;
export const nameSchema = { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.name } as const;
export const shortTextSchema = { type: 'string', maxLength: SCHEMA_LIMITS.shortText } as const;
export const urlSchema = { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.url } as const;
export const inlineDataSchema = { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.inlineData } as const;

/**
 * Model ids are routed on and written to logs, so control characters and whitespace are refused here
 * rather than trusted downstream. Every provider id (including fine-tune ids such as `ft:...:...`) is
 * printable ASCII.
 */
export const modelSchema = {
  type: 'string',
  minLength: 1,
  maxLength: SCHEMA_LIMITS.model,
  pattern: '^[\\x21-\\x7E]+$',
} as const;

/** A caller-supplied JSON Schema (tool parameters, structured-output schemas): only its shape is checked. */
export const jsonSchemaObjectSchema = { type: 'object' } as const;

/** OpenAI's `metadata`: at most 16 pairs, keys up to 64 characters, string values up to 512. */
export const openaiMetadataSchema = {
  type: 'object',
  nullable: true,
  maxProperties: SCHEMA_LIMITS.metadataProperties,
  propertyNames: { type: 'string', maxLength: SCHEMA_LIMITS.metadataKeyLength },
  additionalProperties: { type: 'string', maxLength: SCHEMA_LIMITS.metadataValueLength },
} as const;

/**
 * One arm of a tagged union: `then` applies only when `key` holds one of `values`.
 *
 * ajv's `discriminator` keyword needs an option that the code compiling these schemas may not set, and
 * `oneOf`/`anyOf` report one error per arm. A list of `if`/`then` arms applies exactly the arm that
 * matches, so the first error ajv reports points at the field that is actually wrong. Data whose tag is
 * missing or unknown matches no arm and is caught by the caller's own `required`/`enum` on the tag.
 */
/** A reference to a definition in the same schema's `$defs`. */
export const ref = <const N extends string>(name: N) => ({ $ref: `#/$defs/${name}` }) as const;

export function when<const K extends string, const V extends string | readonly string[], const T extends object>(
  key: K,
  values: V,
  then: T,
) {
  const match = typeof values === 'string' ? { const: values } : { enum: values };
  return {
    // `properties` repeats the key because ajv's strictRequired rejects `required` without it.
    if: { required: [key], properties: { [key]: match } as Record<K, typeof match> },
    then,
  } as const;
}

/**
 * A value that is either a string or an array, with a precise error for each: `type: [...]` unions are
 * rejected by ajv's strictTypes, and `anyOf` would report both branches' errors for a bad array element.
 */
export function stringOrArray<const S extends object, const A extends object>(stringSchema: S, arraySchema: A) {
  return { if: { type: 'string' }, then: stringSchema, else: arraySchema } as const;
}
