import { Hono } from 'hono';
import { PROBLEM_CONTENT_TYPE, unmaskTap, usageFrom, usageTap, type Gate } from '@tollgate/core';
import { tollgate, type TollgateEnv } from '@tollgate/hono';

export interface Upstream {
  /** OpenAI-compatible base URL, ending in `/v1`. */
  readonly baseUrl: string;
  /** The provider key the gateway holds; callers never see it. */
  readonly apiKey: string;
}

/**
 * An OpenAI-compatible gateway: callers use Tollgate keys, the gateway forwards validated requests upstream
 * with its own provider key, and settles actual usage into the audit line.
 */
export function createGatewayApp(gate: Gate, upstream: Upstream): Hono<TollgateEnv> {
  const tg = tollgate(gate);
  const app = new Hono<TollgateEnv>();

  app.use(tg.logger(), tg.auth());

  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.get('/v1/models', async () => {
    const res = await forward(upstream, '/models', { method: 'GET' });
    return res ?? unavailable();
  });

  // validate() with no options applies the route's policy: schema, constraints and guards from tollgate.yaml.
  app.post('/v1/chat/completions', tg.rateLimit(), tg.validate(), async (c) => {
    const ctx = c.get('tollgate');
    const body = ctx.body as { stream?: boolean };
    const res = await forward(upstream, '/chat/completions', {
      method: 'POST',
      body: JSON.stringify(body),
      signal: c.req.raw.signal,
    });
    if (!res) return unavailable();
    if (body.stream && res.ok && res.body) {
      // Read usage from the final chunk, and swap the PII guard's placeholders back for the caller.
      const stream = res.body.pipeThrough(usageTap((usage) => usage && ctx.settle(usage))).pipeThrough(unmaskTap(ctx));
      return new Response(stream, {
        status: res.status,
        headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
      });
    }
    // Placeholders are swapped back in the JSON text, values escaped for a JSON string.
    const payload: unknown = await res.text().then((text) => JSON.parse(ctx.unmask(text, { json: true })) as unknown).catch(() => undefined);
    const usage = usageFrom(payload);
    if (usage) ctx.settle(usage);
    return c.json(payload ?? null, res.status as 200);
  });

  return app;
}

async function forward(upstream: Upstream, path: string, init: RequestInit): Promise<Response | undefined> {
  try {
    return await fetch(upstream.baseUrl + path, {
      ...init,
      headers: { authorization: `Bearer ${upstream.apiKey}`, 'content-type': 'application/json' },
    });
  } catch {
    return undefined;
  }
}

function unavailable(): Response {
  const problem = {
    type: 'https://tollgate.dev/problems#upstream-unavailable',
    title: 'Upstream unavailable',
    status: 502,
    detail: 'The LLM provider could not be reached.',
    code: 'TG_UPSTREAM_UNAVAILABLE',
  };
  return new Response(JSON.stringify(problem), { status: 502, headers: { 'content-type': PROBLEM_CONTENT_TYPE } });
}
