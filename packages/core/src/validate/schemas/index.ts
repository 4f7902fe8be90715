import { anthropicMessagesSchema } from './anthropic-messages.js';
import { openaiChatSchema } from './openai-chat.js';
import { openaiEmbeddingsSchema } from './openai-embeddings.js';
import { openaiResponsesSchema } from './openai-responses.js';

export { anthropicMessagesSchema } from './anthropic-messages.js';
export { SCHEMA_LIMITS } from './common.js';
export { openaiChatSchema } from './openai-chat.js';
export { openaiEmbeddingsSchema } from './openai-embeddings.js';
export { openaiResponsesSchema } from './openai-responses.js';

/**
 * The request-body schemas Tollgate ships, by the name a route refers to them with. Each carries a
 * distinct `$id`, so all of them can be added to one ajv instance.
 */
export const shippedSchemas = {
  'openai.chat': openaiChatSchema,
  'openai.responses': openaiResponsesSchema,
  'openai.embeddings': openaiEmbeddingsSchema,
  'anthropic.messages': anthropicMessagesSchema,
} as const;

export type ShippedSchemaName = keyof typeof shippedSchemas;
