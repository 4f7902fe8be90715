import { describe, expect, it } from 'vitest';
import { compileConstraints } from './constraints.js';

describe('constraints on Anthropic messages', () => {
  it('forbids a top-level system prompt, naming it', () => {
    const c = compileConstraints({ systemMessages: 'forbid' }, 'anthropic');
    expect(c.apply({ model: 'm', max_tokens: 10, system: 'x', messages: [] }).violation).toEqual({
      pointer: '/system',
      message: 'client system prompts are not allowed on this route',
    });
  });
  it('replaces the client system prompt with the server one', () => {
    const c = compileConstraints({ systemMessages: 'replace', systemPrompt: 'server' }, 'anthropic');
    const body = { model: 'm', max_tokens: 10, system: [{ type: 'text', text: 'client' }], messages: [] };
    expect(c.apply(body)).toEqual({ rewrote: true });
    expect(body.system).toBe('server');
  });
  it('keeps an allowed client prompt after the server one, as its own block', () => {
    const c = compileConstraints({ systemPrompt: 'server' }, 'anthropic');
    const body = { model: 'm', max_tokens: 10, system: 'client', messages: [] };
    c.apply(body);
    expect(body.system).toEqual([{ type: 'text', text: 'server' }, { type: 'text', text: 'client' }]);
  });
  it('writes a default max_tokens, never above the cap', () => {
    const c = compileConstraints({ defaultMaxTokens: 4000, maxTokens: 1000 }, 'anthropic');
    const body: Record<string, unknown> = { model: 'm', messages: [] };
    c.apply(body);
    expect(body['max_tokens']).toBe(1000);
  });
});

describe('constraints on OpenAI Responses', () => {
  it('caps max_output_tokens and counts input items as messages', () => {
    const c = compileConstraints({ maxTokens: 100, maxMessages: 1 }, 'openai-responses');
    expect(c.apply({ model: 'm', input: 'hi', max_output_tokens: 500 }).violation?.pointer).toBe('/max_output_tokens');
    expect(c.apply({ model: 'm', input: [{ role: 'user', content: 'a' }, { role: 'user', content: 'b' }] }).violation?.pointer).toBe('/input');
  });
  it('replaces instructions with the server prompt', () => {
    const c = compileConstraints({ systemMessages: 'replace', systemPrompt: 'server' }, 'openai-responses');
    const body = { model: 'm', instructions: 'client', input: [{ role: 'developer', content: 'dev' }, { role: 'user', content: 'hi' }] };
    c.apply(body);
    expect(body).toEqual({ model: 'm', instructions: 'server', input: [{ role: 'user', content: 'hi' }] });
  });
});

describe('tools allow-list', () => {
  it('reads function, custom, Anthropic and built-in tool names', () => {
    const c = compileConstraints({ tools: ['get_weather', 'web_search_preview'] }, 'openai-chat');
    const check = (tools: unknown[]) => c.apply({ model: 'm', messages: [], tools }).violation?.pointer;
    expect(check([{ type: 'function', function: { name: 'get_weather' } }, { type: 'web_search_preview' }])).toBeUndefined();
    expect(check([{ type: 'custom', custom: { name: 'run_sql' } }])).toBe('/tools/0');
    expect(check([{ name: 'get_weather', input_schema: {} }, { name: 'shell' }])).toBe('/tools/1');
  });
});
