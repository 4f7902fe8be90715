// Generated from src/validate/schemas/index.ts (shippedSchemas) by scripts/generate-validators.mjs. Do not edit: run `npm run generate -w @tollgate/core`.
import type { Validator } from '../../validator.js';

export declare const openaiChat: Validator;
export declare const openaiResponses: Validator;
export declare const openaiEmbeddings: Validator;
export declare const anthropicMessages: Validator;
export declare const validators: Readonly<{
  "openai.chat": Validator;
  "openai.responses": Validator;
  "openai.embeddings": Validator;
  "anthropic.messages": Validator;
}>;
