import { dictionaryData } from '../../dictionary-data.js';
import type { SchemaObject } from 'ajv';
import {
  SCHEMA_LIMITS,
  identifierSchema,
  inlineDataSchema,
  jsonSchemaObjectSchema,
  modelSchema,
  nameSchema,
  shortTextSchema,
  stringOrArray,
  textSchema,
  urlSchema,
  when,
  ref,
} from './common.js';

/**
 * Anthropic Messages request body (`POST /v1/messages`), as of @anthropic-ai/sdk 1.12 plus the
 * `mcp_servers` beta.
 *
 * Content blocks a client writes (text, images, documents, tool use and results, thinking) are modelled
 * field by field and reject unknown fields. Blocks that replay Anthropic's server-tool results
 * (`web_search_tool_result`, `code_execution_tool_result`, ...) and server-tool definitions
 * (`web_search_20250305`, `bash_20250124`, ...) are accepted by their `type` with a bounded property
 * count: Anthropic produces them, versions them by date, and Tollgate has nothing to decide about them.
 */

const toolNameSchema = { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,128}$' } as const;
const opaqueObjectSchema = { type: 'object', maxProperties: SCHEMA_LIMITS.opaqueProperties } as const;
const cacheControlSchema = ref('cacheControl');
const nullableShortTextSchema = { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.shortText } as const;

const textBlockArraySchema = {
  type: 'array',
  maxItems: SCHEMA_LIMITS.contentParts,
  items: ref('textBlock'),
} as const;

/** Blocks modelled field by field; the other known block types are passed through (see the file comment). */
const modelledBlockTypes = [
  'text',
  'image',
  'document',
  'search_result',
  'thinking',
  'redacted_thinking',
  'tool_use',
  'tool_result',
  'server_tool_use',
  'container_upload',
] as const;
const opaqueBlockTypes = [
  'web_search_tool_result',
  'web_fetch_tool_result',
  'code_execution_tool_result',
  'bash_code_execution_tool_result',
  'text_editor_code_execution_tool_result',
  'tool_search_tool_result',
  'mcp_tool_use',
  'mcp_tool_result',
] as const;

export const anthropicMessagesSchema = dictionaryData({
  $id: 'https://tollgate.dev/schemas/anthropic.messages.json',
  title: 'Anthropic Messages request',
  type: 'object',
  required: ['model', 'max_tokens', 'messages'],
  additionalProperties: false,
  properties: {
    model: modelSchema,
    max_tokens: { type: 'integer', minimum: 1 },
    messages: {
      type: 'array',
      minItems: 1,
      maxItems: SCHEMA_LIMITS.messages,
      // Turn alternation and which block may appear in which role are left to the API.
      items: {
        type: 'object',
        required: ['role', 'content'],
        additionalProperties: false,
        properties: {
          role: { type: 'string', enum: ['user', 'assistant'] },
          content: stringOrArray(textSchema, {
            type: 'array',
            maxItems: SCHEMA_LIMITS.contentParts,
            items: ref('contentBlock'),
          }),
        },
      },
    },
    cache_control: cacheControlSchema,
    container: stringOrArray(identifierSchema, {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        id: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.identifier },
        skills: {
          type: 'array',
          nullable: true,
          maxItems: SCHEMA_LIMITS.smallList,
          items: {
            type: 'object',
            required: ['skill_id', 'type'],
            additionalProperties: false,
            properties: {
              skill_id: identifierSchema,
              type: { type: 'string', enum: ['anthropic', 'custom'] },
              version: nameSchema,
            },
          },
        },
      },
    }),
    diagnostics: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        previous_message_id: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.identifier },
      },
    },
    inference_geo: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.name },
    mcp_servers: {
      type: 'array',
      maxItems: SCHEMA_LIMITS.tools,
      items: {
        type: 'object',
        required: ['type', 'url', 'name'],
        additionalProperties: false,
        properties: {
          type: { const: 'url' },
          url: urlSchema,
          name: nameSchema,
          authorization_token: nullableShortTextSchema,
          tool_configuration: {
            type: 'object',
            nullable: true,
            additionalProperties: false,
            properties: {
              allowed_tools: {
                type: 'array',
                nullable: true,
                maxItems: SCHEMA_LIMITS.tools,
                items: toolNameSchema,
              },
              enabled: { type: 'boolean', nullable: true },
            },
          },
        },
      },
    },
    metadata: {
      type: 'object',
      additionalProperties: false,
      // Anthropic documents a 256-character maximum.
      properties: { user_id: { type: 'string', nullable: true, maxLength: 256 } },
    },
    output_config: {
      type: 'object',
      additionalProperties: false,
      properties: {
        effort: { type: 'string', nullable: true, enum: ['low', 'medium', 'high', 'xhigh', 'max', null] },
        format: {
          type: 'object',
          nullable: true,
          required: ['type', 'schema'],
          additionalProperties: false,
          properties: { type: { const: 'json_schema' }, schema: jsonSchemaObjectSchema },
        },
      },
    },
    service_tier: { type: 'string', enum: ['auto', 'standard_only'] },
    speed: { type: 'string', nullable: true, enum: ['standard', 'fast', null] },
    stop_sequences: {
      type: 'array',
      maxItems: SCHEMA_LIMITS.contentParts,
      items: shortTextSchema,
    },
    stream: { type: 'boolean' },
    system: stringOrArray(textSchema, textBlockArraySchema),
    temperature: { type: 'number', minimum: 0, maximum: 1 },
    thinking: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['enabled', 'disabled', 'adaptive', 'between_tools'] } },
      allOf: [
        when('type', 'enabled', {
          type: 'object',
          required: ['type', 'budget_tokens'],
          additionalProperties: false,
          properties: {
            type: { const: 'enabled' },
            // The API's floor; "less than max_tokens" is a cross-field rule left to the API.
            budget_tokens: { type: 'integer', minimum: 1024 },
            display: { type: 'string', nullable: true, enum: ['summarized', 'omitted', null] },
          },
        }),
        when('type', 'adaptive', {
          type: 'object',
          additionalProperties: false,
          properties: {
            type: { const: 'adaptive' },
            display: { type: 'string', nullable: true, enum: ['summarized', 'omitted', null] },
          },
        }),
        when('type', ['disabled', 'between_tools'], {
          type: 'object',
          additionalProperties: false,
          properties: { type: { type: 'string' } },
        }),
      ],
    },
    tool_choice: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['auto', 'any', 'tool', 'none'] } },
      allOf: [
        when('type', ['auto', 'any'], {
          type: 'object',
          additionalProperties: false,
          properties: { type: { type: 'string' }, disable_parallel_tool_use: { type: 'boolean' } },
        }),
        when('type', 'tool', {
          type: 'object',
          required: ['type', 'name'],
          additionalProperties: false,
          properties: {
            type: { const: 'tool' },
            name: toolNameSchema,
            disable_parallel_tool_use: { type: 'boolean' },
          },
        }),
        when('type', 'none', {
          type: 'object',
          additionalProperties: false,
          properties: { type: { const: 'none' } },
        }),
      ],
    },
    tools: {
      type: 'array',
      maxItems: SCHEMA_LIMITS.tools,
      items: {
        type: 'object',
        // A tool without `type` (or with `custom`) is a client tool; anything else is a dated server tool.
        if: { properties: { type: { enum: ['custom', null] } } },
        then: ref('customTool'),
        else: ref('serverTool'),
      },
    },
    top_k: { type: 'integer', minimum: 0 },
    top_p: { type: 'number', minimum: 0, maximum: 1 },
    user_profile_id: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.identifier },
    workspace_id: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.identifier },
  },
  $defs: {
    cacheControl: {
      type: 'object',
      nullable: true,
      required: ['type'],
      additionalProperties: false,
      properties: { type: { const: 'ephemeral' }, ttl: { type: 'string', enum: ['5m', '1h'] } },
    },
    contentBlock: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: [...modelledBlockTypes, ...opaqueBlockTypes] } },
      allOf: [
        when('type', 'text', ref('textBlock')),
        when('type', 'image', ref('imageBlock')),
        when('type', 'document', ref('documentBlock')),
        when('type', 'search_result', ref('searchResultBlock')),
        when('type', 'thinking', ref('thinkingBlock')),
        when('type', 'redacted_thinking', ref('redactedThinkingBlock')),
        when('type', 'tool_use', ref('toolUseBlock')),
        when('type', 'tool_result', ref('toolResultBlock')),
        when('type', 'server_tool_use', ref('serverToolUseBlock')),
        when('type', 'container_upload', ref('containerUploadBlock')),
        when('type', opaqueBlockTypes, opaqueObjectSchema),
      ],
    },
    textBlock: {
      type: 'object',
      required: ['type', 'text'],
      additionalProperties: false,
      properties: {
        type: { const: 'text' },
        text: textSchema,
        cache_control: cacheControlSchema,
        // Citations are Anthropic's own output replayed back; only their size is bounded.
        citations: {
          type: 'array',
          nullable: true,
          maxItems: SCHEMA_LIMITS.contentParts,
          items: {
            type: 'object',
            required: ['type'],
            maxProperties: SCHEMA_LIMITS.opaqueProperties,
            properties: {
              type: {
                type: 'string',
                enum: [
                  'char_location',
                  'page_location',
                  'content_block_location',
                  'web_search_result_location',
                  'search_result_location',
                ],
              },
            },
          },
        },
      },
    },
    imageBlock: {
      type: 'object',
      required: ['type', 'source'],
      additionalProperties: false,
      properties: {
        type: { const: 'image' },
        source: {
          type: 'object',
          required: ['type'],
          properties: { type: { type: 'string', enum: ['base64', 'url', 'file'] } },
          allOf: [
            when('type', 'base64', {
              type: 'object',
              required: ['type', 'media_type', 'data'],
              additionalProperties: false,
              properties: {
                type: { const: 'base64' },
                media_type: { type: 'string', enum: ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] },
                data: inlineDataSchema,
              },
            }),
            when('type', 'url', ref('urlSource')),
            when('type', 'file', ref('fileSource')),
          ],
        },
        cache_control: cacheControlSchema,
        transformations: {
          type: 'object',
          nullable: true,
          additionalProperties: false,
          properties: { oversized_image: { type: 'string', enum: ['downsize', 'error'] } },
        },
      },
    },
    documentBlock: {
      type: 'object',
      required: ['type', 'source'],
      additionalProperties: false,
      properties: {
        type: { const: 'document' },
        source: {
          type: 'object',
          required: ['type'],
          properties: { type: { type: 'string', enum: ['base64', 'text', 'content', 'url', 'file'] } },
          allOf: [
            when('type', 'base64', {
              type: 'object',
              required: ['type', 'media_type', 'data'],
              additionalProperties: false,
              properties: {
                type: { const: 'base64' },
                media_type: { const: 'application/pdf' },
                data: inlineDataSchema,
              },
            }),
            when('type', 'text', {
              type: 'object',
              required: ['type', 'media_type', 'data'],
              additionalProperties: false,
              properties: { type: { const: 'text' }, media_type: { const: 'text/plain' }, data: textSchema },
            }),
            when('type', 'content', {
              type: 'object',
              required: ['type', 'content'],
              additionalProperties: false,
              properties: {
                type: { const: 'content' },
                content: stringOrArray(textSchema, {
                  type: 'array',
                  maxItems: SCHEMA_LIMITS.contentParts,
                  items: {
                    type: 'object',
                    required: ['type'],
                    properties: { type: { type: 'string', enum: ['text', 'image'] } },
                    allOf: [when('type', 'text', ref('textBlock')), when('type', 'image', ref('imageBlock'))],
                  },
                }),
              },
            }),
            when('type', 'url', ref('urlSource')),
            when('type', 'file', ref('fileSource')),
          ],
        },
        cache_control: cacheControlSchema,
        citations: {
          type: 'object',
          nullable: true,
          additionalProperties: false,
          properties: { enabled: { type: 'boolean' } },
        },
        context: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.text },
        title: nullableShortTextSchema,
      },
    },
    urlSource: {
      type: 'object',
      required: ['type', 'url'],
      additionalProperties: false,
      properties: { type: { const: 'url' }, url: urlSchema },
    },
    fileSource: {
      type: 'object',
      required: ['type', 'file_id'],
      additionalProperties: false,
      properties: { type: { const: 'file' }, file_id: identifierSchema },
    },
    searchResultBlock: {
      type: 'object',
      required: ['type', 'source', 'title', 'content'],
      additionalProperties: false,
      properties: {
        type: { const: 'search_result' },
        source: { type: 'string', maxLength: SCHEMA_LIMITS.url },
        title: shortTextSchema,
        content: textBlockArraySchema,
        cache_control: cacheControlSchema,
        citations: {
          type: 'object',
          additionalProperties: false,
          properties: { enabled: { type: 'boolean' } },
        },
      },
    },
    thinkingBlock: {
      type: 'object',
      required: ['type', 'thinking', 'signature'],
      additionalProperties: false,
      properties: {
        type: { const: 'thinking' },
        thinking: textSchema,
        // Opaque and larger than an id; it must be replayed byte for byte.
        signature: { type: 'string', maxLength: SCHEMA_LIMITS.inlineData },
      },
    },
    redactedThinkingBlock: {
      type: 'object',
      required: ['type', 'data'],
      additionalProperties: false,
      properties: {
        type: { const: 'redacted_thinking' },
        data: { type: 'string', maxLength: SCHEMA_LIMITS.inlineData },
      },
    },
    caller: {
      type: 'object',
      required: ['type'],
      maxProperties: SCHEMA_LIMITS.opaqueProperties,
      // `direct`, or a dated code-execution tool that called this one programmatically.
      properties: { type: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.name } },
    },
    toolUseBlock: {
      type: 'object',
      required: ['type', 'id', 'name', 'input'],
      additionalProperties: false,
      properties: {
        type: { const: 'tool_use' },
        id: identifierSchema,
        name: toolNameSchema,
        input: { type: 'object' },
        cache_control: cacheControlSchema,
        caller: ref('caller'),
        toolset_name: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.name },
      },
    },
    serverToolUseBlock: {
      type: 'object',
      required: ['type', 'id', 'name', 'input'],
      additionalProperties: false,
      properties: {
        type: { const: 'server_tool_use' },
        id: identifierSchema,
        name: toolNameSchema,
        input: { type: 'object' },
        cache_control: cacheControlSchema,
        caller: ref('caller'),
      },
    },
    toolResultBlock: {
      type: 'object',
      required: ['type', 'tool_use_id'],
      additionalProperties: false,
      properties: {
        type: { const: 'tool_result' },
        tool_use_id: identifierSchema,
        content: stringOrArray(textSchema, {
          type: 'array',
          maxItems: SCHEMA_LIMITS.contentParts,
          items: {
            type: 'object',
            required: ['type'],
            properties: {
              type: {
                type: 'string',
                enum: ['text', 'image', 'search_result', 'document', 'tool_reference', 'browser_state'],
              },
            },
            allOf: [
              when('type', 'text', ref('textBlock')),
              when('type', 'image', ref('imageBlock')),
              when('type', 'search_result', ref('searchResultBlock')),
              when('type', 'document', ref('documentBlock')),
              when('type', 'tool_reference', {
                type: 'object',
                required: ['type', 'tool_name'],
                additionalProperties: false,
                properties: {
                  type: { const: 'tool_reference' },
                  tool_name: toolNameSchema,
                  cache_control: cacheControlSchema,
                },
              }),
              when('type', 'browser_state', opaqueObjectSchema),
            ],
          },
        }),
        is_error: { type: 'boolean' },
        cache_control: cacheControlSchema,
        toolset_name: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.name },
      },
    },
    containerUploadBlock: {
      type: 'object',
      required: ['type', 'file_id'],
      additionalProperties: false,
      properties: { type: { const: 'container_upload' }, file_id: identifierSchema, cache_control: cacheControlSchema },
    },

    customTool: {
      type: 'object',
      required: ['name', 'input_schema'],
      additionalProperties: false,
      properties: {
        type: { type: 'string', nullable: true, enum: ['custom', null] },
        name: toolNameSchema,
        description: textSchema,
        input_schema: {
          type: 'object',
          required: ['type'],
          // The rest is the caller's JSON Schema, which is the API's to interpret.
          properties: { type: { const: 'object' } },
        },
        cache_control: cacheControlSchema,
        strict: { type: 'boolean' },
        defer_loading: { type: 'boolean' },
        eager_input_streaming: { type: 'boolean', nullable: true },
        allowed_callers: {
          type: 'array',
          maxItems: SCHEMA_LIMITS.smallList,
          items: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.name },
        },
        input_examples: {
          type: 'array',
          maxItems: SCHEMA_LIMITS.smallList,
          items: { type: 'object' },
        },
      },
    },
    serverTool: {
      type: 'object',
      required: ['type', 'name'],
      maxProperties: SCHEMA_LIMITS.opaqueProperties,
      properties: {
        // Server tools are versioned by date: `web_search_20250305`, `text_editor_20250728`, ...
        type: { type: 'string', maxLength: SCHEMA_LIMITS.name, pattern: '^[a-z][a-z0-9_]*_[0-9]{8}$' },
        name: toolNameSchema,
        cache_control: cacheControlSchema,
      },
    },
  },
} as const satisfies SchemaObject);
