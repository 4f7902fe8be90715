import { isPositiveInteger, isRecord, jsonTypeName, textOfContent } from '../content-text.js';
import type { ParsedBody } from '../env.js';
import type { OpenAIError } from './errors.js';
import { invalidJson, invalidRequest, invalidType, missingParameter } from './errors.js';

/** What the upstream honours of a Chat Completions request; other fields are accepted and ignored. */
export interface ChatRequest {
  readonly model: string;
  /** Text of every message, system prompts included: what the prompt token estimate counts. */
  readonly promptTexts: readonly string[];
  readonly lastUserText: string | undefined;
  readonly n: number;
  readonly maxTokens: number | undefined;
  readonly stop: readonly string[];
  readonly stream: boolean;
  readonly includeUsage: boolean;
}

/** OpenAI's own ceiling for `n`. */
const MAX_CHOICES = 128;
const MAX_STOP_SEQUENCES = 4;

export function parseChatRequest(parsed: ParsedBody): { ok: true; request: ChatRequest } | { ok: false; error: OpenAIError } {
  if (!parsed.ok) return { ok: false, error: invalidJson() };
  const body = parsed.value;
  if (!isRecord(body)) return { ok: false, error: invalidType('body', 'an object', jsonTypeName(body)) };

  const { model, messages } = body;
  if (model === undefined || model === null || model === '') return { ok: false, error: missingParameter('model') };
  if (typeof model !== 'string') return { ok: false, error: invalidType('model', 'a string', jsonTypeName(model)) };
  if (messages === undefined || messages === null) return { ok: false, error: missingParameter('messages') };
  if (!Array.isArray(messages)) return { ok: false, error: invalidType('messages', 'an array', jsonTypeName(messages)) };
  if (messages.length === 0) {
    return {
      ok: false,
      error: invalidRequest(
        "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        'messages',
        'empty_array',
      ),
    };
  }

  const promptTexts: string[] = [];
  let lastUserText: string | undefined;
  for (const [index, message] of messages.entries()) {
    if (!isRecord(message)) return { ok: false, error: invalidType(`messages[${index}]`, 'an object', jsonTypeName(message)) };
    if (typeof message.role !== 'string') return { ok: false, error: missingParameter(`messages[${index}].role`) };
    const text = textOfContent(message.content);
    promptTexts.push(text);
    if (message.role === 'user') lastUserText = text;
  }

  const n = body.n ?? 1;
  if (!isPositiveInteger(n) || n > MAX_CHOICES) {
    return { ok: false, error: invalidRequest(`Invalid 'n': expected an integer between 1 and ${MAX_CHOICES}.`, 'n', 'invalid_value') };
  }

  // max_completion_tokens superseded max_tokens; when a client sends both, the newer one governs.
  const maxParam = body.max_completion_tokens != null ? 'max_completion_tokens' : 'max_tokens';
  const maxTokens = body[maxParam] ?? undefined;
  if (maxTokens !== undefined && !isPositiveInteger(maxTokens)) {
    return {
      ok: false,
      error: invalidRequest(`Invalid '${maxParam}': expected an integer >= 1.`, maxParam, 'invalid_value'),
    };
  }

  const stop = body.stop ?? [];
  const stopList = typeof stop === 'string' ? [stop] : stop;
  if (!Array.isArray(stopList) || !stopList.every((s): s is string => typeof s === 'string') || stopList.length > MAX_STOP_SEQUENCES) {
    return {
      ok: false,
      error: invalidRequest(`Invalid 'stop': expected a string or an array of up to ${MAX_STOP_SEQUENCES} strings.`, 'stop', 'invalid_value'),
    };
  }

  const stream = body.stream ?? false;
  if (typeof stream !== 'boolean') return { ok: false, error: invalidType('stream', 'a boolean', jsonTypeName(stream)) };
  const includeUsage = isRecord(body.stream_options) && body.stream_options.include_usage === true;

  return {
    ok: true,
    request: { model, promptTexts, lastUserText, n, maxTokens, stop: stopList, stream, includeUsage },
  };
}
