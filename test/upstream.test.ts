import Anthropic from '@anthropic-ai/sdk';
import type { UpstreamHandle } from '@tollgate-examples/upstream';
import { startUpstream } from '@tollgate-examples/upstream';
import OpenAI from 'openai';
import type { ChatCompletionChunk } from 'openai/resources/chat/completions';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

// The upstream is the stand-in every other end-to-end test points the gateway at, so it is driven
// here with the official clients: if they parse it, it speaks the providers' real wire formats.

let upstream: UpstreamHandle;
let openai: OpenAI;
let anthropic: Anthropic;

beforeAll(async () => {
  upstream = await startUpstream();
  openai = new OpenAI({ apiKey: 'sk-test-openai', baseURL: `${upstream.url}/v1`, maxRetries: 0 });
  anthropic = new Anthropic({ apiKey: 'sk-ant-test', baseURL: upstream.url, maxRetries: 0 });
});

afterAll(async () => {
  await upstream.close();
});

beforeEach(() => {
  upstream.requests.length = 0;
});

const lastRequest = () => upstream.requests.at(-1);

describe('startUpstream', () => {
  it('listens on loopback on a free port', () => {
    expect(upstream.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(upstream.port).toBeGreaterThan(0);
    expect(upstream.url.endsWith(`:${upstream.port}`)).toBe(true);
  });
});

describe('OpenAI chat completions', () => {
  it('answers a non-streamed completion deterministically, with usage', async () => {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hello there' },
      ],
    });

    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.object).toBe('chat.completion');
    expect(completion.model).toBe('gpt-4o-mini');
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0]).toMatchObject({
      index: 0,
      message: { role: 'assistant', content: 'You said: Hello there', refusal: null },
      finish_reason: 'stop',
      logprobs: null,
    });
    const usage = completion.usage;
    expect(usage?.completion_tokens).toBe(Math.ceil('You said: Hello there'.length / 4));
    expect(usage?.prompt_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
    expect(usage?.prompt_tokens_details?.cached_tokens).toBe(0);
    expect(usage?.completion_tokens_details?.reasoning_tokens).toBe(0);
  });

  it('records what it was sent, credentials included', async () => {
    await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });

    const request = lastRequest();
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer sk-test-openai');
    expect(request?.body).toEqual({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] });
  });

  it('truncates to max_completion_tokens and reports finish_reason length', async () => {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'a fairly long message that will not fit in the budget' }],
      max_completion_tokens: 3,
    });

    expect(completion.choices[0]?.finish_reason).toBe('length');
    // 3 tokens at the estimate's 4 characters each: the first 12 characters of the echo.
    expect(completion.choices[0]?.message.content).toBe('You said: a ');
    expect(completion.usage?.completion_tokens).toBe(3);
  });

  it('honours n, counting completion tokens for every choice', async () => {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'twice' }],
      n: 2,
    });

    expect(completion.choices.map((choice) => choice.index)).toEqual([0, 1]);
    expect(completion.usage?.completion_tokens).toBe(2 * Math.ceil('You said: twice'.length / 4));
  });

  it('streams chunks whose content joins to the reply, then a usage-only chunk', async () => {
    const stream = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'stream this reply please' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks: ChatCompletionChunk[] = [];
    for await (const chunk of stream) chunks.push(chunk);

    const content = chunks.map((chunk) => chunk.choices[0]?.delta.content ?? '').join('');
    expect(content).toBe('You said: stream this reply please');
    expect(chunks.filter((chunk) => chunk.choices[0]?.delta.content).length).toBeGreaterThan(1);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);

    expect(chunks[0]?.choices[0]?.delta).toEqual({ role: 'assistant', content: '', refusal: null });
    const finish = chunks.at(-2);
    expect(finish?.choices[0]?.finish_reason).toBe('stop');
    for (const chunk of chunks.slice(0, -1)) expect(chunk.usage).toBeNull();

    const final = chunks.at(-1);
    expect(final?.choices).toEqual([]);
    expect(final?.usage?.completion_tokens).toBe(Math.ceil(content.length / 4));
    expect(final?.usage?.total_tokens).toBe((final?.usage?.prompt_tokens ?? 0) + (final?.usage?.completion_tokens ?? 0));
  });

  it('sends exactly the real SSE framing, ending with [DONE]', async () => {
    const response = await fetch(`${upstream.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await response.text();
    const frames = text.split('\n\n').filter(Boolean);
    expect(frames.every((frame) => frame.startsWith('data: '))).toBe(true);
    expect(frames.at(-1)).toBe('data: [DONE]');
    // Without include_usage, chunks carry no usage field at all.
    expect(text).not.toContain('"usage"');
  });
});

describe('OpenAI embeddings and models', () => {
  it('returns deterministic unit vectors through the SDK (which asks for base64)', async () => {
    const first = await openai.embeddings.create({ model: 'text-embedding-3-small', input: ['alpha', 'beta'] });
    const again = await openai.embeddings.create({ model: 'text-embedding-3-small', input: 'alpha' });

    expect(first.object).toBe('list');
    expect(first.data.map((item) => item.index)).toEqual([0, 1]);
    const [alpha, beta] = first.data.map((item) => item.embedding);
    expect(alpha).toHaveLength(1536);
    expect(Array.from(again.data[0]?.embedding ?? [])).toEqual(Array.from(alpha ?? []));
    expect(Array.from(beta ?? [])).not.toEqual(Array.from(alpha ?? []));
    const norm = Math.hypot(...(alpha ?? []));
    expect(norm).toBeCloseTo(1, 5);
    // 'alpha' estimates to 2 tokens and 'beta' to 1.
    expect(first.usage).toEqual({ prompt_tokens: 3, total_tokens: 3 });
  });

  it('honours dimensions and float encoding', async () => {
    const result = await openai.embeddings.create({ model: 'text-embedding-3-large', input: 'x', dimensions: 8, encoding_format: 'float' });
    expect(result.data[0]?.embedding).toHaveLength(8);
  });

  it('lists models', async () => {
    const ids: string[] = [];
    for await (const model of openai.models.list()) ids.push(model.id);
    expect(ids).toContain('gpt-4o-mini');
  });
});

describe('Anthropic messages', () => {
  it('answers a non-streamed message, with usage', async () => {
    const message = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 100,
      system: 'Be brief.',
      messages: [{ role: 'user', content: 'Bonjour' }],
    });

    expect(message.id).toMatch(/^msg_/);
    expect(message).toMatchObject({
      type: 'message',
      role: 'assistant',
      model: 'claude-sonnet-4-5',
      content: [{ type: 'text', text: 'You said: Bonjour' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
    });
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBe(Math.ceil('You said: Bonjour'.length / 4));

    const request = lastRequest();
    expect(request?.path).toBe('/v1/messages');
    // This SDK version sends the API key as a bearer token rather than in x-api-key.
    expect(request?.headers.authorization).toBe('Bearer sk-ant-test');
    expect(request?.headers['anthropic-version']).toBeDefined();
  });

  it('stops at a stop sequence, and at max_tokens', async () => {
    const stopped = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 100,
      stop_sequences: ['STOP'],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'go STOP here' }] }],
    });
    expect(stopped.content).toEqual([{ type: 'text', text: 'You said: go ' }]);
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe('STOP');

    const truncated = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 2,
      messages: [{ role: 'user', content: 'this is too long' }],
    });
    expect(truncated.stop_reason).toBe('max_tokens');
    expect(truncated.usage.output_tokens).toBe(2);
  });

  it('streams the real event sequence, and finalMessage has usage', async () => {
    const stream = anthropic.messages.stream({
      model: 'claude-haiku-4-5',
      max_tokens: 100,
      messages: [{ role: 'user', content: 'stream me please' }],
    });
    const eventTypes: string[] = [];
    stream.on('streamEvent', (event) => eventTypes.push(event.type));
    const text: string[] = [];
    stream.on('text', (delta) => text.push(delta));
    const final = await stream.finalMessage();

    expect(text.join('')).toBe('You said: stream me please');
    expect(text.length).toBeGreaterThan(1);
    expect(final.content).toEqual([{ type: 'text', text: 'You said: stream me please' }]);
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage.input_tokens).toBeGreaterThan(0);
    expect(final.usage.output_tokens).toBe(Math.ceil('You said: stream me please'.length / 4));

    // The SDK swallows `ping`; the raw-wire test below checks it is sent.
    const deltas = eventTypes.filter((type) => type === 'content_block_delta').length;
    expect(eventTypes).toEqual([
      'message_start',
      'content_block_start',
      ...Array<string>(deltas).fill('content_block_delta'),
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
  });

  it('frames every event as `event: X` then `data: {...}`, ping included', async () => {
    const response = await fetch(`${upstream.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'anything', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ model: 'claude-haiku-4-5', max_tokens: 50, stream: true, messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    const frames = (await response.text()).split('\n\n').filter(Boolean);
    const events = frames.map((frame) => {
      const [eventLine = '', dataLine = '', ...rest] = frame.split('\n');
      expect(rest).toEqual([]);
      expect(eventLine).toMatch(/^event: /);
      expect(dataLine).toMatch(/^data: /);
      const data = JSON.parse(dataLine.slice('data: '.length)) as { type: string };
      expect(data.type).toBe(eventLine.slice('event: '.length));
      return data;
    });
    expect(events.map((event) => event.type)).toEqual([
      'message_start',
      'content_block_start',
      'ping',
      // 'You said: hi', one word per delta.
      'content_block_delta',
      'content_block_delta',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(events.at(-2)).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 3 },
    });
    expect(lastRequest()?.headers['x-api-key']).toBe('anything');
  });
});

describe('errors in the providers’ formats', () => {
  it('rejects a chat completion without messages with OpenAI’s 400', async () => {
    const error = await openai.chat.completions
      .create({ model: 'gpt-4o-mini' } as unknown as OpenAI.ChatCompletionCreateParamsNonStreaming)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    const badRequest = error as InstanceType<typeof OpenAI.BadRequestError>;
    expect(badRequest.status).toBe(400);
    expect(badRequest.error).toMatchObject({ type: 'invalid_request_error', param: 'messages', code: 'missing_required_parameter' });
  });

  it('rejects bad JSON with OpenAI’s 400 body', async () => {
    const response = await fetch(`${upstream.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"model": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(body.error).toMatchObject({ type: 'invalid_request_error', param: null, code: null });
    expect(body.error.message).toEqual(expect.any(String));
    expect(lastRequest()?.body).toBe('{"model": ');
  });

  it('rejects a message without max_tokens with Anthropic’s 400', async () => {
    const error = await anthropic.messages
      .create({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] } as unknown as Anthropic.MessageCreateParamsNonStreaming)
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    const badRequest = error as InstanceType<typeof Anthropic.BadRequestError>;
    expect(badRequest.status).toBe(400);
    expect(badRequest.error).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } });
  });

  it('answers unknown routes with a 404 in the caller’s format', async () => {
    const response = await fetch(`${upstream.url}/v1/nope`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { message: 'Invalid URL (POST /v1/nope)', type: 'invalid_request_error', param: null, code: null },
    });
  });
});

describe('request log and latency', () => {
  it('keeps only the last 100 requests', async () => {
    for (let i = 0; i < 105; i++) await fetch(`${upstream.url}/v1/models`);
    expect(upstream.requests).toHaveLength(100);
  });

  it('delays non-streamed and streamed responses by about latencyMs', async () => {
    const slow = await startUpstream({ latencyMs: 150 });
    try {
      const client = new OpenAI({ apiKey: 'x', baseURL: `${slow.url}/v1`, maxRetries: 0 });
      const params = { model: 'm', messages: [{ role: 'user' as const, content: 'one two three four' }] };

      let started = performance.now();
      await client.chat.completions.create(params);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);

      started = performance.now();
      const arrivals: number[] = [];
      for await (const _chunk of await client.chat.completions.create({ ...params, stream: true })) arrivals.push(performance.now() - started);
      expect(arrivals.at(-1)).toBeGreaterThanOrEqual(100);
      // Spread across the stream, not all up front: the first chunk arrives well before the last.
      expect((arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)).toBeGreaterThanOrEqual(50);
    } finally {
      await slow.close();
    }
  });
});
