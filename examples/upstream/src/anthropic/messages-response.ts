import type { Reply, ReplyEnd } from '../reply.js';
import { splitIntoDeltas } from '../reply.js';
import type { SseEvent } from '../sse.js';
import type { MessagesRequest } from './messages-request.js';
import type { Message, StopReason, StreamEvent, Usage } from './wire.js';

export interface MessageGeneration {
  readonly id: string;
  readonly request: MessagesRequest;
  readonly reply: Reply;
  readonly inputTokens: number;
}

const STOP_REASONS: Record<ReplyEnd, StopReason> = { complete: 'end_turn', stop_sequence: 'stop_sequence', max_tokens: 'max_tokens' };

function usage(inputTokens: number, outputTokens: number): Usage {
  return {
    input_tokens: inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    output_tokens: outputTokens,
    service_tier: 'standard',
  };
}

export function message({ id, request, reply, inputTokens }: MessageGeneration): Message {
  return {
    id,
    type: 'message',
    role: 'assistant',
    model: request.model,
    content: [{ type: 'text', text: reply.text }],
    stop_reason: STOP_REASONS[reply.end],
    stop_sequence: reply.stopSequence,
    usage: usage(inputTokens, reply.tokens),
  };
}

/**
 * The event sequence of a streamed message, in Anthropic's order. `message_start` reports the
 * input tokens and a placeholder output count of 1, exactly as the real API does; the true output
 * count arrives in `message_delta`.
 */
export function messageEvents({ id, request, reply, inputTokens }: MessageGeneration): SseEvent[] {
  const events: StreamEvent[] = [
    {
      type: 'message_start',
      message: {
        id,
        type: 'message',
        role: 'assistant',
        model: request.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: usage(inputTokens, 1),
      },
    },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'ping' },
    ...splitIntoDeltas(reply.text).map(
      (text): StreamEvent => ({ type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }),
    ),
    { type: 'content_block_stop', index: 0 },
    {
      type: 'message_delta',
      delta: { stop_reason: STOP_REASONS[reply.end], stop_sequence: reply.stopSequence },
      usage: { output_tokens: reply.tokens },
    },
    { type: 'message_stop' },
  ];
  return events.map((event) => ({ event: event.type, data: JSON.stringify(event) }));
}
