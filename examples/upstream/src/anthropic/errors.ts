import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { UpstreamEnv } from '../env.js';
import type { ErrorBody } from './wire.js';

export interface AnthropicError {
  readonly status: ContentfulStatusCode;
  readonly type: string;
  readonly message: string;
}

export const invalidRequest = (message: string): AnthropicError => ({ status: 400, type: 'invalid_request_error', message });

export function sendAnthropicError(c: Context<UpstreamEnv>, error: AnthropicError): Response {
  const body: ErrorBody = { type: 'error', error: { type: error.type, message: error.message }, request_id: c.get('requestId') };
  return c.json(body, error.status);
}
