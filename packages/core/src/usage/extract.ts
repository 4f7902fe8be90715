import type { Usage } from '../principal.js';

interface Counted {
  prompt_tokens?: unknown;
  completion_tokens?: unknown;
  input_tokens?: unknown;
  output_tokens?: unknown;
}

const count = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined);

/**
 * Usage from a provider's JSON answer or SSE event: OpenAI's `usage.prompt_tokens/completion_tokens`,
 * Anthropic's `usage.input_tokens/output_tokens` (also inside `message` on `message_start`).
 */
export function usageFrom(payload: unknown): Usage | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const p = payload as { usage?: unknown; model?: unknown; message?: { usage?: unknown; model?: unknown } };
  const raw = (p.usage ?? p.message?.usage) as Counted | null | undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  const inputTokens = count(raw.prompt_tokens) ?? count(raw.input_tokens);
  const outputTokens = count(raw.completion_tokens) ?? count(raw.output_tokens);
  if (inputTokens === undefined && outputTokens === undefined) return undefined;
  const model = typeof p.model === 'string' ? p.model : typeof p.message?.model === 'string' ? p.message.model : undefined;
  return {
    ...(inputTokens !== undefined ? { inputTokens } : {}),
    ...(outputTokens !== undefined ? { outputTokens } : {}),
    ...(model !== undefined ? { model } : {}),
  };
}

/** Later SSE events refine earlier ones (Anthropic: input on message_start, output on message_delta). */
export function mergeUsage(a: Usage | undefined, b: Usage): Usage {
  return a ? { ...a, ...b } : b;
}
