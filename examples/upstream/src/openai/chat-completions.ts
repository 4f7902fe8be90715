import type { Context } from 'hono';
import type { UpstreamEnv } from '../env.js';
import { chatCompletionId } from '../ids.js';
import { simulateLatency } from '../latency.js';
import { composeReply, echoReply } from '../reply.js';
import { streamEvents } from '../sse.js';
import { estimatePromptTokens } from '../tokens.js';
import { parseChatRequest } from './chat-request.js';
import { chatCompletion, chatCompletionEvents } from './chat-response.js';
import { sendOpenAIError } from './errors.js';

/** `POST /v1/chat/completions` */
export async function handleChatCompletions(c: Context<UpstreamEnv>, latencyMs: number): Promise<Response> {
  const parsed = parseChatRequest(c.get('body'));
  if (!parsed.ok) return sendOpenAIError(c, parsed.error);
  const { request } = parsed;

  const reply = composeReply(echoReply(request.lastUserText), { maxTokens: request.maxTokens, stopSequences: request.stop });
  const generation = { id: chatCompletionId(), request, reply, promptTokens: estimatePromptTokens(request.promptTexts) };

  if (request.stream) return streamEvents(c, chatCompletionEvents(generation), latencyMs);
  await simulateLatency(latencyMs, c.req.raw.signal);
  return c.json(chatCompletion(generation));
}
