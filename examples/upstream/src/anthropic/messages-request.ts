import { isPositiveInteger, isRecord, jsonTypeName, textOfContent } from '../content-text.js';
import type { ParsedBody } from '../env.js';
import type { AnthropicError } from './errors.js';
import { invalidRequest } from './errors.js';

/** What the upstream honours of a Messages request; other fields are accepted and ignored. */
export interface MessagesRequest {
  readonly model: string;
  /** The system prompt and every message's text: what the input token estimate counts. */
  readonly promptTexts: readonly string[];
  readonly lastUserText: string | undefined;
  readonly maxTokens: number;
  readonly stopSequences: readonly string[];
  readonly stream: boolean;
}

const fieldRequired = (field: string): AnthropicError => invalidRequest(`${field}: Field required`);
const wrongType = (field: string, expected: string, value: unknown): AnthropicError =>
  invalidRequest(`${field}: Input should be ${expected}, got ${jsonTypeName(value)}`);

export function parseMessagesRequest(parsed: ParsedBody): { ok: true; request: MessagesRequest } | { ok: false; error: AnthropicError } {
  if (!parsed.ok) return { ok: false, error: invalidRequest('There was an issue with your request body: it is not valid JSON.') };
  const body = parsed.value;
  if (!isRecord(body)) return { ok: false, error: invalidRequest('The request body must be a JSON object.') };

  const { model, messages, max_tokens: maxTokens } = body;
  if (model === undefined || model === null) return { ok: false, error: fieldRequired('model') };
  if (typeof model !== 'string' || model === '') return { ok: false, error: wrongType('model', 'a non-empty string', model) };
  // Unlike OpenAI, Anthropic has no default output budget: max_tokens is mandatory.
  if (maxTokens === undefined || maxTokens === null) return { ok: false, error: fieldRequired('max_tokens') };
  if (!isPositiveInteger(maxTokens)) return { ok: false, error: wrongType('max_tokens', 'an integer >= 1', maxTokens) };
  if (messages === undefined || messages === null) return { ok: false, error: fieldRequired('messages') };
  if (!Array.isArray(messages)) return { ok: false, error: wrongType('messages', 'a valid list', messages) };
  if (messages.length === 0) return { ok: false, error: invalidRequest('messages: at least one message is required') };

  const promptTexts = [textOfContent(body.system)];
  let lastUserText: string | undefined;
  for (const [index, message] of messages.entries()) {
    if (!isRecord(message)) return { ok: false, error: wrongType(`messages.${index}`, 'a valid dictionary', message) };
    if (typeof message.role !== 'string') return { ok: false, error: fieldRequired(`messages.${index}.role`) };
    if (message.content === undefined) return { ok: false, error: fieldRequired(`messages.${index}.content`) };
    const text = textOfContent(message.content);
    promptTexts.push(text);
    if (message.role === 'user') lastUserText = text;
  }

  const stopSequences = body.stop_sequences ?? [];
  if (!Array.isArray(stopSequences) || !stopSequences.every((s): s is string => typeof s === 'string')) {
    return { ok: false, error: wrongType('stop_sequences', 'a valid list of strings', stopSequences) };
  }

  const stream = body.stream ?? false;
  if (typeof stream !== 'boolean') return { ok: false, error: wrongType('stream', 'a valid boolean', stream) };

  return { ok: true, request: { model, promptTexts, lastUserText, maxTokens, stopSequences, stream } };
}
