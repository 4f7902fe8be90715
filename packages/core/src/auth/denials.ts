import { unavailable, type DenyDecision, type ErrorDecision } from '../decision.js';
import type { RequestContext } from '../context.js';
import { problem } from '../http/problem.js';
import type { Challenges } from '../http/www-authenticate.js';

/** RFC 6750 answers shared by every authenticator, so API keys and tokens fail the same way. */
export function missingCredentials(ctx: RequestContext, challenges: Challenges, rule: string, what: string): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status: 401,
    headers: { 'www-authenticate': challenges.missing },
    problem: problem('unauthenticated', 401, 'Authentication required', 'TG_AUTH_MISSING',
      `This route needs ${what}: send \`Authorization: Bearer <credential>\`.`, { requestId: ctx.requestId }),
    stage: 'auth',
    rule,
    reason: { kind: 'auth', code: 'missing' },
  };
}

export function malformedCredentials(ctx: RequestContext, challenges: Challenges, rule: string, detail: string): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status: 400,
    headers: { 'www-authenticate': challenges.invalidRequest },
    problem: problem('invalid-request', 400, 'Malformed credentials', 'TG_AUTH_MALFORMED', detail + '.', {
      requestId: ctx.requestId,
    }),
    stage: 'auth',
    rule,
    reason: { kind: 'auth', code: 'malformed' },
  };
}

/** Why a credential was refused: a code for the problem body and a sentence naming the cause. */
export interface Rejection {
  readonly code: 'invalid' | 'expired' | 'revoked';
  readonly problemCode: string;
  readonly detail: string;
}

export function invalidCredentials(ctx: RequestContext, challenges: Challenges, rule: string, why: Rejection): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status: 401,
    headers: { 'www-authenticate': challenges.invalidToken },
    problem: problem('invalid-credentials', 401, 'Invalid credentials', why.problemCode, why.detail, { requestId: ctx.requestId }),
    stage: 'auth',
    rule,
    reason: { kind: 'auth', code: why.code },
  };
}

/** The identity provider (JWKS, discovery, introspection) could not answer: never an allow. */
export function providerUnavailable(ctx: RequestContext, rule: string, detail: string): ErrorDecision {
  return unavailable(ctx, {
    stage: 'auth',
    rule,
    kind: 'auth-unavailable',
    title: 'Authentication unavailable',
    code: 'TG_AUTH_UNAVAILABLE',
    detail,
    retryAfter: 5,
    reason: 'idp-unavailable',
    message: detail,
  });
}

/** A rejection for a token; `detail` must name the cause without echoing the token. */
export function tokenRejected(detail: string, code: Rejection['code'] = 'invalid'): Rejection {
  return { code, problemCode: code === 'expired' ? 'TG_AUTH_EXPIRED' : 'TG_AUTH_INVALID', detail };
}
