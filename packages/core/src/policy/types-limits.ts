import type { Duration } from './types.js';

/** How a limit counts; see the README's Limits section for each one's exactness. */
export type LimitAlgorithm = 'fixed' | 'sliding' | 'bucket';

/** Calendar periods for quotas and budgets. Weeks start on Monday (ISO 8601). */
export type CalendarUnit = 'hour' | 'day' | 'week' | 'month';

/** What a limit does when its store cannot answer: 503 (`closed`), let through (`open`), or count in memory (`local`). */
export type FailMode = 'closed' | 'open' | 'local';

/** USD per one million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  /** Cached input tokens. @default input */
  cached?: number;
}

/** Fields a limit rule has besides `name`, `requests`, `window`, `by`, `mode`. */
export interface LimitRuleExtensions {
  /** LLM tokens (prompt + `max_tokens` × `n` reserved up front, settled to actual usage). */
  tokens?: number;
  /** US dollars, priced per model from the shipped table or `prices`. */
  usd?: number;
  /** Requests in flight at once; released when the response ends. */
  concurrency?: number;
  /** @default 'fixed' */
  algorithm?: LimitAlgorithm;
  /** A quota over calendar periods instead of a rolling `window`. @example 'month' */
  calendar?: CalendarUnit;
  /** IANA time zone of `calendar` periods. @default 'UTC' */
  timeZone?: string;
  /** Wait up to `maxDelay` for room instead of answering 429 at once. */
  throttle?: { maxDelay: Duration };
  /** Where the counter lives. @default 'redis' when the gate has Redis, else 'memory' */
  store?: 'memory' | 'redis';
  /** @default 'closed' */
  failMode?: FailMode;
  /** Per-role amounts instead of the rule's (the largest of the caller's roles wins; a key's own override beats them). */
  overrides?: { roles?: Record<string, number> };
  /** Prices (USD per 1M tokens) by model name or prefix, over the shipped table. */
  prices?: Record<string, ModelPrice>;
  /** Output tokens reserved when a request sets no `max_tokens`. @default 4096 */
  defaultMaxTokens?: number;
}
