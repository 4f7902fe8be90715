import type { RequestContext } from '../context.js';
import { unavailable, type DenyDecision, type ErrorDecision, type HeaderMap, type LimitState } from '../decision.js';
import { problem } from '../http/problem.js';

export interface Violation {
  readonly state: LimitState;
  readonly quota: boolean;
  /** The request alone is larger than the limit: it can never pass. */
  readonly never: boolean;
  readonly cost: number;
  /** ms until the request could pass. */
  readonly waitMs: number;
}

/** 429 naming every violated policy; `quota-exceeded` when a calendar quota is among them. */
export function limitDenial(ctx: RequestContext, violated: readonly Violation[], headers: HeaderMap): DenyDecision {
  const retryAfter = Math.max(1, ...violated.map((v) => v.state.resetSeconds));
  const names = violated.map((v) => `"${v.state.name}"`).join(', ');
  const never = violated.find((v) => v.never);
  // A request too large for any limit is a rate problem unless the limit it can never fit is a quota.
  const quota = never ? never.quota : violated.some((v) => v.quota);
  const what = quota ? 'Quota' : 'Rate limit';
  const detail = never
    ? `This request needs ${never.cost} ${never.state.unit ?? 'requests'}, more than limit "${never.state.name}" allows at all (${never.state.limit}); lower max_tokens or n.`
    : `${what} ${names} exceeded; retry in ${retryAfter} s.`;
  return {
    allowed: false,
    kind: 'deny',
    status: 429,
    headers: { ...headers, 'retry-after': String(retryAfter) },
    problem: problem(quota ? 'quota-exceeded' : 'rate-limited', 429, quota ? 'Quota exceeded' : 'Too many requests',
      quota ? 'TG_QUOTA_EXCEEDED' : 'TG_RATE_LIMITED', detail, {
        requestId: ctx.requestId,
        violated: violated.map((v) => ({
          policy: v.state.name,
          limit: v.state.limit,
          remaining: v.state.remaining,
          window: v.state.windowSeconds,
          retryAfter: v.state.resetSeconds,
          ...(v.state.unit ? { unit: v.state.unit } : {}),
        })),
      }),
    stage: 'rateLimit',
    rule: `limit:${violated[0]?.state.name ?? ''}`,
    reason: { kind: 'rate-limit', violated: violated.map((v) => v.state) },
  };
}

/** Fail mode `closed`: the store could not answer in time. */
export function storeUnavailable(ctx: RequestContext, rule: string, message: string): ErrorDecision {
  return unavailable(ctx, {
    stage: 'rateLimit',
    rule,
    kind: 'store-unavailable',
    title: 'Limit store unavailable',
    code: 'TG_STORE_UNAVAILABLE',
    detail: "The store that counts this route's limits did not answer in time; retry shortly.",
    retryAfter: 1,
    reason: 'store-unavailable',
    message,
  });
}

/** A USD limit needs a price for the requested model. */
export function unpriced(ctx: RequestContext, rule: string, model: string | undefined): DenyDecision {
  const detail = model === undefined
    ? 'This route has a USD budget, so the body must name a model.'
    : `No price is known for model ${JSON.stringify(model.slice(0, 100))}; the policy's limit must list it under prices.`;
  return {
    allowed: false,
    kind: 'deny',
    status: 400,
    headers: {},
    problem: problem('invalid-request', 400, 'Unpriced model', 'TG_MODEL_UNPRICED', detail, { requestId: ctx.requestId }, 'model'),
    stage: 'rateLimit',
    rule,
    reason: { kind: 'validation', errors: [{ pointer: '/model', message: detail }] },
  };
}
