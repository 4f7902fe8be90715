import type { RateLimiterMemory } from 'rate-limiter-flexible';
import { memoryLimiter } from '../lazy-modules.js';
import type { DenyDecision, Decision } from '../decision.js';
import { problem } from '../http/problem.js';
import { durationSeconds } from '../policy/units.js';
import type { Duration } from '../policy/types.js';

/**
 * Failed authentications per client, in a memory limiter: once `attempts` failures fall in the window the
 * client gets 429 before its credentials are even looked at, which slows guessing to a crawl.
 */
export class AuthFailureLimiter {
  readonly #limiter: RateLimiterMemory;
  readonly #attempts: number;

  constructor(options: { attempts: number; window: Duration }) {
    this.#attempts = options.attempts;
    this.#limiter = new (memoryLimiter())({
      keyPrefix: 'tg:auth-failures',
      points: options.attempts,
      duration: Math.max(1, Math.ceil(durationSeconds(options.window))),
    });
  }

  /** Milliseconds until the client may try again, or undefined when it may try now. */
  async blockedFor(client: string): Promise<number | undefined> {
    const state = await this.#limiter.get(client);
    return state !== null && state.consumedPoints >= this.#attempts ? state.msBeforeNext : undefined;
  }

  /** Counts a failure; `penalty` never rejects, unlike `consume`, so counting cannot fail a request. */
  async failed(client: string): Promise<void> {
    await this.#limiter.penalty(client, 1);
  }

  /** Which auth outcomes count: bad credentials (401 with some credential presented), not missing ones. */
  static isFailure(decision: Decision): boolean {
    if (decision.allowed || decision.kind !== 'deny' || decision.status !== 401) return false;
    return !(decision.reason.kind === 'auth' && decision.reason.code === 'missing');
  }

  static tooMany(requestId: string, retryMs: number): DenyDecision {
    const retryAfter = Math.max(1, Math.ceil(retryMs / 1000));
    return {
      allowed: false,
      kind: 'deny',
      status: 429,
      headers: { 'retry-after': String(retryAfter) },
      problem: problem('rate-limited', 429, 'Too many failed authentications', 'TG_AUTH_FAILURES',
        `Too many failed authentication attempts from this address; try again in ${retryAfter} seconds.`, { requestId }),
      stage: 'auth',
      rule: 'auth:failures',
      reason: { kind: 'network', code: 'auth-failures' },
    };
  }
}
