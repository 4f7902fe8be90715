import type { MiddlewareHandler } from 'hono';
import type { ParsedBody, UpstreamEnv } from './env.js';

/** One request as the upstream received it, for tests to assert what a gateway forwarded. */
export interface RecordedRequest {
  readonly method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  readonly path: string;
  /** Header names are lower-cased, as HTTP treats them case-insensitively. */
  readonly headers: Readonly<Record<string, string>>;
  /** The parsed JSON body, or the raw text when it was not valid JSON (`''` when there was none). */
  readonly body: unknown;
  /** Exactly the bytes received, decoded as UTF-8, for byte-level assertions. */
  readonly rawBody: string;
}

/** Enough history for any one test, while a long-running upstream (bench, demos) stays bounded. */
export const MAX_RECORDED_REQUESTS = 100;

/**
 * Records every request before it is handled, so rejected requests are visible too. The log is
 * trimmed in place: callers hold a reference to this very array and must see it stay current.
 */
export function recordRequests(log: RecordedRequest[], limit = MAX_RECORDED_REQUESTS): MiddlewareHandler<UpstreamEnv> {
  return async (c, next) => {
    const rawBody = await c.req.text();
    const parsed = parseJson(rawBody);
    c.set('body', parsed);
    log.push({
      method: c.req.method,
      path: c.req.path,
      headers: Object.fromEntries(c.req.raw.headers),
      body: parsed.ok ? parsed.value : rawBody,
      rawBody,
    });
    if (log.length > limit) log.splice(0, log.length - limit);
    await next();
  };
}

function parseJson(text: string): ParsedBody {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
