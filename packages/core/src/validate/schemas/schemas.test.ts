import { describe, it, expect } from 'vitest';
import { Ajv } from 'ajv';
import type { ErrorObject, Logger, ValidateFunction } from 'ajv';
import { SCHEMA_LIMITS, shippedSchemas } from './index.js';
import type { ShippedSchemaName } from './index.js';
import { bodyAjv } from '../body-ajv.js';
import { validators as generatedValidators } from '../generated/body-validators.js';

interface ValidCase {
  name: string;
  body: unknown;
}

interface InvalidCase {
  name: string;
  body: unknown;
  /** ajv's `instancePath` of the first (with `allErrors: false`, the only) error. */
  path: string;
  keyword: string;
}

interface SchemaCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /** A body whose one long text field is replaced by `text`, for the size tests. */
  withText: (text: string) => unknown;
  /** `instancePath` of that text field. */
  textPath: string;
}

const schemaNames = Object.keys(shippedSchemas) as ShippedSchemaName[];

/** Compiles in strict mode and fails on anything ajv would merely log. */
function compileStrict(name: ShippedSchemaName): { validate: ValidateFunction; logged: unknown[][] } {
  const logged: unknown[][] = [];
  const record = (...args: unknown[]): void => {
    logged.push(args);
  };
  const logger: Logger = { log: record, warn: record, error: record };
  const ajv = new Ajv({ strict: true, allErrors: false, logger });
  return { validate: ajv.compile(shippedSchemas[name]), logged };
}

const validators = Object.fromEntries(schemaNames.map((name) => [name, compileStrict(name).validate])) as Record<
  ShippedSchemaName,
  ValidateFunction
>;

function firstError(name: ShippedSchemaName, body: unknown): ErrorObject | undefined {
  const validate = validators[name];
  return validate(body) ? undefined : (validate.errors?.[0] ?? undefined);
}

const many = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

// ---------------------------------------------------------------------------------------------------------
// OpenAI Chat Completions

const chatBase = { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello' }] };
const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Current weather for a city',
    parameters: {
      type: 'object',
      properties: { city: { type: 'string' }, unit: { type: 'string', enum: ['c', 'f'] } },
      required: ['city', 'unit'],
      additionalProperties: false,
    },
    strict: true,
  },
};

const chatCases: SchemaCases = {
  textPath: '/messages/0/content',
  withText: (text) => ({ model: 'gpt-4o', messages: [{ role: 'user', content: text }] }),
  valid: [
    { name: 'minimal', body: chatBase },
    {
      name: 'tool-calling conversation with streaming',
      body: {
        model: 'gpt-4.1',
        messages: [
          { role: 'system', content: 'You are terse.' },
          { role: 'developer', content: [{ type: 'text', text: 'Prefer metric units.' }], name: 'policy' },
          { role: 'user', content: 'Weather in Paris?', name: 'alice' },
          {
            role: 'assistant',
            content: null,
            tool_calls: [
              { id: 'call_abc123', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris","unit":"c"}' } },
            ],
          },
          { role: 'tool', tool_call_id: 'call_abc123', content: '{"temp":18}' },
          { role: 'assistant', content: 'It is 18 °C in Paris.' },
        ],
        tools: [weatherTool],
        tool_choice: { type: 'function', function: { name: 'get_weather' } },
        parallel_tool_calls: false,
        stream: true,
        stream_options: { include_usage: true, include_obfuscation: false },
        temperature: 0.2,
        max_completion_tokens: 512,
      },
    },
    {
      name: 'vision, audio and file parts',
      body: {
        model: 'gpt-4o',
        messages: [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'Compare these.' },
              { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'high' } },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw0KGgo=' } },
              { type: 'input_audio', input_audio: { data: 'UklGRiQAAABXQVZF', format: 'wav' } },
              { type: 'file', file: { file_id: 'file-abc123' } },
              { type: 'file', file: { file_data: 'data:application/pdf;base64,JVBERi0=', filename: 'a.pdf' } },
            ],
          },
        ],
        max_tokens: 300,
      },
    },
    {
      name: 'structured output with sampling controls',
      body: {
        model: 'o4-mini',
        messages: [{ role: 'user', content: 'Extract the invoice fields.' }],
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'invoice',
            description: 'Invoice fields',
            schema: { type: 'object', properties: { total: { type: 'number' } }, required: ['total'] },
            strict: true,
          },
        },
        reasoning_effort: 'low',
        seed: 42,
        n: 2,
        stop: ['\n\n', 'END'],
        logprobs: true,
        top_logprobs: 5,
        logit_bias: { '50256': -100, '1234': 5.5 },
        frequency_penalty: 0.5,
        presence_penalty: -0.5,
        top_p: 0.9,
        metadata: { team: 'billing', ticket: 'INV-1' },
        store: true,
        service_tier: 'flex',
        verbosity: 'low',
        user: 'user-1234',
        safety_identifier: 'b1946ac92492d2347c6235b4d2611184',
        prompt_cache_key: 'invoices-v1',
        prompt_cache_retention: '24h',
      },
    },
    {
      name: 'legacy function calling',
      body: {
        model: 'gpt-3.5-turbo',
        messages: [
          { role: 'user', content: 'Weather?' },
          { role: 'assistant', content: null, function_call: { name: 'get_weather', arguments: '{}' } },
          { role: 'function', name: 'get_weather', content: '{"temp":18}' },
        ],
        functions: [{ name: 'get_weather', parameters: { type: 'object', properties: {} } }],
        function_call: 'auto',
      },
    },
    {
      name: 'audio output, prediction and web search',
      body: {
        model: 'gpt-4o-audio-preview',
        messages: [{ role: 'user', content: 'Read this aloud.' }],
        modalities: ['text', 'audio'],
        audio: { voice: 'alloy', format: 'mp3' },
        prediction: { type: 'content', content: 'The quick brown fox' },
        web_search_options: {
          search_context_size: 'low',
          user_location: { type: 'approximate', approximate: { city: 'Paris', country: 'FR', timezone: 'Europe/Paris' } },
        },
        stop: 'END',
      },
    },
    {
      name: 'explicit nulls as sent by the Python SDK',
      body: {
        ...chatBase,
        temperature: null,
        top_p: null,
        max_tokens: null,
        stop: null,
        stream: null,
        stream_options: null,
        metadata: null,
        seed: null,
        reasoning_effort: null,
        service_tier: null,
        audio: null,
      },
    },
    {
      name: 'custom tools, refusal part, required/allowed tool choice',
      body: {
        model: 'gpt-5',
        messages: [
          { role: 'user', content: 'Run it.' },
          { role: 'assistant', content: [{ type: 'refusal', refusal: 'I cannot help with that.' }] },
          {
            role: 'assistant',
            tool_calls: [{ id: 'call_1', type: 'custom', custom: { name: 'sql', input: 'SELECT 1' } }],
          },
        ],
        tools: [
          weatherTool,
          {
            type: 'custom',
            custom: {
              name: 'sql',
              description: 'Runs SQL',
              format: { type: 'grammar', grammar: { syntax: 'lark', definition: 'start: "SELECT" /.+/' } },
            },
          },
        ],
        tool_choice: {
          type: 'allowed_tools',
          allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'get_weather' } }] },
        },
      },
    },
    {
      name: 'tool_choice as a string',
      body: { ...chatBase, tools: [weatherTool], tool_choice: 'required' },
    },
  ],
  invalid: [
    { name: 'max_tokens as a string', body: { ...chatBase, max_tokens: '100' }, path: '/max_tokens', keyword: 'type' },
    { name: 'negative max_tokens', body: { ...chatBase, max_tokens: -1 }, path: '/max_tokens', keyword: 'minimum' },
    { name: 'fractional max_tokens', body: { ...chatBase, max_tokens: 1.5 }, path: '/max_tokens', keyword: 'type' },
    { name: 'zero max_completion_tokens', body: { ...chatBase, max_completion_tokens: 0 }, path: '/max_completion_tokens', keyword: 'minimum' },
    { name: 'messages as an object', body: { ...chatBase, messages: {} }, path: '/messages', keyword: 'type' },
    { name: 'no messages', body: { ...chatBase, messages: [] }, path: '/messages', keyword: 'minItems' },
    { name: 'missing messages', body: { model: 'gpt-4o' }, path: '', keyword: 'required' },
    { name: 'missing model', body: { messages: chatBase.messages }, path: '', keyword: 'required' },
    { name: 'stream as a string', body: { ...chatBase, stream: 'true' }, path: '/stream', keyword: 'type' },
    { name: 'unknown top-level field', body: { ...chatBase, api_key: 'sk-x' }, path: '', keyword: 'additionalProperties' },
    {
      name: '2049 messages',
      body: { ...chatBase, messages: many(2049, () => ({ role: 'user', content: 'hi' })) },
      path: '/messages',
      keyword: 'maxItems',
    },
    { name: "role 'hacker'", body: { ...chatBase, messages: [{ role: 'hacker', content: 'x' }] }, path: '/messages/0/role', keyword: 'enum' },
    { name: 'message without role', body: { ...chatBase, messages: [{ content: 'x' }] }, path: '/messages/0', keyword: 'required' },
    { name: 'message as a string', body: { ...chatBase, messages: ['hi'] }, path: '/messages/0', keyword: 'type' },
    {
      name: 'unknown field on a message',
      body: { ...chatBase, messages: [{ role: 'user', content: 'x', priority: 'high' }] },
      path: '/messages/0',
      keyword: 'additionalProperties',
    },
    {
      name: 'unknown field on a content part',
      body: { ...chatBase, messages: [{ role: 'user', content: [{ type: 'text', text: 'x', html: '<b>' }] }] },
      path: '/messages/0/content/0',
      keyword: 'additionalProperties',
    },
    {
      name: 'unknown content part type',
      body: { ...chatBase, messages: [{ role: 'user', content: [{ type: 'video', url: 'x' }] }] },
      path: '/messages/0/content/0/type',
      keyword: 'enum',
    },
    {
      name: 'image part without url',
      body: { ...chatBase, messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { detail: 'low' } }] }] },
      path: '/messages/0/content/0/image_url',
      keyword: 'required',
    },
    {
      name: 'unknown image detail',
      body: {
        ...chatBase,
        messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'https://x.test/a.png', detail: 'ultra' } }] }],
      },
      path: '/messages/0/content/0/image_url/detail',
      keyword: 'enum',
    },
    {
      name: 'file part with neither data nor id',
      body: { ...chatBase, messages: [{ role: 'user', content: [{ type: 'file', file: { filename: 'a.pdf' } }] }] },
      path: '/messages/0/content/0/file',
      // `anyOf` reports its first branch first: "must have required property 'file_data'".
      keyword: 'required',
    },
    {
      name: 'image part in a system message',
      body: { ...chatBase, messages: [{ role: 'system', content: [{ type: 'image_url', image_url: { url: 'https://x.test' } }] }] },
      path: '/messages/0/content/0',
      keyword: 'required',
    },
    {
      name: 'refusal part in a user message',
      body: { ...chatBase, messages: [{ role: 'user', content: [{ type: 'refusal', refusal: 'no' }] }] },
      path: '/messages/0/content/0/type',
      keyword: 'enum',
    },
    {
      name: 'tool message without tool_call_id',
      body: { ...chatBase, messages: [{ role: 'tool', content: '{}' }] },
      path: '/messages/0',
      keyword: 'required',
    },
    {
      name: 'tool call without id',
      body: {
        ...chatBase,
        messages: [{ role: 'assistant', tool_calls: [{ type: 'function', function: { name: 'f', arguments: '{}' } }] }],
      },
      path: '/messages/0/tool_calls/0',
      keyword: 'required',
    },
    { name: 'content as a number', body: { ...chatBase, messages: [{ role: 'user', content: 42 }] }, path: '/messages/0/content', keyword: 'type' },
    {
      name: '257 content parts',
      body: { ...chatBase, messages: [{ role: 'user', content: many(257, () => ({ type: 'text', text: 'x' })) }] },
      path: '/messages/0/content',
      keyword: 'maxItems',
    },
    {
      name: '257-character name',
      body: { ...chatBase, messages: [{ role: 'user', content: 'x', name: 'n'.repeat(257) }] },
      path: '/messages/0/name',
      keyword: 'maxLength',
    },
    { name: 'empty model', body: { ...chatBase, model: '' }, path: '/model', keyword: 'minLength' },
    { name: 'model with a newline', body: { ...chatBase, model: 'gpt-4o\nX-Injected: 1' }, path: '/model', keyword: 'pattern' },
    { name: '257-character model', body: { ...chatBase, model: 'm'.repeat(257) }, path: '/model', keyword: 'maxLength' },
    { name: 'temperature above 2', body: { ...chatBase, temperature: 2.5 }, path: '/temperature', keyword: 'maximum' },
    { name: 'top_p above 1', body: { ...chatBase, top_p: 1.5 }, path: '/top_p', keyword: 'maximum' },
    { name: 'frequency_penalty below -2', body: { ...chatBase, frequency_penalty: -3 }, path: '/frequency_penalty', keyword: 'minimum' },
    { name: 'presence_penalty above 2', body: { ...chatBase, presence_penalty: 2.1 }, path: '/presence_penalty', keyword: 'maximum' },
    { name: 'n of 0', body: { ...chatBase, n: 0 }, path: '/n', keyword: 'minimum' },
    { name: 'top_logprobs above 20', body: { ...chatBase, top_logprobs: 21 }, path: '/top_logprobs', keyword: 'maximum' },
    { name: 'five stop sequences', body: { ...chatBase, stop: ['a', 'b', 'c', 'd', 'e'] }, path: '/stop', keyword: 'maxItems' },
    { name: 'stop as a number', body: { ...chatBase, stop: 42 }, path: '/stop', keyword: 'type' },
    {
      name: 'tool name with a space',
      body: { ...chatBase, tools: [{ type: 'function', function: { name: 'get weather' } }] },
      path: '/tools/0/function/name',
      keyword: 'pattern',
    },
    {
      name: 'unknown field on a function definition',
      body: { ...chatBase, tools: [{ type: 'function', function: { name: 'f', returns: 'string' } }] },
      path: '/tools/0/function',
      keyword: 'additionalProperties',
    },
    { name: '129 tools', body: { ...chatBase, tools: many(129, () => weatherTool) }, path: '/tools', keyword: 'maxItems' },
    { name: 'unknown tool_choice', body: { ...chatBase, tool_choice: 'sometimes' }, path: '/tool_choice', keyword: 'enum' },
    {
      name: 'named tool_choice without function',
      body: { ...chatBase, tool_choice: { type: 'function' } },
      path: '/tool_choice',
      keyword: 'required',
    },
    {
      name: 'json_schema response_format without name',
      body: { ...chatBase, response_format: { type: 'json_schema', json_schema: { schema: { type: 'object' } } } },
      path: '/response_format/json_schema',
      keyword: 'required',
    },
    { name: 'unknown response_format', body: { ...chatBase, response_format: { type: 'yaml' } }, path: '/response_format/type', keyword: 'enum' },
    {
      name: 'logit_bias with 301 entries',
      body: { ...chatBase, logit_bias: Object.fromEntries(many(301, (i) => [String(i), 1])) },
      path: '/logit_bias',
      keyword: 'maxProperties',
    },
    { name: 'logit_bias with a non-token key', body: { ...chatBase, logit_bias: { abc: 1 } }, path: '/logit_bias', keyword: 'pattern' },
    { name: 'logit_bias above 100', body: { ...chatBase, logit_bias: { '42': 101 } }, path: '/logit_bias/42', keyword: 'maximum' },
    {
      name: 'metadata with 17 keys',
      body: { ...chatBase, metadata: Object.fromEntries(many(17, (i) => [`k${i}`, 'v'])) },
      path: '/metadata',
      keyword: 'maxProperties',
    },
    { name: 'metadata with a number value', body: { ...chatBase, metadata: { n: 1 } }, path: '/metadata/n', keyword: 'type' },
    { name: 'unknown reasoning_effort', body: { ...chatBase, reasoning_effort: 'extreme' }, path: '/reasoning_effort', keyword: 'enum' },
    {
      name: 'unknown stream_options field',
      body: { ...chatBase, stream: true, stream_options: { include_usage: true, chunk_size: 10 } },
      path: '/stream_options',
      keyword: 'additionalProperties',
    },
    { name: 'body is an array', body: [chatBase], path: '', keyword: 'type' },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// OpenAI Responses

const responsesBase = { model: 'gpt-4.1', input: 'Tell me a joke.' };
const responsesTool = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather for a city',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  strict: true,
};

const responsesCases: SchemaCases = {
  textPath: '/input/0/content',
  withText: (text) => ({ model: 'gpt-4.1', input: [{ role: 'user', content: text }] }),
  valid: [
    { name: 'string input', body: responsesBase },
    {
      name: 'multimodal message with tools and structured output',
      body: {
        model: 'gpt-4.1',
        instructions: 'Answer in French.',
        input: [
          {
            role: 'user',
            content: [
              { type: 'input_text', text: 'What is in this image and this file?' },
              { type: 'input_image', image_url: 'https://example.com/cat.png', detail: 'high' },
              { type: 'input_image', file_id: 'file-img1' },
              { type: 'input_file', file_id: 'file-abc123' },
              { type: 'input_file', filename: 'a.pdf', file_data: 'data:application/pdf;base64,JVBERi0=' },
            ],
          },
        ],
        tools: [responsesTool],
        tool_choice: { type: 'function', name: 'get_weather' },
        text: {
          format: { type: 'json_schema', name: 'answer', schema: { type: 'object', properties: {} }, strict: true },
          verbosity: 'medium',
        },
        reasoning: { effort: 'medium', summary: 'auto' },
        stream: true,
        store: false,
        temperature: 0.7,
        top_p: 0.9,
        metadata: { session: 's-1' },
        parallel_tool_calls: true,
        truncation: 'auto',
        user: 'user-1234',
        max_output_tokens: 1024,
      },
    },
    {
      name: 'function-call loop with replayed items',
      body: {
        model: 'o4-mini',
        previous_response_id: 'resp_abc123',
        input: [
          { role: 'developer', content: 'Use tools when needed.' },
          { type: 'message', role: 'user', content: 'Weather in Paris?' },
          { type: 'reasoning', id: 'rs_1', summary: [{ type: 'summary_text', text: 'Need weather.' }], encrypted_content: 'gAAAA' },
          { type: 'function_call', id: 'fc_1', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Paris"}', status: 'completed' },
          { type: 'function_call_output', call_id: 'call_1', output: '{"temp":18}' },
          { id: 'msg_earlier' },
          { type: 'item_reference', id: 'msg_other' },
          { type: null, id: 'msg_third' },
        ],
        tools: [responsesTool],
        include: ['reasoning.encrypted_content'],
      },
    },
    {
      name: 'assistant output replay',
      body: {
        model: 'gpt-4.1',
        input: [
          { role: 'user', content: 'Hi' },
          {
            type: 'message',
            id: 'msg_1',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text: 'Hello!', annotations: [] }],
          },
          { role: 'assistant', content: 'Plain replay.' },
          { role: 'user', content: 'Again' },
        ],
      },
    },
    {
      name: 'hosted tools',
      body: {
        model: 'gpt-4.1',
        input: 'Search the docs.',
        tools: [
          { type: 'web_search', search_context_size: 'low' },
          { type: 'file_search', vector_store_ids: ['vs_1'], max_num_results: 5 },
          { type: 'mcp', server_label: 'docs', server_url: 'https://mcp.example.com', require_approval: 'never' },
          {
            type: 'custom',
            name: 'sql',
            format: { type: 'grammar', syntax: 'regex', definition: '^SELECT .+$' },
          },
        ],
        tool_choice: { type: 'file_search' },
        include: ['file_search_call.results', 'web_search_call.action.sources'],
        max_tool_calls: 4,
      },
    },
    {
      name: 'stored prompt without model',
      body: { prompt: { id: 'pmpt_123', version: '2', variables: { city: 'Paris' } }, input: 'Go.' },
    },
    {
      name: 'conversation, background and nulls',
      body: {
        ...responsesBase,
        conversation: 'conv_123',
        background: true,
        stream_options: { include_obfuscation: false },
        instructions: null,
        previous_response_id: null,
        reasoning: null,
        temperature: null,
        metadata: null,
        max_output_tokens: null,
        tool_choice: 'none',
      },
    },
  ],
  invalid: [
    { name: 'missing model and prompt', body: { input: 'x' }, path: '', keyword: 'required' },
    { name: 'max_output_tokens as a string', body: { ...responsesBase, max_output_tokens: '100' }, path: '/max_output_tokens', keyword: 'type' },
    { name: 'max_output_tokens below 16', body: { ...responsesBase, max_output_tokens: 8 }, path: '/max_output_tokens', keyword: 'minimum' },
    { name: 'fractional max_output_tokens', body: { ...responsesBase, max_output_tokens: 1.5 }, path: '/max_output_tokens', keyword: 'type' },
    { name: 'input as an object', body: { ...responsesBase, input: {} }, path: '/input', keyword: 'type' },
    { name: 'stream as a string', body: { ...responsesBase, stream: 'true' }, path: '/stream', keyword: 'type' },
    { name: 'unknown top-level field', body: { ...responsesBase, messages: [] }, path: '', keyword: 'additionalProperties' },
    {
      name: '2049 input items',
      body: { ...responsesBase, input: many(2049, () => ({ role: 'user', content: 'hi' })) },
      path: '/input',
      keyword: 'maxItems',
    },
    { name: "role 'hacker'", body: { ...responsesBase, input: [{ role: 'hacker', content: 'x' }] }, path: '/input/0/role', keyword: 'enum' },
    { name: 'unknown item type', body: { ...responsesBase, input: [{ type: 'shell_exec', cmd: 'id' }] }, path: '/input/0/type', keyword: 'enum' },
    {
      name: 'Chat-style text part',
      body: { ...responsesBase, input: [{ role: 'user', content: [{ type: 'text', text: 'x' }] }] },
      path: '/input/0/content/0/type',
      keyword: 'enum',
    },
    {
      name: 'input_text on an assistant turn',
      body: { ...responsesBase, input: [{ role: 'assistant', content: [{ type: 'input_text', text: 'x' }] }] },
      path: '/input/0/content/0/type',
      keyword: 'enum',
    },
    {
      name: 'input_image without a source',
      body: { ...responsesBase, input: [{ role: 'user', content: [{ type: 'input_image', detail: 'low' }] }] },
      path: '/input/0/content/0',
      keyword: 'required',
    },
    {
      name: 'unknown field on a message',
      body: { ...responsesBase, input: [{ role: 'user', content: 'x', name: 'alice' }] },
      path: '/input/0',
      keyword: 'additionalProperties',
    },
    {
      name: 'function_call without call_id',
      body: { ...responsesBase, input: [{ type: 'function_call', name: 'f', arguments: '{}' }] },
      path: '/input/0',
      keyword: 'required',
    },
    {
      name: 'function tool name with a dot',
      body: { ...responsesBase, tools: [{ ...responsesTool, name: 'weather.get' }] },
      path: '/tools/0/name',
      keyword: 'pattern',
    },
    {
      name: 'Chat-style function tool',
      body: { ...responsesBase, tools: [{ type: 'function', function: { name: 'f' } }] },
      path: '/tools/0',
      keyword: 'required',
    },
    { name: 'unknown tool type', body: { ...responsesBase, tools: [{ type: 'browser' }] }, path: '/tools/0/type', keyword: 'enum' },
    { name: '129 tools', body: { ...responsesBase, tools: many(129, () => responsesTool) }, path: '/tools', keyword: 'maxItems' },
    {
      name: 'additional_tools smuggling 129 tools',
      body: { ...responsesBase, input: [{ type: 'additional_tools', role: 'developer', tools: many(129, () => responsesTool) }] },
      path: '/input/0/tools',
      keyword: 'maxItems',
    },
    {
      name: 'replayed hosted-tool item with too many properties',
      body: { ...responsesBase, input: [{ type: 'web_search_call', ...Object.fromEntries(many(64, (i) => [`p${i}`, i])) }] },
      path: '/input/0',
      keyword: 'maxProperties',
    },
    {
      name: 'json_schema format without schema',
      body: { ...responsesBase, text: { format: { type: 'json_schema', name: 'x' } } },
      path: '/text/format',
      keyword: 'required',
    },
    { name: 'unknown reasoning effort', body: { ...responsesBase, reasoning: { effort: 'extreme' } }, path: '/reasoning/effort', keyword: 'enum' },
    { name: 'unknown truncation', body: { ...responsesBase, truncation: 'sometimes' }, path: '/truncation', keyword: 'enum' },
    { name: 'temperature above 2', body: { ...responsesBase, temperature: 3 }, path: '/temperature', keyword: 'maximum' },
    { name: 'function tool_choice without name', body: { ...responsesBase, tool_choice: { type: 'function' } }, path: '/tool_choice', keyword: 'required' },
    { name: 'unknown include', body: { ...responsesBase, include: ['everything'] }, path: '/include/0', keyword: 'enum' },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// OpenAI Embeddings

const embeddingsBase = { model: 'text-embedding-3-small', input: 'The food was delicious.' };

const embeddingsCases: SchemaCases = {
  textPath: '/input',
  withText: (text) => ({ model: 'text-embedding-3-small', input: text }),
  valid: [
    { name: 'one text', body: embeddingsBase },
    {
      name: 'batch of texts with options',
      body: { model: 'text-embedding-3-large', input: ['first', 'second'], encoding_format: 'base64', dimensions: 256, user: 'u-1' },
    },
    { name: 'one token array', body: { ...embeddingsBase, input: [1212, 318, 257, 1332] } },
    { name: 'a token array longer than the batch limit', body: { ...embeddingsBase, input: many(5000, (i) => i) } },
    { name: 'batch of token arrays', body: { ...embeddingsBase, input: [[1212, 318], [257]], encoding_format: 'float' } },
    { name: '2048 texts', body: { ...embeddingsBase, input: many(2048, (i) => `text ${i}`) } },
  ],
  invalid: [
    { name: 'empty string', body: { ...embeddingsBase, input: '' }, path: '/input', keyword: 'minLength' },
    { name: 'empty array', body: { ...embeddingsBase, input: [] }, path: '/input', keyword: 'minItems' },
    { name: '2049 texts', body: { ...embeddingsBase, input: many(2049, () => 'x') }, path: '/input', keyword: 'maxItems' },
    { name: '10 000 texts', body: { ...embeddingsBase, input: many(10_000, () => 'x') }, path: '/input', keyword: 'maxItems' },
    { name: '8193 tokens', body: { ...embeddingsBase, input: many(8193, () => 1) }, path: '/input', keyword: 'maxItems' },
    { name: 'mixed tokens and text', body: { ...embeddingsBase, input: [1, 'a'] }, path: '/input/0', keyword: 'type' },
    { name: 'empty token array in a batch', body: { ...embeddingsBase, input: [[1], []] }, path: '/input/1', keyword: 'minItems' },
    { name: 'negative token', body: { ...embeddingsBase, input: [-1] }, path: '/input/0', keyword: 'minimum' },
    { name: 'fractional token', body: { ...embeddingsBase, input: [1, 1.5] }, path: '/input/1', keyword: 'type' },
    { name: 'input as a number', body: { ...embeddingsBase, input: 42 }, path: '/input', keyword: 'type' },
    { name: 'missing input', body: { model: 'text-embedding-3-small' }, path: '', keyword: 'required' },
    { name: 'zero dimensions', body: { ...embeddingsBase, dimensions: 0 }, path: '/dimensions', keyword: 'minimum' },
    { name: 'unknown encoding_format', body: { ...embeddingsBase, encoding_format: 'int8' }, path: '/encoding_format', keyword: 'enum' },
    { name: 'unknown top-level field', body: { ...embeddingsBase, normalize: true }, path: '', keyword: 'additionalProperties' },
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Anthropic Messages

const anthropicBase = { model: 'claude-sonnet-4-5', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello' }] };
const anthropicTool = {
  name: 'get_weather',
  description: 'Current weather for a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

const anthropicCases: SchemaCases = {
  textPath: '/messages/0/content',
  withText: (text) => ({ model: 'claude-sonnet-4-5', max_tokens: 16, messages: [{ role: 'user', content: text }] }),
  valid: [
    { name: 'minimal', body: anthropicBase },
    {
      name: 'system prompt and sampling controls',
      body: {
        ...anthropicBase,
        system: 'You are terse.',
        stop_sequences: ['\n\nHuman:'],
        stream: true,
        temperature: 0.5,
        top_p: 0.9,
        top_k: 40,
        metadata: { user_id: '7f3c9a' },
        service_tier: 'auto',
      },
    },
    {
      name: 'cached system blocks, images and documents',
      body: {
        ...anthropicBase,
        system: [{ type: 'text', text: 'Long policy...', cache_control: { type: 'ephemeral', ttl: '1h' } }],
        messages: [
          {
            role: 'user',
            content: [
              { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } },
              { type: 'image', source: { type: 'url', url: 'https://example.com/cat.jpg' } },
              { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: 'JVBERi0=' }, title: 'Report', citations: { enabled: true } },
              { type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'Plain text doc' } },
              { type: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' }, context: 'Annual report' },
              { type: 'document', source: { type: 'content', content: [{ type: 'text', text: 'chunk' }] } },
              { type: 'text', text: 'Summarise these.', cache_control: { type: 'ephemeral' } },
            ],
          },
        ],
      },
    },
    {
      name: 'tool use loop',
      body: {
        ...anthropicBase,
        tools: [anthropicTool],
        tool_choice: { type: 'tool', name: 'get_weather', disable_parallel_tool_use: true },
        messages: [
          { role: 'user', content: 'Weather in Paris?' },
          {
            role: 'assistant',
            content: [
              { type: 'text', text: 'Checking.' },
              { type: 'tool_use', id: 'toolu_01', name: 'get_weather', input: { city: 'Paris' } },
            ],
          },
          {
            role: 'user',
            content: [
              { type: 'tool_result', tool_use_id: 'toolu_01', content: '18 °C' },
              {
                type: 'tool_result',
                tool_use_id: 'toolu_02',
                is_error: true,
                content: [
                  { type: 'text', text: 'Radar:' },
                  { type: 'image', source: { type: 'base64', media_type: 'image/jpeg', data: '/9j/4AAQ' } },
                ],
              },
            ],
          },
        ],
      },
    },
    {
      name: 'extended thinking replay',
      body: {
        ...anthropicBase,
        max_tokens: 4096,
        thinking: { type: 'enabled', budget_tokens: 2048 },
        tools: [anthropicTool],
        messages: [
          { role: 'user', content: 'Weather in Paris?' },
          {
            role: 'assistant',
            content: [
              { type: 'thinking', thinking: 'I should call the tool.', signature: 'EqQBCgIYAhIM' },
              { type: 'redacted_thinking', data: 'EmwKAhgBEgy3' },
              { type: 'tool_use', id: 'toolu_01', name: 'get_weather', input: { city: 'Paris' } },
            ],
          },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_01', content: '18 °C' }] },
        ],
      },
    },
    {
      name: 'server tools, MCP servers and container',
      body: {
        ...anthropicBase,
        tools: [
          { type: 'web_search_20250305', name: 'web_search', max_uses: 5, allowed_domains: ['example.com'] },
          { type: 'custom', ...anthropicTool },
        ],
        tool_choice: { type: 'auto' },
        mcp_servers: [
          { type: 'url', url: 'https://mcp.example.com/sse', name: 'docs', tool_configuration: { allowed_tools: ['search'] } },
        ],
        container: 'container_123',
        messages: [
          { role: 'user', content: 'Find it.' },
          {
            role: 'assistant',
            content: [
              { type: 'server_tool_use', id: 'srvtoolu_01', name: 'web_search', input: { query: 'it' } },
              {
                type: 'web_search_tool_result',
                tool_use_id: 'srvtoolu_01',
                content: [{ type: 'web_search_result', url: 'https://example.com', title: 'Ex', encrypted_content: 'abc' }],
              },
              { type: 'text', text: 'Found it.' },
            ],
          },
          { role: 'user', content: 'Thanks' },
        ],
      },
    },
    {
      name: 'thinking disabled and tool_choice none',
      body: { ...anthropicBase, thinking: { type: 'disabled' }, tools: [anthropicTool], tool_choice: { type: 'none' } },
    },
  ],
  invalid: [
    { name: 'missing max_tokens', body: { model: 'claude-sonnet-4-5', messages: anthropicBase.messages }, path: '', keyword: 'required' },
    { name: 'max_tokens as a string', body: { ...anthropicBase, max_tokens: '100' }, path: '/max_tokens', keyword: 'type' },
    { name: 'negative max_tokens', body: { ...anthropicBase, max_tokens: -1 }, path: '/max_tokens', keyword: 'minimum' },
    { name: 'fractional max_tokens', body: { ...anthropicBase, max_tokens: 1.5 }, path: '/max_tokens', keyword: 'type' },
    { name: 'messages as an object', body: { ...anthropicBase, messages: {} }, path: '/messages', keyword: 'type' },
    { name: 'stream as a string', body: { ...anthropicBase, stream: 'true' }, path: '/stream', keyword: 'type' },
    { name: 'unknown top-level field', body: { ...anthropicBase, prompt: '\n\nHuman: hi' }, path: '', keyword: 'additionalProperties' },
    {
      name: '2049 messages',
      body: { ...anthropicBase, messages: many(2049, (i) => ({ role: i % 2 ? 'assistant' : 'user', content: 'hi' })) },
      path: '/messages',
      keyword: 'maxItems',
    },
    { name: "role 'hacker'", body: { ...anthropicBase, messages: [{ role: 'hacker', content: 'x' }] }, path: '/messages/0/role', keyword: 'enum' },
    { name: "role 'system'", body: { ...anthropicBase, messages: [{ role: 'system', content: 'x' }] }, path: '/messages/0/role', keyword: 'enum' },
    { name: 'temperature above 1', body: { ...anthropicBase, temperature: 1.5 }, path: '/temperature', keyword: 'maximum' },
    { name: 'negative top_k', body: { ...anthropicBase, top_k: -1 }, path: '/top_k', keyword: 'minimum' },
    {
      name: 'unsupported image media type',
      body: {
        ...anthropicBase,
        messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/bmp', data: 'Qk0=' } }] }],
      },
      path: '/messages/0/content/0/source/media_type',
      keyword: 'enum',
    },
    {
      name: 'unknown block type',
      body: { ...anthropicBase, messages: [{ role: 'user', content: [{ type: 'video', url: 'x' }] }] },
      path: '/messages/0/content/0/type',
      keyword: 'enum',
    },
    {
      name: 'unknown field on a text block',
      body: { ...anthropicBase, messages: [{ role: 'user', content: [{ type: 'text', text: 'x', role: 'system' }] }] },
      path: '/messages/0/content/0',
      keyword: 'additionalProperties',
    },
    {
      name: 'thinking block inside a tool result',
      body: {
        ...anthropicBase,
        messages: [
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't', content: [{ type: 'thinking', thinking: 'x', signature: 's' }] }] },
        ],
      },
      path: '/messages/0/content/0/content/0/type',
      keyword: 'enum',
    },
    {
      name: 'tool_use input as a string',
      body: { ...anthropicBase, messages: [{ role: 'assistant', content: [{ type: 'tool_use', id: 't', name: 'f', input: '{}' }] }] },
      path: '/messages/0/content/0/input',
      keyword: 'type',
    },
    {
      name: '129-character tool name',
      body: { ...anthropicBase, tools: [{ ...anthropicTool, name: 't'.repeat(129) }] },
      path: '/tools/0/name',
      keyword: 'pattern',
    },
    { name: 'tool without input_schema', body: { ...anthropicBase, tools: [{ name: 'f' }] }, path: '/tools/0', keyword: 'required' },
    {
      name: 'input_schema that is not an object schema',
      body: { ...anthropicBase, tools: [{ name: 'f', input_schema: { type: 'array' } }] },
      path: '/tools/0/input_schema/type',
      keyword: 'const',
    },
    {
      name: 'server tool without a dated type',
      body: { ...anthropicBase, tools: [{ type: 'web_search', name: 'web_search' }] },
      path: '/tools/0/type',
      keyword: 'pattern',
    },
    { name: '129 tools', body: { ...anthropicBase, tools: many(129, () => anthropicTool) }, path: '/tools', keyword: 'maxItems' },
    { name: 'tool_choice tool without name', body: { ...anthropicBase, tool_choice: { type: 'tool' } }, path: '/tool_choice', keyword: 'required' },
    { name: 'unknown tool_choice', body: { ...anthropicBase, tool_choice: { type: 'force' } }, path: '/tool_choice/type', keyword: 'enum' },
    { name: 'tool_choice as a string', body: { ...anthropicBase, tool_choice: 'auto' }, path: '/tool_choice', keyword: 'type' },
    {
      name: 'thinking budget below 1024',
      body: { ...anthropicBase, thinking: { type: 'enabled', budget_tokens: 512 } },
      path: '/thinking/budget_tokens',
      keyword: 'minimum',
    },
    { name: 'thinking enabled without budget', body: { ...anthropicBase, thinking: { type: 'enabled' } }, path: '/thinking', keyword: 'required' },
    {
      name: 'identifying metadata',
      body: { ...anthropicBase, metadata: { user_id: 'u1', email: 'a@b.c' } },
      path: '/metadata',
      keyword: 'additionalProperties',
    },
    { name: 'system as a number', body: { ...anthropicBase, system: 42 }, path: '/system', keyword: 'type' },
    { name: 'stop_sequences as a string', body: { ...anthropicBase, stop_sequences: 'END' }, path: '/stop_sequences', keyword: 'type' },
    {
      name: 'unknown cache_control type',
      body: { ...anthropicBase, system: [{ type: 'text', text: 'x', cache_control: { type: 'persistent' } }] },
      path: '/system/0/cache_control/type',
      keyword: 'const',
    },
  ],
};

const cases: Record<ShippedSchemaName, SchemaCases> = {
  'openai.chat': chatCases,
  'openai.responses': responsesCases,
  'openai.embeddings': embeddingsCases,
  'anthropic.messages': anthropicCases,
};

// ---------------------------------------------------------------------------------------------------------

describe('shipped schemas', () => {
  it.each(schemaNames)('%s compiles in ajv strict mode without warnings', (name) => {
    const { logged } = compileStrict(name);
    expect(logged).toEqual([]);
  });

  it('all share one ajv instance: ids are distinct and named after the schema', () => {
    const ajv = new Ajv({ strict: true });
    for (const name of schemaNames) {
      const schema = shippedSchemas[name];
      expect(schema.$id).toBe(`https://tollgate.dev/schemas/${name}.json`);
      expect(schema.title).toEqual(expect.any(String));
      ajv.addSchema(schema);
    }
    for (const name of schemaNames) expect(ajv.getSchema(shippedSchemas[name].$id)).toBeTypeOf('function');
  });

  describe.each(schemaNames)('%s', (name) => {
    const { valid, invalid, withText, textPath } = cases[name];

    it.each(valid)('accepts: $name', ({ body }) => {
      const validate = validators[name];
      const ok = validate(body);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    });

    it.each(invalid)('rejects: $name', ({ body, path, keyword }) => {
      const error = firstError(name, body);
      expect(error, 'body was accepted').toBeDefined();
      expect({ path: error?.instancePath, keyword: error?.keyword }).toEqual({ path, keyword });
    });

    it('accepts text at the length limit', () => {
      expect(firstError(name, withText('a'.repeat(SCHEMA_LIMITS.text)))).toBeUndefined();
    });

    it('rejects a 5 MB text on maxLength', () => {
      // Speed is measured in bench/, not asserted here: a timed assertion flakes on a loaded machine.
      const error = firstError(name, withText('a'.repeat(5 * 1024 * 1024)));
      expect({ path: error?.instancePath, keyword: error?.keyword }).toEqual({ path: textPath, keyword: 'maxLength' });
    });

    it('counts the limit in code points, not UTF-16 units', () => {
      // 😀 is two UTF-16 units; at the limit in code points it must still be accepted.
      expect(firstError(name, withText('😀'.repeat(SCHEMA_LIMITS.text)))).toBeUndefined();
    });

    it('its generated validator (what a gate runs) gives the verdict and errors of compiling it at run time', () => {
      const compiled = bodyAjv().compile(shippedSchemas[name]);
      const generated = generatedValidators[name];
      const texts = ['', 'a'.repeat(SCHEMA_LIMITS.text), 'a'.repeat(SCHEMA_LIMITS.text + 1), '😀'.repeat(SCHEMA_LIMITS.text + 1)];
      for (const body of [...valid, ...invalid].map((c) => c.body).concat(texts.map(withText))) {
        expect(generated(body)).toBe(compiled(body));
        expect(generated.errors ?? null).toEqual(compiled.errors ?? null);
      }
    });
  });

  it('rejects 2049 messages on the count, before looking at any message', () => {
    // Every message is invalid; an error on the array itself proves the items were never visited.
    const body = { ...chatBase, messages: many(2049, () => ({ role: 'hacker' })) };
    expect(firstError('openai.chat', body)).toMatchObject({ instancePath: '/messages', keyword: 'maxItems' });
  });

  it('reports the unknown field by name', () => {
    expect(firstError('openai.chat', { ...chatBase, api_key: 'sk-x' })?.params).toEqual({ additionalProperty: 'api_key' });
  });
});
