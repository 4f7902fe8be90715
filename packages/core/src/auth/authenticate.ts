import { ALLOW, type Decision, type DenyDecision } from '../decision.js';
import type { RequestContext } from '../context.js';
import { problem } from '../http/problem.js';
import { bearerChallenges, type Challenges } from '../http/www-authenticate.js';
import type { AuthPolicy, Mode } from '../policy/types.js';
import type { Principal } from '../principal.js';
import { type KeyCheck, type KeyStore } from './api-keys.js';

/** Longest credential header we look at; anything longer is refused before any parsing (case 12). */
export const MAX_CREDENTIAL_LENGTH = 4096;

export interface CompiledAuth {
  readonly mode: Mode | undefined;
  run(ctx: RequestContext): Decision | Promise<Decision>;
}

interface Credential {
  readonly value: string;
}

type Extracted = Credential | DenyDecision | undefined;

export function compileAuth(policy: AuthPolicy, keys: KeyStore, realm: string): CompiledAuth {
  const challenges = bearerChallenges(realm);
  const apiKeyHeader = (policy.apiKeyHeader ?? 'x-api-key').toLowerCase();
  const optional = policy.optional ?? false;
  const principals = new WeakMap<object, Principal>();

  return {
    mode: policy.mode,
    async run(ctx) {
      const found = extract(ctx, apiKeyHeader, challenges);
      if (found === undefined) {
        if (optional) {
          ctx.record('auth', 'apiKey', 'skip');
          return ALLOW;
        }
        ctx.record('auth', 'apiKey', 'deny');
        return missing(ctx, challenges);
      }
      if ('kind' in found) {
        ctx.record('auth', 'apiKey', 'deny');
        return found;
      }
      const result = await keys.check(found.value);
      if (!result.ok) {
        ctx.record('auth', 'apiKey', 'deny');
        return invalid(ctx, challenges, result);
      }
      const record = result.record;
      // One frozen principal per key record: no per-request allocation for repeat callers.
      let principal = principals.get(record);
      if (!principal) {
        principal = Object.freeze({
          id: record.principal ?? `key:${record.id}`,
          method: 'apiKey' as const,
          keyId: record.id,
          ...(record.tenant !== undefined ? { tenant: record.tenant } : {}),
          roles: Object.freeze([...(record.roles ?? [])]),
          scopes: Object.freeze([...(record.scopes ?? [])]),
        });
        principals.set(record, principal);
      }
      ctx.principal = principal;
      ctx.record('auth', 'apiKey', 'allow');
      return ALLOW;
    },
  };
}

function extract(ctx: RequestContext, apiKeyHeader: string, challenges: Challenges): Extracted {
  const { request } = ctx;
  const authorization = request.header('authorization');
  const headerKey = request.header(apiKeyHeader);
  if (request.query.includes('access_token=') || request.query.includes('api_key=')) {
    return malformed(ctx, challenges, 'credentials in the query string are not accepted; send them in the Authorization header');
  }
  let bearer: string | undefined;
  if (authorization !== undefined) {
    if (authorization.length > MAX_CREDENTIAL_LENGTH) {
      return malformed(ctx, challenges, `the Authorization header is longer than ${MAX_CREDENTIAL_LENGTH} characters`);
    }
    const space = authorization.indexOf(' ');
    const scheme = space === -1 ? authorization : authorization.slice(0, space);
    if (scheme.toLowerCase() === 'bearer') {
      bearer = space === -1 ? '' : authorization.slice(space + 1).trim();
      if (bearer === '' || bearer.includes(' ')) {
        return malformed(ctx, challenges, 'the Bearer credentials are empty or contain spaces');
      }
    }
    // Other schemes (Basic, ...) are not ours: treated as no credentials, per RFC 6750 §3.1.
  }
  if (headerKey !== undefined) {
    if (headerKey.length > MAX_CREDENTIAL_LENGTH || headerKey.trim() === '') {
      return malformed(ctx, challenges, `the ${apiKeyHeader} header is empty or too long`);
    }
    if (bearer !== undefined && bearer !== headerKey) {
      return malformed(ctx, challenges, `credentials were sent both in Authorization and in ${apiKeyHeader}`);
    }
    return { value: headerKey };
  }
  return bearer === undefined ? undefined : { value: bearer };
}

function missing(ctx: RequestContext, challenges: Challenges): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status: 401,
    headers: { 'www-authenticate': challenges.missing },
    problem: problem('unauthenticated', 401, 'Authentication required', 'TG_AUTH_MISSING',
      'This route needs an API key: send `Authorization: Bearer <key>`.', { requestId: ctx.requestId }),
    stage: 'auth',
    rule: 'apiKey',
    reason: { kind: 'auth', code: 'missing' },
  };
}

function malformed(ctx: RequestContext, challenges: Challenges, detail: string): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status: 400,
    headers: { 'www-authenticate': challenges.invalidRequest },
    problem: problem('invalid-request', 400, 'Malformed credentials', 'TG_AUTH_MALFORMED', detail + '.', {
      requestId: ctx.requestId,
    }),
    stage: 'auth',
    rule: 'apiKey',
    reason: { kind: 'auth', code: 'malformed' },
  };
}

const INVALID_DETAIL: Record<Exclude<KeyCheck, { ok: true }>['code'], [string, string]> = {
  invalid: ['TG_AUTH_INVALID', 'The API key is not valid.'],
  expired: ['TG_AUTH_EXPIRED', 'The API key has expired; ask for a new one.'],
  revoked: ['TG_AUTH_REVOKED', 'The API key has been revoked.'],
};

function invalid(ctx: RequestContext, challenges: Challenges, result: Exclude<KeyCheck, { ok: true }>): DenyDecision {
  const [code, detail] = INVALID_DETAIL[result.code];
  return {
    allowed: false,
    kind: 'deny',
    status: 401,
    headers: { 'www-authenticate': challenges.invalidToken },
    problem: problem('invalid-credentials', 401, 'Invalid credentials', code, detail, { requestId: ctx.requestId }),
    stage: 'auth',
    rule: 'apiKey',
    reason: { kind: 'auth', code: result.code },
  };
}
