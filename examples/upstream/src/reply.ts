import { estimateTokens, truncateToTokens } from './tokens.js';

/** Why generation ended, in provider-neutral terms; each provider maps it to its own wording. */
export type ReplyEnd = 'complete' | 'max_tokens' | 'stop_sequence';

export interface Reply {
  readonly text: string;
  readonly tokens: number;
  readonly end: ReplyEnd;
  readonly stopSequence: string | null;
}

export interface ReplyLimits {
  readonly maxTokens?: number | undefined;
  readonly stopSequences?: readonly string[] | undefined;
}

/**
 * The "model": a deterministic echo of the last user message, so a test can predict the exact
 * reply (and therefore the exact usage) from what it sent.
 */
export function echoReply(lastUserText: string | undefined): string {
  return lastUserText === undefined || lastUserText === '' ? 'You said nothing.' : `You said: ${lastUserText}`;
}

/**
 * Applies stop sequences before the token limit, as a real model would: a stop sequence that lies
 * beyond the limit is never reached, so the limit wins.
 */
export function composeReply(fullText: string, limits: ReplyLimits = {}): Reply {
  let text = fullText;
  let stopSequence: string | null = null;
  let stopAt = Number.POSITIVE_INFINITY;
  for (const sequence of limits.stopSequences ?? []) {
    if (sequence === '') continue;
    const at = fullText.indexOf(sequence);
    if (at !== -1 && at < stopAt) {
      stopAt = at;
      stopSequence = sequence;
    }
  }
  if (stopSequence !== null) text = fullText.slice(0, stopAt);

  const { maxTokens } = limits;
  if (maxTokens !== undefined && estimateTokens(text) > maxTokens) {
    const truncated = truncateToTokens(text, maxTokens);
    return { text: truncated, tokens: estimateTokens(truncated), end: 'max_tokens', stopSequence: null };
  }
  return { text, tokens: estimateTokens(text), end: stopSequence === null ? 'complete' : 'stop_sequence', stopSequence };
}

/**
 * Splits a reply the way token streams look on the wire: one word per piece, carrying its leading
 * whitespace, so the pieces concatenate back to the exact reply.
 */
export function splitIntoDeltas(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}
