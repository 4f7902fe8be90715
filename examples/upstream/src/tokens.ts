/**
 * Token counts are an ESTIMATE, not a tokenizer: about four characters (code points) per token.
 * The upstream only needs counts that are deterministic and roughly the right size, so that usage
 * accounting, budgets and limits downstream can be tested without shipping a real vocabulary.
 */
export const CHARS_PER_TOKEN = 4;

/** Empty text costs nothing; any other text costs at least one token. */
export function estimateTokens(text: string): number {
  if (text === '') return 0;
  return Math.max(1, Math.ceil(Array.from(text).length / CHARS_PER_TOKEN));
}

/** A request always costs something upstream, even one whose messages hold no text. */
export function estimatePromptTokens(texts: readonly string[]): number {
  return Math.max(1, estimateTokens(texts.join('\n')));
}

/** Cuts on code points so a surrogate pair is never split in half. */
export function truncateToTokens(text: string, maxTokens: number): string {
  const codePoints = Array.from(text);
  const limit = maxTokens * CHARS_PER_TOKEN;
  return codePoints.length <= limit ? text : codePoints.slice(0, limit).join('');
}
