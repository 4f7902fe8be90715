/**
 * The generated text in one SSE `data:` payload: OpenAI chat (`choices[].delta.content`), OpenAI Responses
 * (`response.output_text.delta`'s `delta`) and Anthropic (`content_block_delta`'s `delta.text`). Anything
 * else, malformed JSON included, is no text.
 */
export function streamedText(data: string): string {
  if (!data.includes('"content"') && !data.includes('"delta"') && !data.includes('"text"')) return '';
  let event: unknown;
  try {
    event = JSON.parse(data);
  } catch {
    return '';
  }
  if (event === null || typeof event !== 'object') return '';
  const e = event as { choices?: unknown; delta?: unknown; type?: unknown };
  let text = '';
  if (Array.isArray(e.choices)) {
    for (const c of e.choices as { delta?: { content?: unknown } }[]) {
      if (typeof c?.delta?.content === 'string') text += c.delta.content;
    }
  }
  if (typeof e.delta === 'string' && e.type === 'response.output_text.delta') text += e.delta;
  else if (e.delta !== null && typeof e.delta === 'object' && typeof (e.delta as { text?: unknown }).text === 'string') {
    text += (e.delta as { text: string }).text;
  }
  return text;
}
