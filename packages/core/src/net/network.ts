import type { RequestContext } from '../context.js';
import { ALLOW, allow, NO_HEADERS, type Decision, type DenyDecision, type HeaderMap } from '../decision.js';
import { problem } from '../http/problem.js';
import type { Mode, NetworkPolicy, PolicyDocument } from '../policy/types.js';
import type { GateRequest } from '../request.js';
import { clientKeyIp } from './address.js';
import { AuthFailureLimiter } from './auth-failures.js';
import { inList, prepareList, type PreparedList } from './ip-rules.js';
import { requireHttpsCheck, hstsHeaders, type HttpsCheck } from './transport.js';
import { compileTrustProxy, type TrustedProxies } from './trust-proxy.js';

/** The part of a compiled stage the guard wraps (see Gate#run). */
export interface GuardedStage {
  readonly mode: Mode | undefined;
  run(ctx: RequestContext): Decision | Promise<Decision>;
}

/**
 * The network rules of a policy, prepared once: who the client is (trusted proxies), whether it may call
 * (IP allow/deny lists), over what (HTTPS, HSTS), and how often it may fail to authenticate. They run first
 * in the auth stage, so `auth()` and `protect()` enforce them on every adapter.
 */
export class NetworkGuard {
  readonly ipv6Subnet: number;
  readonly #proxies: TrustedProxies;
  readonly #allow: PreparedList | undefined;
  readonly #deny: PreparedList | undefined;
  readonly #https: HttpsCheck | undefined;
  readonly #hsts: HeaderMap | undefined;
  readonly #failures: AuthFailureLimiter | undefined;
  readonly #wrapped = new WeakMap<GuardedStage, GuardedStage>();
  readonly #bare: GuardedStage;

  /** `base`: the policy-wide guard whose proxies, IPv6 subnet and failure counter a route's guard shares. */
  constructor(policy: NetworkPolicy, where = 'network', base?: NetworkGuard) {
    this.#proxies = base ? base.#proxies : compileTrustProxy(policy.trustProxy, where);
    this.#allow = policy.allow ? prepareList(policy.allow, `${where}.allow`) : undefined;
    this.#deny = policy.deny?.length ? prepareList(policy.deny, `${where}.deny`) : undefined;
    this.#https = requireHttpsCheck(policy.requireHttps);
    this.#hsts = hstsHeaders(policy.hsts);
    this.#failures = base ? base.#failures : policy.authFailureLimit ? new AuthFailureLimiter(policy.authFailureLimit) : undefined;
    this.ipv6Subnet = base ? base.ipv6Subnet : (policy.ipv6Subnet ?? 64);
    this.#bare = { mode: undefined, run: (ctx) => this.#guard(ctx, undefined) };
    if (!base && this.#proxies.permissive) {
      process.emitWarning(
        'Tollgate: network.trustProxy trusts every peer, so any client can choose its own address and scheme with X-Forwarded-For/Forwarded/X-Forwarded-Proto. Name your proxies (CIDRs) or a hop count instead.',
        { code: 'TG_TRUST_PROXY_PERMISSIVE' },
      );
    }
  }

  /** The client address the policy uses (canonical; IPv4-mapped IPv6 as IPv4). */
  clientIp(request: GateRequest): string {
    return this.#proxies.resolve(request).ip;
  }

  /** The auth stage with the network rules in front; one wrapper per compiled stage, made on first use. */
  wrap(stage: GuardedStage | null): GuardedStage {
    if (!stage) return this.#bare;
    let wrapped = this.#wrapped.get(stage);
    if (!wrapped) {
      const inner = stage;
      wrapped = { mode: inner.mode, run: (ctx) => this.#guard(ctx, inner) };
      this.#wrapped.set(stage, wrapped);
    }
    return wrapped;
  }

  #guard(ctx: RequestContext, inner: GuardedStage | undefined): Decision | Promise<Decision> {
    // `auth()` and `protect()` on one request run the rules (and count failures) once.
    if (!ctx.firstTime(this)) return inner ? inner.run(ctx) : ALLOW;
    const secure = this.#https !== undefined || this.#hsts !== undefined ? this.#proxies.resolve(ctx.request).secure : false;
    const pre = this.#before(ctx, secure);
    if (pre) return this.#decorate(pre, secure);
    if (this.#failures) return this.#counted(ctx, inner, this.#failures, secure);
    // Without a failure counter nothing here waits: stay synchronous when the inner stage is.
    const decision = inner ? inner.run(ctx) : ALLOW;
    return decision instanceof Promise ? decision.then((d) => this.#decorate(d, secure)) : this.#decorate(decision, secure);
  }

  async #counted(ctx: RequestContext, inner: GuardedStage | undefined, failures: AuthFailureLimiter, secure: boolean): Promise<Decision> {
    const client = clientKeyIp(ctx.clientIp, this.ipv6Subnet);
    const retryMs = await failures.blockedFor(client);
    if (retryMs !== undefined) {
      ctx.record('auth', 'auth:failures', 'deny');
      return this.#decorate(AuthFailureLimiter.tooMany(ctx.requestId, retryMs), secure);
    }
    const decision = inner ? await inner.run(ctx) : ALLOW;
    if (AuthFailureLimiter.isFailure(decision)) await failures.failed(client);
    return this.#decorate(decision, secure);
  }

  /** Transport first (a plain-HTTP request is refused whoever sends it), then the IP lists, deny winning. */
  #before(ctx: RequestContext, secure: boolean): DenyDecision | undefined {
    if (this.#https) {
      if (!secure) {
        ctx.record('auth', 'transport:https', 'deny');
        return this.#https(ctx.request, ctx.requestId);
      }
      ctx.record('auth', 'transport:https', 'allow');
    }
    if (this.#deny || this.#allow) {
      const ip = ctx.clientIp;
      const known = ip !== 'unknown';
      if (this.#deny && known && inList(this.#deny, ip)) return ipDenied(ctx, 'ip:deny', 'is on the deny list');
      if (this.#allow && !(known && inList(this.#allow, ip))) return ipDenied(ctx, 'ip:allow', 'is not on the allow list');
      ctx.record('auth', this.#deny ? 'ip:deny' : 'ip:allow', 'allow');
    }
    return undefined;
  }

  #decorate(decision: Decision, secure: boolean): Decision {
    if (!secure || !this.#hsts) return decision;
    if (decision.allowed) return allow(decision.headers === NO_HEADERS ? this.#hsts : { ...decision.headers, ...this.#hsts });
    return { ...decision, headers: { ...decision.headers, ...this.#hsts } };
  }
}

function ipDenied(ctx: RequestContext, rule: string, why: string): DenyDecision {
  ctx.record('auth', rule, 'deny');
  return {
    allowed: false,
    kind: 'deny',
    status: 403,
    headers: NO_HEADERS,
    problem: problem('forbidden', 403, 'Address not allowed', 'TG_IP_DENIED', `Requests from this client address are not accepted: the address ${why}.`, {
      requestId: ctx.requestId,
    }),
    stage: 'auth',
    rule,
    reason: { kind: 'network', code: 'ip-denied' },
  };
}

/** The network guard for a policy section, or null when it sets nothing (no per-request work at all). */
export function compileNetwork(policy: NetworkPolicy | undefined, where?: string): NetworkGuard | null {
  if (!policy || Object.keys(policy).length === 0) return null;
  return new NetworkGuard(policy, where);
}

export interface CompiledNetworks {
  /** The policy-wide guard; null when neither the policy nor any route sets network rules. */
  readonly guard: NetworkGuard | null;
  /** Guards of routes (and `default`) whose `network` (or `defaults.network`) overrides the policy-wide rules. */
  readonly byRoute: ReadonlyMap<string, NetworkGuard>;
}

/** Compiles `network` and every `defaults.network` / `routes[].network` override once, at start-up. */
export function compileNetworks(doc: PolicyDocument, where: string): CompiledNetworks {
  const byRoute = new Map<string, NetworkGuard>();
  const defaults = doc.defaults?.network;
  const overridden = defaults !== undefined || (doc.routes ?? []).some((r) => r.network !== undefined);
  if (!overridden) return { guard: compileNetwork(doc.network, `${where} network`), byRoute };
  const guard = new NetworkGuard(doc.network ?? {}, `${where} network`);
  const withDefaults = defaults ? new NetworkGuard({ ...doc.network, ...defaults }, `${where} defaults.network`, guard) : guard;
  byRoute.set('default', withDefaults);
  (doc.routes ?? []).forEach((route, i) => {
    byRoute.set(
      route.id,
      route.network ? new NetworkGuard({ ...doc.network, ...defaults, ...route.network }, `${where} routes[${i}].network`, guard) : withDefaults,
    );
  });
  return { guard, byRoute };
}
