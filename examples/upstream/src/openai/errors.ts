import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from './wire.js';

export interface OpenAIError {
  readonly status: ContentfulStatusCode;
  readonly message: string;
  readonly type: string;
  readonly param: string | null;
  readonly code: string | null;
}

export function invalidRequest(message: string, param: string | null = null, code: string | null = null): OpenAIError {
  return { status: 400, message, type: 'invalid_request_error', param, code };
}

export const invalidJson = (): OpenAIError =>
  invalidRequest(
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
  );

export const missingParameter = (param: string): OpenAIError =>
  invalidRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter');

export const invalidType = (param: string, expected: string, got: string): OpenAIError =>
  invalidRequest(`Invalid type for '${param}': expected ${expected}, but got ${got} instead.`, param, 'invalid_type');

export function sendOpenAIError(c: Context, error: OpenAIError): Response {
  const body: ErrorBody = { error: { message: error.message, type: error.type, param: error.param, code: error.code } };
  return c.json(body, error.status);
}
