/** What a request may use, estimated before the call. */
export interface UsageEstimate {
  readonly inputTokens: number;
  /** `max_tokens` (or equivalent) × `n`. */
  readonly outputTokens: number;
  readonly model: string | undefined;
}

// Fields that carry prompt text in OpenAI (chat, responses, completions, embeddings) and Anthropic bodies.
const PROMPT_FIELDS = ['messages', 'system', 'input', 'prompt', 'instructions', 'tools', 'functions'] as const;
const OUTPUT_FIELDS = ['max_tokens', 'max_completion_tokens', 'max_output_tokens'] as const;
// Per-message framing tokens (OpenAI's published count for chat formats).
const PER_MESSAGE = 3;
const MAX_STRINGS = 100_000;

/**
 * Estimates a request's tokens: the prompt's text counted with a real tokenizer, plus the output the request
 * asks for. A wrong-typed `max_tokens` is left to validate(); here it means "the default".
 */
export function estimateUsage(body: unknown, count: (text: string) => number, defaultMaxTokens: number): UsageEstimate {
  const b = (body !== null && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  let text = '';
  let pieces = 0;
  const walk = (v: unknown, key: string): void => {
    if (pieces > MAX_STRINGS) return;
    if (typeof v === 'string') {
      // Role names and part types are framing, not prompt text.
      if (key !== 'type' && key !== 'role') {
        text += v + '\n';
        pieces++;
      }
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x, key);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v as Record<string, unknown>) walk((v as Record<string, unknown>)[k], k);
    }
  };
  for (const f of PROMPT_FIELDS) walk(b[f], f);
  const messages = Array.isArray(b['messages']) ? b['messages'].length : 0;
  const inputTokens = (text ? count(text) : 0) + messages * PER_MESSAGE + (messages > 0 ? PER_MESSAGE : 0);

  let max = defaultMaxTokens;
  for (const f of OUTPUT_FIELDS) {
    const v = b[f];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) {
      max = Math.ceil(v);
      break;
    }
  }
  const nRaw = b['n'];
  const n = typeof nRaw === 'number' && Number.isInteger(nRaw) && nRaw >= 1 ? nRaw : 1;
  return { inputTokens, outputTokens: max * n, model: typeof b['model'] === 'string' ? b['model'] : undefined };
}
