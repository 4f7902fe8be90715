import { unixSeconds } from '../ids.js';
import type { Reply, ReplyEnd } from '../reply.js';
import { splitIntoDeltas } from '../reply.js';
import type { SseEvent } from '../sse.js';
import type { ChatRequest } from './chat-request.js';
import type { ChatCompletion, ChatCompletionChunk, CompletionUsage, FinishReason } from './wire.js';

/** Stable, so a test can tell this stand-in's responses apart from anything else. */
export const SYSTEM_FINGERPRINT = 'fp_tollgate_upstream';

/** Every choice gets the same deterministic reply, so usage is `n` times one reply's tokens. */
export interface ChatGeneration {
  readonly id: string;
  readonly request: ChatRequest;
  readonly reply: Reply;
  readonly promptTokens: number;
}

const FINISH_REASONS: Record<ReplyEnd, FinishReason> = { complete: 'stop', stop_sequence: 'stop', max_tokens: 'length' };

export function chatUsage({ request, reply, promptTokens }: ChatGeneration): CompletionUsage {
  const completionTokens = reply.tokens * request.n;
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
  };
}

export function chatCompletion(generation: ChatGeneration): ChatCompletion {
  const { id, request, reply } = generation;
  return {
    id,
    object: 'chat.completion',
    created: unixSeconds(),
    model: request.model,
    choices: Array.from({ length: request.n }, (_, index) => ({
      index,
      message: { role: 'assistant', content: reply.text, refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: FINISH_REASONS[reply.end],
    })),
    usage: chatUsage(generation),
    service_tier: 'default',
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
}

/**
 * The chunk sequence of a streamed completion, as OpenAI orders it: a role chunk per choice, the
 * content deltas (choices interleaved, one choice per chunk), a finish chunk per choice, then,
 * with `include_usage`, a usage-only chunk with no choices, and finally `[DONE]`.
 */
export function chatCompletionEvents(generation: ChatGeneration): SseEvent[] {
  const { id, request, reply } = generation;
  const created = unixSeconds();
  const chunk = (choices: ChatCompletionChunk['choices'], usage: CompletionUsage | null = null): SseEvent => {
    const body: ChatCompletionChunk = {
      id,
      object: 'chat.completion.chunk',
      created,
      model: request.model,
      service_tier: 'default',
      system_fingerprint: SYSTEM_FINGERPRINT,
      choices,
    };
    if (request.includeUsage) body.usage = usage;
    return { data: JSON.stringify(body) };
  };
  const indexes = Array.from({ length: request.n }, (_, index) => index);
  const deltas = splitIntoDeltas(reply.text);

  return [
    ...indexes.map((index) =>
      chunk([{ index, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }]),
    ),
    ...deltas.flatMap((content) =>
      indexes.map((index) => chunk([{ index, delta: { content }, logprobs: null, finish_reason: null }])),
    ),
    ...indexes.map((index) => chunk([{ index, delta: {}, logprobs: null, finish_reason: FINISH_REASONS[reply.end] }])),
    ...(request.includeUsage ? [chunk([], chatUsage(generation))] : []),
    { data: '[DONE]' },
  ];
}
