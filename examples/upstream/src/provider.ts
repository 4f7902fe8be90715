import type { Context } from 'hono';

export type Provider = 'openai' | 'anthropic';

/**
 * Decides whose wire format a request expects where the path alone does not say (`GET /v1/models`,
 * unknown routes, errors): Anthropic's SDK always sends `anthropic-version`, OpenAI's never does.
 */
export function providerOf(c: Context): Provider {
  const { path } = c.req;
  if (path === '/v1/messages' || path.startsWith('/v1/messages/')) return 'anthropic';
  return c.req.header('anthropic-version') === undefined ? 'openai' : 'anthropic';
}

/** Each provider names its request-id header differently. */
export const REQUEST_ID_HEADER: Record<Provider, string> = { openai: 'x-request-id', anthropic: 'request-id' };
