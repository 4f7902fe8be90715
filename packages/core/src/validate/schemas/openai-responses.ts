import { dictionaryData } from '../../dictionary-data.js';
import type { SchemaObject } from 'ajv';
import {
  SCHEMA_LIMITS,
  identifierSchema,
  jsonSchemaObjectSchema,
  modelSchema,
  nameSchema,
  nullableIdentifierSchema,
  nullableTextSchema,
  openaiMetadataSchema,
  stringOrArray,
  textSchema,
  when,
  ref,
} from './common.js';

/**
 * OpenAI Responses request body (`POST /v1/responses`), as of openai-node 6.49.
 *
 * Messages, content parts, the function/custom tool family and the items a client typically sends back
 * (function calls and outputs, reasoning, item references) are modelled field by field and reject
 * unknown fields. Items and tools that only replay or configure OpenAI-hosted tools (web search,
 * computer use, MCP, code interpreter...) are accepted by their `type` with a bounded property count:
 * they are produced by OpenAI, they change often, and Tollgate has nothing to decide about their fields.
 */

const toolNameSchema = { type: 'string', pattern: '^[a-zA-Z0-9_-]{1,64}$' } as const;
const itemStatusSchema = { type: 'string', enum: ['in_progress', 'completed', 'incomplete'] } as const;
const nullableItemStatusSchema = {
  type: 'string',
  nullable: true,
  enum: ['in_progress', 'completed', 'incomplete', null],
} as const;
const phaseSchema = { type: 'string', nullable: true, enum: ['commentary', 'final_answer', null] } as const;
const cacheBreakpointSchema = {
  type: 'object',
  nullable: true,
  required: ['mode'],
  additionalProperties: false,
  properties: { mode: { const: 'explicit' } },
} as const;
const opaqueObjectSchema = { type: 'object', maxProperties: SCHEMA_LIMITS.opaqueProperties } as const;
const allowedCallersSchema = {
  type: 'array',
  nullable: true,
  maxItems: 2,
  items: { type: 'string', enum: ['direct', 'programmatic'] },
} as const;

const inputPartArraySchema = {
  type: 'array',
  maxItems: SCHEMA_LIMITS.contentParts,
  items: ref('inputContentPart'),
} as const;

/** Items modelled field by field; every other known item type is passed through (see the file comment). */
const modelledItemTypes = [
  'message',
  'function_call',
  'function_call_output',
  'custom_tool_call',
  'custom_tool_call_output',
  'reasoning',
  'item_reference',
  'compaction',
  'additional_tools',
  'mcp_approval_response',
] as const;
const opaqueItemTypes = [
  'file_search_call',
  'computer_call',
  'computer_call_output',
  'web_search_call',
  'tool_search_call',
  'tool_search_output',
  'image_generation_call',
  'code_interpreter_call',
  'local_shell_call',
  'local_shell_call_output',
  'shell_call',
  'shell_call_output',
  'apply_patch_call',
  'apply_patch_call_output',
  'mcp_list_tools',
  'mcp_approval_request',
  'mcp_call',
  'compaction_trigger',
  'program',
  'program_output',
] as const;

const hostedToolTypes = [
  'file_search',
  'computer',
  'computer_use_preview',
  'web_search',
  'web_search_2025_08_26',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'mcp',
  'code_interpreter',
  'programmatic_tool_calling',
  'image_generation',
  'local_shell',
  'shell',
  'namespace',
  'tool_search',
  'apply_patch',
] as const;

/** `tool_choice` objects that name a hosted tool by type and carry nothing else. */
const typeOnlyToolChoices = [
  'file_search',
  'web_search_preview',
  'web_search_preview_2025_03_11',
  'computer',
  'computer_use_preview',
  'computer_use',
  'image_generation',
  'code_interpreter',
  'apply_patch',
  'shell',
  'programmatic_tool_calling',
] as const;

export const openaiResponsesSchema = dictionaryData({
  $id: 'https://tollgate.dev/schemas/openai.responses.json',
  title: 'OpenAI Responses request',
  type: 'object',
  additionalProperties: false,
  // The API lets a stored prompt supply the model; without one, Tollgate needs the model to apply policy.
  if: { required: ['prompt'], properties: { prompt: { type: 'object' } } },
  else: { required: ['model'], properties: { model: true } },
  properties: {
    model: modelSchema,
    input: stringOrArray(textSchema, {
      type: 'array',
      maxItems: SCHEMA_LIMITS.messages,
      items: ref('inputItem'),
    }),
    background: { type: 'boolean', nullable: true },
    context_management: {
      type: 'array',
      nullable: true,
      maxItems: SCHEMA_LIMITS.smallList,
      items: {
        type: 'object',
        required: ['type'],
        additionalProperties: false,
        properties: {
          type: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.name },
          compact_threshold: { type: 'number', nullable: true, minimum: 0 },
        },
      },
    },
    conversation: stringOrArray(identifierSchema, {
      type: 'object',
      nullable: true,
      required: ['id'],
      additionalProperties: false,
      properties: { id: identifierSchema },
    }),
    include: {
      type: 'array',
      nullable: true,
      maxItems: SCHEMA_LIMITS.smallList,
      items: {
        type: 'string',
        enum: [
          'file_search_call.results',
          'web_search_call.results',
          'web_search_call.action.sources',
          'message.input_image.image_url',
          'computer_call_output.output.image_url',
          'code_interpreter_call.outputs',
          'reasoning.encrypted_content',
          'message.output_text.logprobs',
        ],
      },
    },
    instructions: nullableTextSchema,
    // The API refuses values below 16.
    max_output_tokens: { type: 'integer', nullable: true, minimum: 16 },
    max_tool_calls: { type: 'integer', nullable: true, minimum: 1 },
    metadata: openaiMetadataSchema,
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
    parallel_tool_calls: { type: 'boolean', nullable: true },
    previous_response_id: nullableIdentifierSchema,
    prompt: {
      type: 'object',
      nullable: true,
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: identifierSchema,
        version: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.name },
        variables: {
          type: 'object',
          nullable: true,
          maxProperties: SCHEMA_LIMITS.contentParts,
          propertyNames: { type: 'string', maxLength: SCHEMA_LIMITS.name },
          additionalProperties: stringOrArray(textSchema, ref('inputContentPart')),
        },
      },
    },
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
    reasoning: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: {
        effort: {
          type: 'string',
          nullable: true,
          enum: ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max', null],
        },
        summary: { type: 'string', nullable: true, enum: ['auto', 'concise', 'detailed', null] },
        generate_summary: { type: 'string', nullable: true, enum: ['auto', 'concise', 'detailed', null] },
        context: { type: 'string', nullable: true, enum: ['auto', 'current_turn', 'all_turns', null] },
        mode: { type: 'string', minLength: 1, maxLength: SCHEMA_LIMITS.name },
      },
    },
    // OpenAI documents a 64-character maximum.
    safety_identifier: { type: 'string', nullable: true, maxLength: 64 },
    service_tier: {
      type: 'string',
      nullable: true,
      enum: ['auto', 'default', 'flex', 'scale', 'priority', null],
    },
    store: { type: 'boolean', nullable: true },
    stream: { type: 'boolean', nullable: true },
    stream_options: {
      type: 'object',
      nullable: true,
      additionalProperties: false,
      properties: { include_obfuscation: { type: 'boolean' } },
    },
    temperature: { type: 'number', nullable: true, minimum: 0, maximum: 2 },
    text: {
      type: 'object',
      additionalProperties: false,
      properties: {
        format: ref('textFormat'),
        verbosity: { type: 'string', nullable: true, enum: ['low', 'medium', 'high', null] },
      },
    },
    tool_choice: ref('toolChoice'),
    tools: { type: 'array', maxItems: SCHEMA_LIMITS.tools, items: ref('tool') },
    top_logprobs: { type: 'integer', nullable: true, minimum: 0, maximum: 20 },
    top_p: { type: 'number', nullable: true, minimum: 0, maximum: 1 },
    truncation: { type: 'string', nullable: true, enum: ['auto', 'disabled', null] },
    user: { type: 'string', maxLength: SCHEMA_LIMITS.name },
  },
  $defs: {
    inputItem: {
      type: 'object',
      properties: {
        type: {
          type: 'string',
          nullable: true,
          enum: [...modelledItemTypes, ...opaqueItemTypes, null],
        },
      },
      allOf: [
        // A message may omit `type`; so may an item reference, which is then just `{id}`.
        {
          if: { properties: { type: { const: 'message' } } },
          then: {
            if: { required: ['id'], properties: { id: true, role: false } },
            then: ref('itemReference'),
            else: ref('message'),
          },
        },
        {
          if: { required: ['type'], properties: { type: { enum: ['item_reference', null] } } },
          then: ref('itemReference'),
        },
        when('type', 'function_call', ref('functionCall')),
        when('type', 'function_call_output', ref('functionCallOutput')),
        when('type', 'custom_tool_call', ref('customToolCall')),
        when('type', 'custom_tool_call_output', ref('customToolCallOutput')),
        when('type', 'reasoning', ref('reasoning')),
        when('type', 'compaction', ref('compaction')),
        when('type', 'additional_tools', ref('additionalTools')),
        when('type', 'mcp_approval_response', ref('mcpApprovalResponse')),
        when('type', opaqueItemTypes, opaqueObjectSchema),
      ],
    },
    message: {
      type: 'object',
      required: ['role'],
      properties: { role: { type: 'string', enum: ['user', 'system', 'developer', 'assistant'] } },
      allOf: [
        when('role', ['user', 'system', 'developer'], ref('inputMessage')),
        when('role', 'assistant', ref('assistantMessage')),
      ],
    },
    inputMessage: {
      type: 'object',
      required: ['role', 'content'],
      additionalProperties: false,
      properties: {
        role: { type: 'string' },
        content: stringOrArray(textSchema, inputPartArraySchema),
        type: { const: 'message' },
        // Present when a stored input item is replayed.
        id: identifierSchema,
        status: itemStatusSchema,
        phase: phaseSchema,
      },
    },
    assistantMessage: {
      type: 'object',
      required: ['role', 'content'],
      additionalProperties: false,
      properties: {
        role: { const: 'assistant' },
        // The API takes only output parts on assistant turns; `input_text` there is an upstream error.
        content: stringOrArray(textSchema, {
          type: 'array',
          maxItems: SCHEMA_LIMITS.contentParts,
          items: ref('outputContentPart'),
        }),
        type: { const: 'message' },
        id: identifierSchema,
        status: itemStatusSchema,
        phase: phaseSchema,
      },
    },
    itemReference: {
      type: 'object',
      required: ['id'],
      additionalProperties: false,
      properties: {
        id: identifierSchema,
        type: { type: 'string', nullable: true, enum: ['item_reference', null] },
      },
    },
    caller: {
      type: 'object',
      nullable: true,
      required: ['type'],
      additionalProperties: false,
      properties: { type: { type: 'string', enum: ['direct', 'program'] }, caller_id: identifierSchema },
      allOf: [
        when('type', 'program', { required: ['caller_id'], properties: { caller_id: true } }),
        when('type', 'direct', { properties: { caller_id: false } }),
      ],
    },
    functionCall: {
      type: 'object',
      required: ['type', 'call_id', 'name', 'arguments'],
      additionalProperties: false,
      properties: {
        type: { const: 'function_call' },
        call_id: identifierSchema,
        name: toolNameSchema,
        // The model's JSON text, replayed verbatim; it is not parsed here.
        arguments: textSchema,
        id: identifierSchema,
        caller: ref('caller'),
        namespace: nameSchema,
        status: itemStatusSchema,
      },
    },
    functionCallOutput: {
      type: 'object',
      required: ['type', 'call_id', 'output'],
      additionalProperties: false,
      properties: {
        type: { const: 'function_call_output' },
        call_id: identifierSchema,
        output: stringOrArray(textSchema, inputPartArraySchema),
        id: nullableIdentifierSchema,
        caller: ref('caller'),
        status: nullableItemStatusSchema,
      },
    },
    customToolCall: {
      type: 'object',
      required: ['type', 'call_id', 'name', 'input'],
      additionalProperties: false,
      properties: {
        type: { const: 'custom_tool_call' },
        call_id: identifierSchema,
        name: toolNameSchema,
        input: textSchema,
        id: identifierSchema,
        caller: ref('caller'),
        namespace: nameSchema,
      },
    },
    customToolCallOutput: {
      type: 'object',
      required: ['type', 'call_id', 'output'],
      additionalProperties: false,
      properties: {
        type: { const: 'custom_tool_call_output' },
        call_id: identifierSchema,
        output: stringOrArray(textSchema, inputPartArraySchema),
        id: identifierSchema,
        caller: ref('caller'),
      },
    },
    reasoning: {
      type: 'object',
      required: ['type', 'id', 'summary'],
      additionalProperties: false,
      properties: {
        type: { const: 'reasoning' },
        id: identifierSchema,
        summary: {
          type: 'array',
          maxItems: SCHEMA_LIMITS.contentParts,
          items: {
            type: 'object',
            required: ['type', 'text'],
            additionalProperties: false,
            properties: { type: { const: 'summary_text' }, text: textSchema },
          },
        },
        content: {
          type: 'array',
          maxItems: SCHEMA_LIMITS.contentParts,
          items: {
            type: 'object',
            required: ['type', 'text'],
            additionalProperties: false,
            properties: { type: { const: 'reasoning_text' }, text: textSchema },
          },
        },
        // Opaque ciphertext that can be much larger than visible text.
        encrypted_content: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.inlineData },
        status: itemStatusSchema,
      },
    },
    compaction: {
      type: 'object',
      required: ['type', 'encrypted_content'],
      additionalProperties: false,
      properties: {
        type: { const: 'compaction' },
        encrypted_content: { type: 'string', maxLength: SCHEMA_LIMITS.inlineData },
        id: nullableIdentifierSchema,
      },
    },
    // Modelled rather than passed through because it carries tools, which must keep the `tools` bound.
    additionalTools: {
      type: 'object',
      required: ['type', 'role', 'tools'],
      additionalProperties: false,
      properties: {
        type: { const: 'additional_tools' },
        role: { const: 'developer' },
        tools: { type: 'array', maxItems: SCHEMA_LIMITS.tools, items: ref('tool') },
        id: nullableIdentifierSchema,
      },
    },
    mcpApprovalResponse: {
      type: 'object',
      required: ['type', 'approval_request_id', 'approve'],
      additionalProperties: false,
      properties: {
        type: { const: 'mcp_approval_response' },
        approval_request_id: identifierSchema,
        approve: { type: 'boolean' },
        id: nullableIdentifierSchema,
        reason: { type: 'string', nullable: true, maxLength: SCHEMA_LIMITS.shortText },
      },
    },

    inputContentPart: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['input_text', 'input_image', 'input_file'] } },
      allOf: [
        when('type', 'input_text', ref('inputText')),
        when('type', 'input_image', ref('inputImage')),
        when('type', 'input_file', ref('inputFile')),
      ],
    },
    inputText: {
      type: 'object',
      required: ['type', 'text'],
      additionalProperties: false,
      properties: { type: { const: 'input_text' }, text: textSchema, prompt_cache_breakpoint: cacheBreakpointSchema },
    },
    inputImage: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { const: 'input_image' },
        detail: { type: 'string', nullable: true, enum: ['low', 'high', 'auto', 'original', null] },
        file_id: nullableIdentifierSchema,
        // An https URL or a base64 data: URL, so it gets the inline-data bound.
        image_url: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.inlineData },
        prompt_cache_breakpoint: cacheBreakpointSchema,
      },
      anyOf: [
        { required: ['image_url'], properties: { image_url: { type: 'string' } } },
        { required: ['file_id'], properties: { file_id: { type: 'string' } } },
      ],
    },
    inputFile: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { const: 'input_file' },
        detail: { type: 'string', enum: ['auto', 'low', 'high'] },
        file_data: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.inlineData },
        file_id: nullableIdentifierSchema,
        file_url: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.url },
        filename: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.name },
        prompt_cache_breakpoint: cacheBreakpointSchema,
      },
      anyOf: [
        { required: ['file_data'], properties: { file_data: { type: 'string' } } },
        { required: ['file_id'], properties: { file_id: { type: 'string' } } },
        { required: ['file_url'], properties: { file_url: { type: 'string' } } },
      ],
    },
    outputContentPart: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['output_text', 'refusal'] } },
      allOf: [
        when('type', 'output_text', {
          type: 'object',
          required: ['type', 'text'],
          additionalProperties: false,
          properties: {
            type: { const: 'output_text' },
            text: textSchema,
            // Citations and logprobs are OpenAI's own output replayed back; only their size is bounded.
            annotations: {
              type: 'array',
              maxItems: SCHEMA_LIMITS.contentParts,
              items: {
                type: 'object',
                required: ['type'],
                maxProperties: SCHEMA_LIMITS.opaqueProperties,
                properties: { type: { type: 'string', maxLength: SCHEMA_LIMITS.name } },
              },
            },
            logprobs: {
              type: 'array',
              // One entry per token, and a text has no more tokens than characters.
              maxItems: SCHEMA_LIMITS.text,
              items: opaqueObjectSchema,
            },
          },
        }),
        when('type', 'refusal', {
          type: 'object',
          required: ['type', 'refusal'],
          additionalProperties: false,
          properties: { type: { const: 'refusal' }, refusal: textSchema },
        }),
      ],
    },

    tool: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['function', 'custom', ...hostedToolTypes] } },
      allOf: [
        when('type', 'function', ref('functionTool')),
        when('type', 'custom', ref('customTool')),
        when('type', hostedToolTypes, opaqueObjectSchema),
      ],
    },
    functionTool: {
      type: 'object',
      // The SDK types `parameters` and `strict` as required, but the API defaults both.
      required: ['type', 'name'],
      additionalProperties: false,
      properties: {
        type: { const: 'function' },
        name: toolNameSchema,
        description: nullableTextSchema,
        parameters: { type: 'object', nullable: true },
        strict: { type: 'boolean', nullable: true },
        allowed_callers: allowedCallersSchema,
        defer_loading: { type: 'boolean' },
        output_schema: { type: 'object', nullable: true },
      },
    },
    customTool: {
      type: 'object',
      required: ['type', 'name'],
      additionalProperties: false,
      properties: {
        type: { const: 'custom' },
        name: toolNameSchema,
        description: textSchema,
        format: {
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
              required: ['type', 'definition', 'syntax'],
              additionalProperties: false,
              properties: {
                type: { const: 'grammar' },
                definition: textSchema,
                syntax: { type: 'string', enum: ['lark', 'regex'] },
              },
            }),
          ],
        },
        allowed_callers: allowedCallersSchema,
        defer_loading: { type: 'boolean' },
      },
    },
    toolChoice: stringOrArray(
      { type: 'string', enum: ['none', 'auto', 'required'] },
      {
        type: 'object',
        required: ['type'],
        properties: {
          type: { type: 'string', enum: ['function', 'custom', 'mcp', 'allowed_tools', ...typeOnlyToolChoices] },
        },
        allOf: [
          when('type', ['function', 'custom'], {
            type: 'object',
            required: ['type', 'name'],
            additionalProperties: false,
            properties: { type: { type: 'string' }, name: toolNameSchema },
          }),
          when('type', 'mcp', {
            type: 'object',
            required: ['type', 'server_label'],
            additionalProperties: false,
            properties: {
              type: { const: 'mcp' },
              server_label: nameSchema,
              name: { type: 'string', nullable: true, minLength: 1, maxLength: SCHEMA_LIMITS.name },
            },
          }),
          when('type', 'allowed_tools', {
            type: 'object',
            required: ['type', 'mode', 'tools'],
            additionalProperties: false,
            properties: {
              type: { const: 'allowed_tools' },
              mode: { type: 'string', enum: ['auto', 'required'] },
              // Tool references such as `{type: 'function', name}`; the API resolves them.
              tools: { type: 'array', maxItems: SCHEMA_LIMITS.tools, items: opaqueObjectSchema },
            },
          }),
          when('type', typeOnlyToolChoices, {
            type: 'object',
            additionalProperties: false,
            properties: { type: { type: 'string' } },
          }),
        ],
      },
    ),
    textFormat: {
      type: 'object',
      required: ['type'],
      properties: { type: { type: 'string', enum: ['text', 'json_object', 'json_schema'] } },
      allOf: [
        when('type', ['text', 'json_object'], {
          type: 'object',
          additionalProperties: false,
          properties: { type: { type: 'string' } },
        }),
        // Unlike Chat Completions, the Responses API puts the schema fields beside `type`.
        when('type', 'json_schema', {
          type: 'object',
          required: ['type', 'name', 'schema'],
          additionalProperties: false,
          properties: {
            type: { const: 'json_schema' },
            name: toolNameSchema,
            schema: jsonSchemaObjectSchema,
            description: textSchema,
            strict: { type: 'boolean', nullable: true },
          },
        }),
      ],
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
