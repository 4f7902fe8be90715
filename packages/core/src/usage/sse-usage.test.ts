import { describe, expect, it } from 'vitest';
import type { Usage } from '../principal.js';
import { usageFrom } from './extract.js';
import { usageTap } from './sse-usage.js';
import { tokenCounter } from './tokenizer.js';

async function pipe(events: string[], splitEvery = 7): Promise<{ usage: Usage | undefined; out: string }> {
  const text = events.join('');
  let usage: Usage | undefined;
  const source = new ReadableStream<Uint8Array>({
    start(c) {
      const b = Buffer.from(text);
      for (let i = 0; i < b.length; i += splitEvery) c.enqueue(b.subarray(i, i + splitEvery));
      c.close();
    },
  });
  const out = await new Response(source.pipeThrough(usageTap((u) => (usage = u)))).text();
  return { usage, out };
}

describe('usage from SSE', () => {
  it('reads OpenAI final usage chunks, whatever the chunking, and forwards bytes untouched', async () => {
    const events = [
      'data: {"id":"1","choices":[{"delta":{"content":"Hi"}}],"usage":null}\n\n',
      'data: {"id":"1","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17},"model":"gpt-4o-mini"}\n\n',
      'data: [DONE]\n\n',
    ];
    const { usage, out } = await pipe(events);
    expect(usage).toEqual({ inputTokens: 12, outputTokens: 5, model: 'gpt-4o-mini' });
    expect(out).toBe(events.join(''));
  });

  it('merges Anthropic message_start and message_delta usage', async () => {
    const { usage } = await pipe([
      'event: message_start\ndata: {"type":"message_start","message":{"model":"claude-x","usage":{"input_tokens":30,"output_tokens":1}}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"type":"text_delta","text":"yo"}}\n\n',
      'event: message_delta\ndata: {"type":"message_delta","usage":{"output_tokens":9}}\n\n',
    ]);
    expect(usage).toEqual({ inputTokens: 30, outputTokens: 9, model: 'claude-x' });
  });

  it('ignores usage that is not a non-negative number', () => {
    expect(usageFrom({ usage: { prompt_tokens: -1, completion_tokens: 'many' } })).toBeUndefined();
    expect(usageFrom(null)).toBeUndefined();
  });

  it('charges an aborted stream for what was streamed: streamed text counted when no usage arrived (case 27)', async () => {
    await tokenCounter(); // loaded, as it is by the time a real stream has produced text
    let usage: Usage | undefined;
    const tap = usageTap((u) => (usage = u));
    const writer = tap.writable.getWriter();
    const reader = tap.readable.getReader();
    const chunk = (text: string) => `data: {"choices":[{"delta":{"content":${JSON.stringify(text)}}}]}\n\n`;
    writer.write(new TextEncoder().encode(chunk('Hello there, ') + chunk('general Kenobi.'))).catch(() => {});
    await reader.read();
    await reader.cancel(); // the client went away
    expect(usage?.outputTokens).toBe((await tokenCounter())('Hello there, general Kenobi.'));
  });

  it('counts Anthropic text deltas when a stream ends before message_delta', async () => {
    const { usage } = await pipe([
      'event: message_start\ndata: {"type":"message_start","message":{"model":"claude-x","usage":{"input_tokens":30}}}\n\n',
      'event: content_block_delta\ndata: {"type":"content_block_delta","delta":{"type":"text_delta","text":"one two three"}}\n\n',
    ]);
    expect(usage).toMatchObject({ inputTokens: 30, model: 'claude-x' });
    expect(usage?.outputTokens).toBeGreaterThan(0);
  });
});
