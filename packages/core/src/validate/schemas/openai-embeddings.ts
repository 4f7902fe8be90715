import { dictionaryData } from '../../dictionary-data.js';
import type { SchemaObject } from 'ajv';
import { SCHEMA_LIMITS, modelSchema, stringOrArray } from './common.js';

/**
 * OpenAI Embeddings request body (`POST /v1/embeddings`).
 *
 * `input` is one text, a batch of texts, one pre-tokenised input, or a batch of them. An array is
 * classified by what it contains (any string: a text batch; any array: a token-array batch; otherwise one
 * token array), so a mixed array such as `[1, "a"]` fails on the element that breaks the pattern rather
 * than with one error per possible form.
 */

// The API refuses empty inputs.
const inputTextSchema = { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.text } as const;
const tokenSchema = { type: 'integer', minimum: 0 } as const;
const tokenArraySchema = {
  type: 'array',
  minItems: 1,
  maxItems: SCHEMA_LIMITS.embeddingTokens,
  items: tokenSchema,
} as const;
/** The largest legitimate array: one input of pre-tokenised text. */
const maxInputArrayLength = Math.max(SCHEMA_LIMITS.embeddingInputs, SCHEMA_LIMITS.embeddingTokens);

export const openaiEmbeddingsSchema = dictionaryData({
  $id: 'https://tollgate.dev/schemas/openai.embeddings.json',
  title: 'OpenAI Embeddings request',
  type: 'object',
  required: ['model', 'input'],
  additionalProperties: false,
  properties: {
    model: modelSchema,
    input: stringOrArray(inputTextSchema, {
      // ajv evaluates `if` before `maxItems`, so the length bound is checked inside the `if` first: an
      // oversized array then fails on its length without being scanned element by element.
      if: { type: 'array', maxItems: maxInputArrayLength },
      then: {
        type: 'array',
        minItems: 1,
        if: { contains: { type: 'string' } },
        then: { maxItems: SCHEMA_LIMITS.embeddingInputs, items: inputTextSchema },
        else: {
          if: { contains: { type: 'array' } },
          then: { maxItems: SCHEMA_LIMITS.embeddingInputs, items: tokenArraySchema },
          else: { items: tokenSchema },
        },
      },
      else: { type: 'array', maxItems: maxInputArrayLength },
    }),
    encoding_format: { type: 'string', enum: ['float', 'base64'] },
    dimensions: { type: 'integer', minimum: 1 },
    user: { type: 'string', maxLength: SCHEMA_LIMITS.name },
  },
} as const satisfies SchemaObject);
