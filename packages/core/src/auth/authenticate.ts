import { ALLOW, type Decision, type TraceEntry } from '../decision.js';
import { traceEntry, type RequestContext } from '../context.js';
import { TollgateConfigError } from '../errors.js';
import { bearerChallenges } from '../http/www-authenticate.js';
import type { AuthMethod, AuthPolicy, Mode } from '../policy/types.js';
import { ApiKeyAuthenticator, type KeyChecker } from './api-key-auth.js';
import { checkRequirements, type RouteRequirements } from './authorize.js';
import { credentialKind, extractCredential, type Credential, type CredentialKind } from './credential.js';
import { invalidCredentials, missingCredentials, providerUnavailable } from './denials.js';
import type { Authenticators } from './token-auth.js';
import type { TokenAuthenticator, TokenOutcome } from './token-outcome.js';

export { MAX_CREDENTIAL_LENGTH } from './credential.js';

export interface CompiledAuth {
  readonly mode: Mode | undefined;
  run(ctx: RequestContext): Decision | Promise<Decision>;
}

/** The trace entry of a request a method let in. */
const ALLOWED: Record<AuthMethod, TraceEntry> = {
  apiKey: traceEntry('auth', 'apiKey', 'allow'),
  jwt: traceEntry('auth', 'jwt', 'allow'),
  introspection: traceEntry('auth', 'introspection', 'allow'),
};

/** Which credential shape each method takes. */
const ACCEPTS: Record<AuthMethod, CredentialKind> = { apiKey: 'apiKey', jwt: 'jwt', introspection: 'opaque' };
const WHAT: Record<AuthMethod, string> = { apiKey: 'an API key', jwt: 'a JWT bearer token', introspection: 'an OAuth2 access token' };

/**
 * The auth stage for one route: find the credential, let the first listed method that takes its shape verify
 * it, then check the route's scopes and roles. With a single method, every credential goes to it.
 */
export function compileAuth(policy: AuthPolicy, keys: KeyChecker, realm: string, authenticators?: Authenticators): CompiledAuth {
  const challenges = bearerChallenges(realm);
  const apiKeyHeader = (policy.apiKeyHeader ?? 'x-api-key').toLowerCase();
  const optional = policy.optional ?? false;
  const methods = policy.methods ?? ['apiKey'];
  const all = authenticators ?? { apiKey: new ApiKeyAuthenticator(keys), jwt: undefined, introspection: undefined };
  const verifiers = new Map<AuthMethod, TokenAuthenticator>();
  for (const method of methods) {
    const verifier = all[method];
    if (!verifier) {
      throw new TollgateConfigError('TG_AUTH_METHOD_UNCONFIGURED',
        `auth.methods lists ${method} but the policy has no top-level \`${method}\` section; add one or remove ${method}.`, 'auth');
    }
    verifiers.set(method, verifier);
  }
  const rule = methods.join('|');
  const what = methods.map((m) => WHAT[m]).join(' or ');
  const needs: RouteRequirements | undefined =
    policy.scopes || policy.roles ? { scopes: policy.scopes ?? [], roles: policy.roles ?? [] } : undefined;

  const only = methods.length === 1 ? (methods[0] as AuthMethod) : undefined;
  const pick = (credential: Credential): AuthMethod => {
    if (only) return only;
    if (credential.fromKeyHeader && verifiers.has('apiKey')) return 'apiKey';
    const kind = credentialKind(credential.value);
    for (const method of methods) if (ACCEPTS[method] === kind) return method;
    return methods[0] as AuthMethod;
  };

  // Recorded by every request that passes or skips: made once, not per request.
  const skipped = traceEntry('auth', rule, 'skip');

  const conclude = (ctx: RequestContext, method: AuthMethod, outcome: TokenOutcome): Decision => {
    if (!outcome.ok) {
      ctx.record('auth', method, 'deny');
      return 'rejection' in outcome ? invalidCredentials(ctx, challenges, method, outcome.rejection) : providerUnavailable(ctx, method, outcome.unavailable);
    }
    // Set before the scope check: a 403 is logged with who was refused, and monitor mode passes them on.
    ctx.principal = outcome.principal;
    if (needs) {
      const denied = checkRequirements(ctx, outcome.principal, needs, realm);
      if (denied) {
        ctx.record('auth', denied.rule, 'deny');
        return denied;
      }
    }
    ctx.recordEntry(ALLOWED[method]);
    return ALLOW;
  };

  return {
    mode: policy.mode,
    run(ctx) {
      // Transport and client-IP pre-checks (requireHttps, IP allow/deny lists) belong here, before any
      // credential is read.
      const found = extractCredential(ctx, apiKeyHeader, challenges, rule);
      if (found === undefined) {
        if (optional) {
          ctx.recordEntry(skipped);
          return ALLOW;
        }
        ctx.record('auth', rule, 'deny');
        return missingCredentials(ctx, challenges, rule, what);
      }
      if ('kind' in found) {
        ctx.record('auth', rule, 'deny');
        return found;
      }
      const method = pick(found);
      const outcome = (verifiers.get(method) as TokenAuthenticator).verify(found.value, found.authorization);
      return outcome instanceof Promise ? outcome.then((o) => conclude(ctx, method, o)) : conclude(ctx, method, outcome);
    },
  };
}
