import type { LimitState } from '../decision.js';

/**
 * IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers-09+): Structured Field lists such as
 * `RateLimit-Policy: "rpm";q=60;w=60` and `RateLimit: "rpm";r=12;t=30`, several policies in one field.
 */
export function policyItem(name: string, quota: number, windowSeconds: number): string {
  return `"${name}";q=${quota};w=${Math.max(1, Math.ceil(windowSeconds))}`;
}

/** A concurrency limit has a quota but no window (`w` is optional in the draft). */
export function concurrencyItem(name: string, quota: number): string {
  return `"${name}";q=${quota}`;
}

export function stateItem(state: LimitState): string {
  return `"${state.name}";r=${Math.max(0, state.remaining)};t=${Math.max(0, state.resetSeconds)}`;
}

export function rateLimitField(states: readonly LimitState[]): string {
  let out = '';
  for (const s of states) out += (out ? ', ' : '') + stateItem(s);
  return out;
}
