import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { allow, type Decision, type DenyDecision, type LimitState } from '../decision.js';
import type { RequestContext } from '../context.js';
import { problem } from '../http/problem.js';
import { policyItem, rateLimitField } from '../http/ratelimit-fields.js';
import type { KeyPart, LimitRule, Mode } from '../policy/types.js';
import { durationSeconds } from '../policy/units.js';
import { limitKey } from './keys.js';

interface CompiledRule {
  readonly name: string;
  readonly rule: string;
  readonly requests: number;
  readonly windowSeconds: number;
  readonly by: readonly KeyPart[];
  readonly mode: Mode | undefined;
  readonly limiter: RateLimiterMemory;
}

export interface CompiledLimits {
  readonly mode: Mode | undefined;
  run(ctx: RequestContext): Promise<Decision>;
}

const DEFAULT_BY: readonly KeyPart[] = Object.freeze(['principal']);

/**
 * Compiles one rule into a counter. Rules are compiled once per rule object, so a rule in `defaults` is one
 * shared counter for every route that inherits it.
 */
export function compileRule(rule: LimitRule, namespace: string): CompiledRule {
  const windowSeconds = durationSeconds(rule.window);
  return {
    name: rule.name,
    rule: `limit:${rule.name}`,
    requests: rule.requests,
    windowSeconds,
    by: rule.by ?? DEFAULT_BY,
    mode: rule.mode,
    limiter: new RateLimiterMemory({
      points: rule.requests,
      duration: windowSeconds,
      keyPrefix: `${namespace}:${rule.name}`,
    }),
  };
}

export function compileLimits(rules: readonly CompiledRule[]): CompiledLimits | null {
  if (rules.length === 0) return null;
  const policyField = rules.map((r) => policyItem(r.name, r.requests, r.windowSeconds)).join(', ');

  return {
    mode: undefined,
    async run(ctx) {
      const states: LimitState[] = [];
      const violated: LimitState[] = [];
      const monitored: LimitState[] = [];
      for (const r of rules) {
        let res: RateLimiterRes;
        let over = false;
        try {
          res = await r.limiter.consume(limitKey(r.by, ctx), 1);
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          res = rejection;
          over = true;
        }
        const state: LimitState = {
          name: r.name,
          limit: r.requests,
          remaining: Math.max(0, res.remainingPoints),
          resetSeconds: Math.max(0, Math.ceil(res.msBeforeNext / 1000)),
          windowSeconds: r.windowSeconds,
        };
        states.push(state);
        if (over) (r.mode === 'monitor' ? monitored : violated).push(state);
        ctx.record('rateLimit', r.rule, over ? (r.mode === 'monitor' ? 'would-deny' : 'deny') : 'allow');
      }
      const headers = { 'ratelimit-policy': policyField, ratelimit: rateLimitField(states) };
      if (monitored.length > 0) ctx.noteWouldDeny(denial(ctx, monitored, headers));
      return violated.length > 0 ? denial(ctx, violated, headers) : allow(headers);
    },
  };
}

function denial(ctx: RequestContext, violated: LimitState[], headers: Record<string, string>): DenyDecision {
  const retryAfter = Math.max(1, ...violated.map((v) => v.resetSeconds));
  const names = violated.map((v) => v.name);
  return {
    allowed: false,
    kind: 'deny',
    status: 429,
    headers: { ...headers, 'retry-after': String(retryAfter) },
    problem: problem('rate-limited', 429, 'Too many requests', 'TG_RATE_LIMITED',
      `Rate limit ${names.map((n) => `"${n}"`).join(', ')} exceeded; retry in ${retryAfter} s.`, {
        requestId: ctx.requestId,
        violated: violated.map((v) => ({ policy: v.name, limit: v.limit, window: v.windowSeconds, retryAfter: v.resetSeconds })),
      }),
    stage: 'rateLimit',
    rule: `limit:${names[0]}`,
    reason: { kind: 'rate-limit', violated },
  };
}
