import { Hono } from 'hono';
import { sendAnthropicError } from './anthropic/errors.js';
import { handleMessages } from './anthropic/messages.js';
import { listAnthropicModels } from './anthropic/models.js';
import type { UpstreamEnv } from './env.js';
import { requestId } from './ids.js';
import { normalizeLatency } from './latency.js';
import { handleChatCompletions } from './openai/chat-completions.js';
import { handleEmbeddings } from './openai/embeddings.js';
import { sendOpenAIError } from './openai/errors.js';
import { listOpenAIModels } from './openai/models.js';
import { providerOf, REQUEST_ID_HEADER } from './provider.js';
import type { RecordedRequest } from './request-log.js';
import { MAX_RECORDED_REQUESTS, recordRequests } from './request-log.js';

export interface UpstreamAppOptions {
  /**
   * Simulated model time per response, in milliseconds (default 0). Non-streamed responses wait
   * this long before answering; streamed ones spread it over the gaps between events, so both
   * take about as long in total.
   */
  latencyMs?: number;
  /**
   * Receives every request as it arrives, oldest first, trimmed in place to the last
   * {@link MAX_RECORDED_REQUESTS}. Pass an array to inspect it; by default a private one is used.
   */
  requests?: RecordedRequest[];
}

/**
 * A stand-in for the OpenAI and Anthropic HTTP APIs. It accepts any credentials (it has nothing to
 * protect) and answers deterministically, so a gateway in front of it can be tested end to end.
 */
export function createUpstreamApp(options: UpstreamAppOptions = {}): Hono<UpstreamEnv> {
  const latencyMs = normalizeLatency(options.latencyMs);
  const app = new Hono<UpstreamEnv>();

  app.use('*', async (c, next) => {
    const id = requestId();
    c.set('requestId', id);
    c.header(REQUEST_ID_HEADER[providerOf(c)], id);
    await next();
  });
  app.use('*', recordRequests(options.requests ?? [], MAX_RECORDED_REQUESTS));

  app.post('/v1/chat/completions', (c) => handleChatCompletions(c, latencyMs));
  app.post('/v1/embeddings', (c) => handleEmbeddings(c, latencyMs));
  app.post('/v1/messages', (c) => handleMessages(c, latencyMs));
  app.get('/v1/models', (c) => (providerOf(c) === 'anthropic' ? listAnthropicModels(c) : listOpenAIModels(c)));

  app.notFound((c) =>
    providerOf(c) === 'anthropic'
      ? sendAnthropicError(c, { status: 404, type: 'not_found_error', message: `Not found: ${c.req.method} ${c.req.path}` })
      : sendOpenAIError(c, {
          status: 404,
          type: 'invalid_request_error',
          message: `Invalid URL (${c.req.method} ${c.req.path})`,
          param: null,
          code: null,
        }),
  );
  app.onError((error, c) => {
    console.error('upstream: unhandled error', error);
    return providerOf(c) === 'anthropic'
      ? sendAnthropicError(c, { status: 500, type: 'api_error', message: 'Internal server error' })
      : sendOpenAIError(c, {
          status: 500,
          type: 'server_error',
          message: 'The server had an error while processing your request. Sorry about that!',
          param: null,
          code: null,
        });
  });

  return app;
}
