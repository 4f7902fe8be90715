import type { Context } from 'hono';
import type { UpstreamEnv } from '../env.js';
import { messageId } from '../ids.js';
import { simulateLatency } from '../latency.js';
import { composeReply, echoReply } from '../reply.js';
import { streamEvents } from '../sse.js';
import { estimatePromptTokens } from '../tokens.js';
import { sendAnthropicError } from './errors.js';
import { parseMessagesRequest } from './messages-request.js';
import { message, messageEvents } from './messages-response.js';

/** `POST /v1/messages` */
export async function handleMessages(c: Context<UpstreamEnv>, latencyMs: number): Promise<Response> {
  const parsed = parseMessagesRequest(c.get('body'));
  if (!parsed.ok) return sendAnthropicError(c, parsed.error);
  const { request } = parsed;

  const reply = composeReply(echoReply(request.lastUserText), { maxTokens: request.maxTokens, stopSequences: request.stopSequences });
  const generation = { id: messageId(), request, reply, inputTokens: estimatePromptTokens(request.promptTexts) };

  if (request.stream) return streamEvents(c, messageEvents(generation), latencyMs);
  await simulateLatency(latencyMs, c.req.raw.signal);
  return c.json(message(generation));
}
