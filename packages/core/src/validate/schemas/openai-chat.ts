import { dictionaryData } from '../../dictionary-data.js';
import type { SchemaObject } from 'ajv';
import {
  SCHEMA_LIMITS,
  identifierSchema,
  inlineDataSchema,
  jsonSchemaObjectSchema,
  modelSchema,
  nameSchema,
  nullableTextSchema,
  openaiMetadataSchema,
  shortTextSchema,
  stringOrArray,
  textSchema,
  when,
  ref,
} from './common.js';

/**
 * OpenAI Chat Completions request body (`POST /v1/chat/completions`), as of openai-node 6.49.
 *
 * Unknown fields are rejected at the top level and on every message, content part and tool, so a
 * misspelt or smuggled parameter fails here instead of being forwarded. Most optional parameters also
 * accept `null`, because the API (and the official SDKs) treat an explicit `null` as "not set".
 */

/** OpenAI's rule for function, custom-tool and response-format names. */
const toolNameSchema = { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' } as const;

const cacheBreakpointSchema = {
  type: 'object',
  required: ['mode'],
  additionalProperties: false,
  properties: { mode: { const: 'explicit' } },
} as const;

const textPartArraySchema = {
  type: 'array',
  minItems: 1,
  maxItems: SCHEMA_LIMITS.contentParts,
  items: ref('textPart'),
} as const;

/** system, developer and tool messages, and `prediction`, take text only. */
const textContentSchema = stringOrArray(textSchema, textPartArraySchema);

const functionDefinitionSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: toolNameSchema,
    description: textSchema,
    parameters: jsonSchemaObjectSchema,
    strict: { type: 'boolean', nullable: true },
  },
} as const;

const namedFunctionSchema = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: toolNameSchema },
} as const;

const messageRoles = ['system', 'developer', 'user', 'assistant', 'tool', 'function'] as const;
const userPartTypes = ['text', 'image_url', 'input_audio', 'file'] as const;

export const openaiChatSchema = dictionaryData({
  $id: 'https://tollgate.dev/schemas/openai.chat.json',
  title: 'OpenAI Chat Completions request',
  type: 'object',
  required: ['model', 'messages'],
  additionalProperties: false,
  properties: {
    model: modelSchema,
    messages: {
      type: 'array',
      minItems: 1,
      maxItems: SCHEMA_LIMITS.messages,
      items: ref('message'),
    },
    audio: {
      type: 'object',
      nullable: true,
      required: ['format', 'voice'],
      additionalProperties: false,
      properties: {
        format: { type: 'string', enum: ['wav', 'aac', 'mp3', 'flac', 'opus', 'pcm16'] },
        // A built-in voice name or `{ id }` of a custom voice; voice names change too often to enumerate.
        voice: stringOrArray(nameSchema, {
          type: 'object',
          required: ['id'],
          additionalProperties: false,
          properties: { id: identifierSchema },
        }),
      },
    },
    frequency_penalty: { type: 'number', nullable: true, minimum: -2, maximum: 2 },
    // Deprecated, but still accepted by the API, so clients on the legacy function-calling API keep working.
    function_call: stringOrArray({ type: 'string', enum: ['none', 'auto'] }, namedFunctionSchema),
    functions: {
      type: 'array',
      minItems: 1,
      maxItems: SCHEMA_LIMITS.tools,
      items: functionDefinitionSchema,
    },
    logit_bias: {
      type: 'object',
      nullable: true,
      maxProperties: SCHEMA_LIMITS.logitBias,
      // Keys are token ids.
      propertyNames: { type: 'string', pattern: '^[0-9]{1,10}$' },
      additionalProperties: { type: 'number', minimum: -100, maximum: 100 },
    },
    logprobs: { type: 'boolean', nullable: true },
    max_completion_tokens: { type: 'integer', nullable: true, minimum: 1 },
    max_tokens: { type: 'integer', nullable: true, minimum: 1 },
    metadata: openaiMetadataSchema,
    modalities: {
      type: 'array',
      nullable: true,
      maxItems: 2,
      items: { type: 'string', enum: ['text', 'audio'] },
    },
    moderation: ref('moderation'),
    n: { type: 'integer', nullable: true, minimum: 1, maximum: 128 },
    parallel_tool_calls: { type: 'boolean' },
    prediction: {
      type: 'object',
      nullable: true,
      required: ['type', 'content'],
      additionalProperties: false,
      properties: { type: { const: 'content' }, content: textContentSchema },
    },
    presence_penalty: { type: 'number', nullable: true, minimum: -2, maximum: 2 },
    prompt_cache_key: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.name },
    prompt_cache_options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { type: 'string', enum: ['implicit', 'explicit'] },
        ttl: { const: '30m' },
      },
    },
    prompt_cache_retention: { type: 'string', nullable: true, enum: ['in_memory', '24h', null] },
    reasoning_effort: {
      type: 'string',
      nullable: true,
      enum: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max', null],
    },
    response_format: ref('responseFormat'),
    // OpenAI documents a 64-character maximum.
    safety_identifier: { type: 'string', nullable: true, maxLength: 64 },
    seed: { type: 'integer', nullable: true },
    service_tier: {
      type: 'string',
      nullable: true,
      enum: ['auto', 'default', 'flex', 'scale', 'priority', null],
    },
    stop: {
      if: { type: 'string' },
      then: shortTextSchema,
      else: {
        type: 'array',
        nullable: true,
        maxItems: SCHEMA_LIMITS.stop,
        items: shortTextSchema,
      },
    },
    store: { type: 'boolean', nullable: true },
    stream: { type: 'boolean', nullable: true },
    stream_options: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        include_obfuscation: { type: 'boolean' },
        include_usage: { type: 'boolean' },
      },
    },
    temperature: { type: 'number', nullable: true, minimum: 0, maximum: 2 },
    tool_choice: ref('toolChoice'),
    tools: {
      type: 'array',
      maxItems: SCHEMA_LIMITS.tools,
      items: ref('tool'),
    },
    top_logprobs: { type: 'integer', nullable: true, minimum: 0, maximum: 20 },
    top_p: { type: 'number', nullable: true, minimum: 0, maximum: 1 },
    user: { type: 'string', maxLength: SCHEMA_LIMITS.name },
    verbosity: { type: 'string', nullable: true, enum: ['low', 'medium', 'high', null] },
    web_search_options: {
      type: 'object',
      additionalProperties: false,
      properties: {
        search_context_size: { type: 'string', enum: ['low', 'medium', 'high'] },
        user_location: {
          type: 'object',
          nullable: true,
          required: ['type', 'approximate'],
          additionalProperties: false,
          properties: {
            type: { const: 'approximate' },
            approximate: {
              type: 'object',
              additionalProperties: false,
              properties: {
                city: shortTextSchema,
                country: { type: 'string', pattern: '^[A-Za-z]{2}$' },
                region: shortTextSchema,
                timezone: nameSchema,
              },
            },
          },
        },
      },
    },
  },
  $defs: {
    message: {
      type: 'object',
      required: ['role'],
      properties: { role: { type: 'string', enum: messageRoles } },
      allOf: [
        when('role', 'system', ref('systemMessage')),
        when('role', 'developer', ref('developerMessage')),
        when('role', 'user', ref('userMessage')),
        when('role', 'assistant', ref('assistantMessage')),
        when('role', 'tool', ref('toolMessage')),
        when('role', 'function', ref('functionMessage')),
      ],
    },
    systemMessage: {
      type: 'object',
      required: ['role', 'content'],
      additionalProperties: false,
      properties: { role: { const: 'system' }, content: textContentSchema, name: nameSchema },
    },
    developerMessage: {
      type: 'object',
      required: ['role', 'content'],
      additionalProperties: false,
      properties: { role: { const: 'developer' }, content: textContentSchema, name: nameSchema },
    },
    userMessage: {
      type: 'object',
      required: ['role', 'content'],
      additionalProperties: false,
      properties: {
        role: { const: 'user' },
        content: stringOrArray(textSchema, {
          type: 'array',
          minItems: 1,
          maxItems: SCHEMA_LIMITS.contentParts,
          items: ref('userContentPart'),
        }),
        name: nameSchema,
      },
    },
    assistantMessage: {
      type: 'object',
      // `content` may be omitted or null when the turn is a tool call.
      required: ['role'],
      additionalProperties: false,
      properties: {
        role: { const: 'assistant' },
        content: stringOrArray(textSchema, {
          type: 'array',
          nullable: true,
          maxItems: SCHEMA_LIMITS.contentParts,
          items: ref('assistantContentPart'),
        }),
        name: nameSchema,
        refusal: nullableTextSchema,
        audio: {
          type: 'object',
          nullable: true,
          required: ['id'],
          additionalProperties: false,
          properties: { id: identifierSchema },
        },
        tool_calls: {
          type: 'array',
          maxItems: SCHEMA_LIMITS.toolCalls,
          items: ref('toolCall'),
        },
        function_call: {
          type: 'object',
          nullable: true,
          required: ['name', 'arguments'],
          additionalProperties: false,
          properties: { name: toolNameSchema, arguments: textSchema },
        },
      },
    },
    toolMessage: {
      type: 'object',
      required: ['role', 'content', 'tool_call_id'],
      additionalProperties: false,
      properties: { role: { const: 'tool' }, content: textContentSchema, tool_call_id: identifierSchema },
    },
    functionMessage: {
      type: 'object',
      required: ['role', 'content', 'name'],
      additionalProperties: false,
      properties: { role: { const: 'function' }, content: nullableTextSchema, name: toolNameSchema },
    },

    textPart: {
      type: 'object',
      required: ['type', 'text'],
      additionalProperties: false,
      properties: { type: { const: 'text' }, text: textSchema, prompt_cache_breakpoint: cacheBreakpointSchema },
    },
    refusalPart: {
      type: 'object',
      required: ['type', 'refusal'],
      additionalProperties: false,
      properties: { type: { const: 'refusal' }, refusal: textSchema },
    },
    imageUrlPart: {
      type: 'object',
      required: ['type', 'image_url'],
      additionalProperties: false,
      properties: {
        type: { const: 'image_url' },
        image_url: {
          type: 'object',
          required: ['url'],
          additionalProperties: false,
          properties: {
            // An https URL or a base64 data: URL, so it gets the inline-data bound.
            url: inlineDataSchema,
            detail: { type: 'string', enum: ['auto', 'low', 'high'] },
          },
        },
        prompt_cache_breakpoint: cacheBreakpointSchema,
      },
    },
    inputAudioPart: {
      type: 'object',
      required: ['type', 'input_audio'],
      additionalProperties: false,
      properties: {
        type: { const: 'input_audio' },
        input_audio: {
          type: 'object',
          required: ['data', 'format'],
          additionalProperties: false,
          properties: { data: inlineDataSchema, format: { type: 'string', enum: ['wav', 'mp3'] } },
        },
        prompt_cache_breakpoint: cacheBreakpointSchema,
      },
    },
    filePart: {
      type: 'object',
      required: ['type', 'file'],
      additionalProperties: false,
      properties: {
        type: { const: 'file' },
        file: {
          type: 'object',
          additionalProperties: false,
          properties: { file_data: inlineDataSchema, file_id: identifierSchema, filename: nameSchema },
          // A file part without its bytes or an uploaded file's id has nothing to send.
          anyOf: [
            { required: ['file_data'], properties: { file_data: true } },
            { required: ['file_id'], properties: { file_id: true } },
          ],
        },
        prompt_cache_breakpoint: cacheBreakpointSchema,
      },
    },
    userContentPart: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: userPartTypes } },
      allOf: [
        when('type', 'text', ref('textPart')),
        when('type', 'image_url', ref('imageUrlPart')),
        when('type', 'input_audio', ref('inputAudioPart')),
        when('type', 'file', ref('filePart')),
      ],
    },
    assistantContentPart: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['text', 'refusal'] } },
      allOf: [when('type', 'text', ref('textPart')), when('type', 'refusal', ref('refusalPart'))],
    },

    toolCall: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['function', 'custom'] } },
      allOf: [
        when('type', 'function', {
          type: 'object',
          required: ['id', 'type', 'function'],
          additionalProperties: false,
          properties: {
            id: identifierSchema,
            type: { const: 'function' },
            function: {
              type: 'object',
              required: ['name', 'arguments'],
              additionalProperties: false,
              // `arguments` is the model's JSON text, replayed verbatim; it is not parsed here.
              properties: { name: toolNameSchema, arguments: textSchema },
            },
          },
        }),
        when('type', 'custom', {
          type: 'object',
          required: ['id', 'type', 'custom'],
          additionalProperties: false,
          properties: {
            id: identifierSchema,
            type: { const: 'custom' },
            custom: {
              type: 'object',
              required: ['name', 'input'],
              additionalProperties: false,
              properties: { name: toolNameSchema, input: textSchema },
            },
          },
        }),
      ],
    },

    tool: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['function', 'custom'] } },
      allOf: [
        when('type', 'function', {
          type: 'object',
          required: ['type', 'function'],
          additionalProperties: false,
          properties: { type: { const: 'function' }, function: functionDefinitionSchema },
        }),
        when('type', 'custom', {
          type: 'object',
          required: ['type', 'custom'],
          additionalProperties: false,
          properties: {
            type: { const: 'custom' },
            custom: {
              type: 'object',
              required: ['name'],
              additionalProperties: false,
              properties: {
                name: toolNameSchema,
                description: textSchema,
                format: ref('customToolFormat'),
              },
            },
          },
        }),
      ],
    },
    customToolFormat: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['text', 'grammar'] } },
      allOf: [
        when('type', 'text', {
          type: 'object',
          additionalProperties: false,
          properties: { type: { const: 'text' } },
        }),
        when('type', 'grammar', {
          type: 'object',
          required: ['type', 'grammar'],
          additionalProperties: false,
          properties: {
            type: { const: 'grammar' },
            grammar: {
              type: 'object',
              required: ['definition', 'syntax'],
              additionalProperties: false,
              properties: { definition: textSchema, syntax: { type: 'string', enum: ['lark', 'regex'] } },
            },
          },
        }),
      ],
    },
    toolChoice: stringOrArray(
      { type: 'string', enum: ['none', 'auto', 'required'] },
      {
        type: 'object',
        required: ['type'],
        properties: { type: { type: 'string', enum: ['function', 'custom', 'allowed_tools'] } },
        allOf: [
          when('type', 'function', {
            type: 'object',
            required: ['type', 'function'],
            additionalProperties: false,
            properties: { type: { const: 'function' }, function: namedFunctionSchema },
          }),
          when('type', 'custom', {
            type: 'object',
            required: ['type', 'custom'],
            additionalProperties: false,
            properties: { type: { const: 'custom' }, custom: namedFunctionSchema },
          }),
          when('type', 'allowed_tools', {
            type: 'object',
            required: ['type', 'allowed_tools'],
            additionalProperties: false,
            properties: {
              type: { const: 'allowed_tools' },
              allowed_tools: {
                type: 'object',
                required: ['mode', 'tools'],
                additionalProperties: false,
                properties: {
                  mode: { type: 'string', enum: ['auto', 'required'] },
                  // Tool references such as `{type: 'function', function: {name}}`; the API resolves them.
                  tools: {
                    type: 'array',
                    maxItems: SCHEMA_LIMITS.tools,
                    items: { type: 'object', maxProperties: SCHEMA_LIMITS.opaqueProperties },
                  },
                },
              },
            },
          }),
        ],
      },
    ),
    responseFormat: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['text', 'json_object', 'json_schema'] } },
      allOf: [
        when('type', ['text', 'json_object'], {
          type: 'object',
          additionalProperties: false,
          properties: { type: { type: 'string' } },
        }),
        when('type', 'json_schema', {
          type: 'object',
          required: ['type', 'json_schema'],
          additionalProperties: false,
          properties: {
            type: { const: 'json_schema' },
            json_schema: {
              type: 'object',
              required: ['name'],
              additionalProperties: false,
              properties: {
                name: toolNameSchema,
                description: textSchema,
                schema: jsonSchemaObjectSchema,
                strict: { type: 'boolean', nullable: true },
              },
            },
          },
        }),
      ],
    },
    moderation: {
      type: 'object',
      nullable: true,
      required: ['model'],
      additionalProperties: false,
      properties: {
        model: modelSchema,
        policy: {
          type: 'object',
          nullable: true,
          additionalProperties: false,
          properties: { input: ref('moderationMode'), output: ref('moderationMode') },
        },
      },
    },
    moderationMode: {
      type: 'object',
      nullable: true,
      required: ['mode'],
      additionalProperties: false,
      properties: { mode: { type: 'string', enum: ['score', 'block'] } },
    },
  },
} as const satisfies SchemaObject);
