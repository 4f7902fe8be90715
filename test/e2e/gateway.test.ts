import { DEMO_KEY, startGateway, type RunningGateway } from '@tollgate-examples/gateway';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLine, captureLogger } from '../support/audit-capture.js';

/** The example gateway, driven by the official openai client, as a user would drive it. */
describe('example gateway with the official openai client', () => {
  let gateway: RunningGateway;
  const { logger, lines } = captureLogger();

  beforeAll(async () => {
    gateway = await startGateway({ port: 0, logger });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const client = (apiKey = DEMO_KEY) => new OpenAI({ apiKey, baseURL: `${gateway.url}/v1`, maxRetries: 0 });

  it('gets a completion, and the audit line records the usage', async () => {
    const completion = await client()
      .chat.completions.create(
        { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello there' }] },
        { headers: { 'x-request-id': 'e2e-completion-1' } },
      )
      .withResponse();
    expect(completion.data.choices[0]?.message.content).toContain('Hello there');
    expect(completion.data.usage?.total_tokens).toBeGreaterThan(0);
    expect(completion.response.headers.get('ratelimit-policy')).toBe('"rpm";q=60;w=60, "rph";q=1000;w=3600');
    expect(await auditLine(lines, 'e2e-completion-1')).toMatchObject({
      decision: 'allow',
      principal: 'demo',
      'gen_ai.request.model': 'gpt-4o-mini',
      'gen_ai.usage.input_tokens': completion.data.usage?.prompt_tokens,
      'gen_ai.usage.output_tokens': completion.data.usage?.completion_tokens,
    });
  });

  it('streams a completion with the final usage chunk', async () => {
    const { data: stream, response } = await client()
      .chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Stream this please' }],
        stream: true,
        stream_options: { include_usage: true },
      })
      .withResponse();
    // The handler returns its own streaming Response: the RateLimit fields must still be on it.
    expect(response.headers.get('ratelimit-policy')).toBe('"rpm";q=60;w=60, "rph";q=1000;w=3600');
    let text = '';
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toContain('Stream this please');
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    await expect
      .poll(() => lines.find((l) => l['route'] === 'chat' && l['gen_ai.usage.output_tokens'] === usage?.completion_tokens))
      .toBeTruthy();
  });

  it('refuses a wrong key with a 401 the client surfaces as AuthenticationError', async () => {
    await expect(
      client('tg_demo_gateway1_wrongwrongwrongwrongwrongwrong12').chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    ).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });

  it('refuses an invalid body with a 400 naming the field, before any upstream call', async () => {
    const before = gateway.upstream?.requests.length ?? 0;
    const err = await client()
      .chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], max_tokens: -5 })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(String((err as Error).message)).toContain('max_tokens');
    expect(gateway.upstream?.requests.length ?? 0).toBe(before);
  });

  it('lists models through the gateway', async () => {
    const models = await client().models.list();
    expect(models.data.length).toBeGreaterThan(0);
  });
});
