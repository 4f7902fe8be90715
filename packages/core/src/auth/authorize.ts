import type { DenyDecision } from '../decision.js';
import type { RequestContext } from '../context.js';
import { problem } from '../http/problem.js';
import { insufficientScopeChallenge } from '../http/www-authenticate.js';
import type { RolePolicy } from '../policy/types.js';
import type { Principal } from '../principal.js';

/** A route's scope and role requirements, compiled once. */
export interface RouteRequirements {
  /** Every scope must be held. */
  readonly scopes: readonly string[];
  /** At least one role must be held. */
  readonly roles: readonly string[];
}

/** 403 when the principal lacks a required scope or role (RFC 6750 §3.1 `insufficient_scope`). */
export function checkRequirements(ctx: RequestContext, principal: Principal, needs: RouteRequirements, realm: string): DenyDecision | undefined {
  const missingScopes = needs.scopes.filter((s) => !principal.scopes.includes(s));
  if (missingScopes.length > 0) {
    return forbidden(ctx, 'scope', needs.scopes, insufficientScopeChallenge(realm, needs.scopes), 'TG_INSUFFICIENT_SCOPE',
      `This route needs the scope${needs.scopes.length > 1 ? 's' : ''} ${needs.scopes.join(' ')}; the credential lacks ${missingScopes.join(' ')}.`);
  }
  if (needs.roles.length > 0 && !needs.roles.some((r) => principal.roles.includes(r))) {
    return forbidden(ctx, 'role', needs.roles, insufficientScopeChallenge(realm, needs.scopes), 'TG_INSUFFICIENT_ROLE',
      `This route needs one of the roles ${needs.roles.join(', ')}.`);
  }
  return undefined;
}

type ModelMatcher = (model: string) => boolean;
const ANY: ModelMatcher = () => true;

/** `gpt-4o` exact, `gpt-4o*` any model starting with `gpt-4o`, `*` any model. */
function compileModels(patterns: readonly string[]): ModelMatcher {
  if (patterns.includes('*')) return ANY;
  const exact = new Set(patterns.filter((p) => !p.endsWith('*')));
  const prefixes = patterns.filter((p) => p.endsWith('*')).map((p) => p.slice(0, -1));
  return (model) => exact.has(model) || prefixes.some((p) => model.startsWith(p));
}

/**
 * Model allow-lists: a key's own `models`, and the `models` of the principal's roles in the policy. Both must
 * allow the body's `model`; a principal with no listed role is limited by its key alone. Runs right after the
 * body was validated, since the model is in the body.
 */
export class ModelPolicy {
  readonly #roles = new Map<string, ModelMatcher>();
  /** Per principal, the combined check: principals are frozen and reused (key records, token cache). */
  readonly #byPrincipal = new WeakMap<Principal, ModelMatcher>();

  constructor(roles: Readonly<Record<string, RolePolicy>> | undefined) {
    for (const [role, policy] of Object.entries(roles ?? {})) {
      if (policy.models) this.#roles.set(role, compileModels(policy.models));
    }
  }

  /** True when no key or role could restrict models: the check then costs nothing per request. */
  get inert(): boolean {
    return this.#roles.size === 0;
  }

  check(ctx: RequestContext, rule = 'model'): DenyDecision | undefined {
    const principal = ctx.principal;
    if (!principal || (this.inert && !principal.models)) return undefined;
    const body = ctx.body;
    const model = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)['model'] : undefined;
    if (typeof model !== 'string') return undefined;
    let allows = this.#byPrincipal.get(principal);
    if (!allows) {
      allows = this.#combine(principal);
      this.#byPrincipal.set(principal, allows);
    }
    if (allows(model)) return undefined;
    return forbidden(ctx, 'model', [model], undefined, 'TG_MODEL_FORBIDDEN',
      `The model ${JSON.stringify(model.slice(0, 128))} is not allowed for this credential.`, rule, '/model');
  }

  #combine(principal: Principal): ModelMatcher {
    const byKey = principal.models ? compileModels(principal.models) : ANY;
    const byRoles = principal.roles.map((r) => this.#roles.get(r)).filter((m): m is ModelMatcher => m !== undefined);
    if (byRoles.length === 0) return byKey;
    return (model) => byKey(model) && byRoles.some((m) => m(model));
  }
}

function forbidden(
  ctx: RequestContext,
  code: 'scope' | 'role' | 'model',
  required: readonly string[],
  challenge: string | undefined,
  problemCode: string,
  detail: string,
  rule: string = code,
  param?: string,
): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status: 403,
    headers: challenge ? { 'www-authenticate': challenge } : {},
    problem: problem(code === 'model' ? 'forbidden' : 'insufficient-scope', 403, 'Forbidden', problemCode, detail, { requestId: ctx.requestId }, param),
    stage: 'auth',
    rule,
    reason: { kind: 'authorization', code, required },
  };
}
