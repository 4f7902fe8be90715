import type { SchemaObject } from 'ajv';
import type winston from 'winston';
import type { KeyStore } from './auth/api-keys.js';
import { compileAuth } from './auth/authenticate.js';
import { ModelPolicy } from './auth/authorize.js';
import { buildAuthenticators, type Authenticators } from './auth/token-auth.js';
import { openKeyStore } from './auth/key-stores/open.js';
import { KeyStoreUnavailableError } from './auth/key-stores/redis.js';
import { AuditLog, defaultAuditLogger, type AuditRecord, type AuditStream } from './audit/audit-log.js';
import { DecisionCounters } from './audit/counters.js';
import { RequestContext } from './context.js';
import { allow, ALLOW, NO_HEADERS, unavailable, type Decision, type ErrorDecision, type HeaderMap, type StageName } from './decision.js';
import { TollgateConfigError } from './errors.js';
import { problem } from './http/problem.js';
import { compileLimits, compileRule } from './limits/request-limits.js';
import { compileNetworks, type NetworkGuard } from './net/network.js';
import { LimitStores, type LimitStoreOptions } from './limits/stores.js';
import { definitionValidator, describeSchemaError, loadPolicy, mostSpecific, type LoadedPolicy } from './policy/load.js';
import type { AuthPolicy, LimitRule, Mode, PolicyDocument, ValidatePolicy } from './policy/types.js';
import type { GateRequest } from './request.js';
import { RouteTable, type CompiledRoute } from './routes.js';
import { SchemaRegistry } from './validate/schema-registry.js';
import { compileValidate } from './validate/validate-body.js';

export interface GateOptions {
  /**
   * The policy: a path to a YAML or JSON file, or a policy object.
   * @example createGate({ policy: './tollgate.yaml' })
   */
  policy: string | PolicyDocument;
  /** A winston logger for audit lines and operational errors. @default JSON lines on stdout at the policy's `audit.level` */
  logger?: winston.Logger;
  /**
   * Write audit lines straight to this stream as JSON lines instead of through the winston logger, which
   * then carries only operational errors. The same lines, without winston's per-line pipeline.
   * @example createGate({ policy, auditStream: fs.createWriteStream('audit.jsonl', { flags: 'a' }) })
   */
  auditStream?: AuditStream;
  /** Named JSON Schemas that `validate: { schema: name }` may use, besides the shipped ones. */
  schemas?: Readonly<Record<string, SchemaObject>>;
  /** Directory a relative policy path is resolved against. @default process.cwd() */
  cwd?: string;
  /**
   * Where limit counters live: memory (default) or Redis shared by every instance, the store timeout, bounds.
   * @example createGate({ policy, limits: { redis: 'redis://127.0.0.1:6379', timeout: '250ms' } })
   */
  limits?: LimitStoreOptions;
}

/** Options every middleware accepts. */
export interface StageOptions {
  /**
   * Apply this policy route (by id) instead of matching the request's method and path.
   * @example gate.protect({ route: 'chat' })
   */
  route?: string;
}

/** `auth()` options: any field of the policy's `auth` section, overriding the route's. */
export interface AuthOptions extends StageOptions, AuthPolicy {}

/** `rateLimit()` options. */
export interface RateLimitOptions extends StageOptions {
  /** Limits for this middleware instead of the route's. @example [{ name: 'rpm', requests: 60, window: '1m' }] */
  limits?: LimitRule[];
}

/** `validate()` options: any field of the policy's `validate` section, overriding the route's. */
export interface ValidateOptions extends StageOptions, ValidatePolicy {}

/**
 * A prepared middleware stage: call it per request with the request's context. It answers synchronously when
 * every check could (memory stores, cached tokens), with a promise otherwise; it never throws.
 */
export type Stage = (ctx: RequestContext<CompiledRoute>) => Decision | Promise<Decision>;

interface Compiled {
  readonly mode: Mode | undefined;
  run(ctx: RequestContext<CompiledRoute>): Decision | Promise<Decision>;
}

type Pick = (route: CompiledRoute) => Compiled | null;

const STAGE_RULE: Record<StageName, string> = { auth: 'auth', rateLimit: 'limits', validate: 'validate' };

type PipelineStep = readonly [StageName, Pick];
/** protect()'s order: who is calling, then what they send (the body gives token estimates), then counting. */
const PIPELINE: readonly PipelineStep[] = [
  ['auth', (r) => r.auth],
  ['validate', (r) => r.validate],
  ['rateLimit', (r) => r.limits],
];

/**
 * The policy engine. Adapters create one context per request, run prepared stages against it and copy the
 * decisions to the response; everything that decides lives here.
 */
export class Gate {
  readonly policy: LoadedPolicy;
  readonly counters = new DecisionCounters();
  readonly audit: AuditLog;
  readonly #routes: RouteTable;
  readonly #keys: KeyStore;
  readonly #network: NetworkGuard | null;
  readonly #routeNetwork: ReadonlyMap<string, NetworkGuard>;
  readonly #schemas: SchemaRegistry;
  readonly #realm: string;
  readonly #authenticators: Authenticators;
  readonly #models: ModelPolicy;
  readonly #limitStores: LimitStores;
  #inline = 0;
  // Made once, not per request: the context calls them lazily.
  readonly #match = (r: GateRequest): CompiledRoute => this.#routes.match(r.method, r.path);
  readonly #clientIp: ((r: GateRequest) => string) | undefined;

  constructor(options: GateOptions) {
    if (!options || (typeof options.policy !== 'string' && typeof options.policy !== 'object')) {
      throw new TollgateConfigError('TG_OPTIONS_INVALID', 'createGate() needs { policy }: a file path or a policy object.', 'createGate');
    }
    this.policy = loadPolicy(options.policy, options.cwd);
    const doc = this.policy.document;
    this.#realm = doc.realm ?? 'tollgate';
    const where = this.policy.path ?? 'inline policy';
    ({ guard: this.#network, byRoute: this.#routeNetwork } = compileNetworks(doc, where));
    const network = this.#network;
    this.#clientIp = network ? (r) => network.clientIp(r) : undefined;
    this.#keys = openKeyStore(doc.keys, {
      baseDir: this.policy.baseDir,
      // A bad key file on reload keeps the previous keys; the reason goes to the log.
      onError: (err) => this.audit.logger.error('tollgate.key-store', { error: err.message }),
    });
    this.#schemas = new SchemaRegistry(options.schemas);
    this.#authenticators = buildAuthenticators(doc, this.#keys, this.policy.baseDir, where);
    this.#models = new ModelPolicy(doc.roles);
    this.#limitStores = new LimitStores(options.limits);
    this.#routes = new RouteTable(doc, {
      keys: this.#keys,
      schemas: this.#schemas,
      realm: this.#realm,
      where,
      authenticators: this.#authenticators,
      limitStores: this.#limitStores,
    });
    const level = doc.audit?.level ?? 'info';
    this.audit = new AuditLog(options.logger ?? (() => defaultAuditLogger(level)), options.auditStream, level);
    if (this.#keys.size === 0 && usesApiKeys(doc)) {
      process.emitWarning('Tollgate: API-key authentication is on but no keys are configured; every request will get 401. Add keys.inline or keys.file to the policy.', { code: 'TG_NO_API_KEYS' });
    }
  }

  /** Starts a request: the context every stage and the audit line share. */
  context(request: GateRequest): RequestContext<CompiledRoute> {
    return new RequestContext(request, this.#match, this.counters, this.#clientIp, this.#network?.ipv6Subnet);
  }

  /** Prepares a stage at start-up; misconfiguration throws here, never per request. */
  stage(name: StageName, options: string | AuthOptions | RateLimitOptions | ValidateOptions = {}): Stage {
    // `validate('openai.chat')` is shorthand for `validate({ schema: 'openai.chat' })`.
    if (typeof options === 'string') options = { schema: options };
    const fixed = this.#fixedRoute(options.route);
    const override = this.#override(name, options);
    const pick: Pick = override ? () => override : (route) => route[STAGE_RULE[name] as 'auth' | 'limits' | 'validate'];
    return (ctx) => this.#run(name, ctx, fixed, pick);
  }

  /** All stages in pipeline order — auth, validate, limits — from the route's policy. */
  protect(options: StageOptions = {}): Stage {
    const fixed = this.#fixedRoute(options.route);
    return (ctx) => this.#pipeline(ctx, fixed, 0, NO_HEADERS);
  }

  /** Writes the request's audit line; adapters call it once the response status is known. */
  finish(ctx: RequestContext<CompiledRoute>, status: number): AuditRecord {
    return this.audit.write(ctx, status);
  }

  /** Releases what the gate holds open: the key store's file watcher or Redis connection, limit stores' Redis. */
  async close(): Promise<void> {
    this.#limitStores.close();
    await this.#keys.close();
  }

  /** Route ids the policy defines (plus `default`). */
  routeIds(): string[] {
    return ['default', ...this.#routes.ids()];
  }

  /** Runs PIPELINE from step `from`; stays synchronous while every stage answers synchronously. */
  #pipeline(ctx: RequestContext<CompiledRoute>, fixed: CompiledRoute | undefined, from: number, headers: HeaderMap): Decision | Promise<Decision> {
    for (let i = from; i < PIPELINE.length; i++) {
      const [name, pick] = PIPELINE[i] as PipelineStep;
      const result = this.#run(name, ctx, fixed, pick);
      if (result instanceof Promise) {
        return result.then((decision) =>
          decision.allowed ? this.#pipeline(ctx, fixed, i + 1, mergeHeaders(headers, decision.headers)) : decision,
        );
      }
      if (!result.allowed) return result;
      headers = mergeHeaders(headers, result.headers);
    }
    return headers === NO_HEADERS ? ALLOW : allow(headers);
  }

  // Not async: most stages decide synchronously (memory stores, cached tokens), and a promise per stage is
  // a measurable share of a request's cost on the faster frameworks.
  #run(name: StageName, ctx: RequestContext<CompiledRoute>, fixed: CompiledRoute | undefined, pick: Pick): Decision | Promise<Decision> {
    if (fixed) ctx.route = fixed;
    let route: CompiledRoute;
    let compiled: Compiled | null;
    try {
      route = ctx.route;
      // Network rules (transport, IP lists, failed-auth limit) open the auth stage, before any credential is read.
      compiled = name === 'auth' && this.#network ? (this.#routeNetwork.get(route.id) ?? this.#network).wrap(pick(route)) : pick(route);
    } catch (err) {
      const failed = this.#internalError(ctx, name, err);
      this.counters.errors++;
      ctx.note(failed);
      return failed;
    }
    if (!compiled) return ALLOW;
    let result: Decision | Promise<Decision>;
    try {
      result = compiled.run(ctx);
    } catch (err) {
      return this.#conclude(name, ctx, route, compiled, this.#internalError(ctx, name, err));
    }
    if (result instanceof Promise) {
      return result.then(
        (decision) => this.#conclude(name, ctx, route, compiled, decision),
        (err: unknown) => this.#conclude(name, ctx, route, compiled, this.#internalError(ctx, name, err)),
      );
    }
    return this.#conclude(name, ctx, route, compiled, result);
  }

  #conclude(name: StageName, ctx: RequestContext<CompiledRoute>, route: CompiledRoute, compiled: Compiled, decision: Decision): Decision {
    // Model allow-lists need the body, so they are checked once it has been validated.
    if (name === 'validate' && decision.allowed) {
      try {
        decision = this.#models.check(ctx) ?? decision;
      } catch (err) {
        decision = this.#internalError(ctx, name, err);
      }
    }
    if (decision.allowed) {
      this.counters.allowed++;
      return decision;
    }
    // Monitor anywhere (route or rule) means the request passes; the denial is logged and counted.
    if (route.mode === 'monitor' || compiled.mode === 'monitor') {
      ctx.noteWouldDeny(decision);
      return allow(keepRateLimitFields(decision.headers));
    }
    if (decision.kind === 'error') this.counters.errors++;
    else this.counters.denied++;
    ctx.note(decision);
    return decision;
  }

  #internalError(ctx: RequestContext<CompiledRoute>, stage: StageName, err: unknown): ErrorDecision {
    if (err instanceof KeyStoreUnavailableError) return storeUnavailable(ctx, stage, err);
    this.audit.logger.error('tollgate.internal-error', {
      requestId: ctx.requestId,
      stage,
      error: err instanceof Error ? err.stack ?? err.message : String(err),
    });
    return {
      allowed: false,
      kind: 'error',
      status: 500,
      headers: NO_HEADERS,
      problem: problem('internal-error', 500, 'Internal error', 'TG_INTERNAL',
        'Tollgate could not evaluate this request; the error is logged with this request id.', { requestId: ctx.requestId }),
      stage,
      rule: stage,
      reason: { kind: 'internal', message: err instanceof Error ? err.message : String(err) },
    };
  }

  #fixedRoute(id: string | undefined): CompiledRoute | undefined {
    if (id === undefined) return undefined;
    const route = this.#routes.byId(id);
    if (!route) {
      throw new TollgateConfigError('TG_ROUTE_UNKNOWN', `no route with id "${id}" in the policy; known routes: ${this.routeIds().join(', ')}.`, 'middleware options');
    }
    return route;
  }

  /** Inline middleware options become a stage of their own, checked against the policy schema. */
  #override(name: StageName, options: AuthOptions | RateLimitOptions | ValidateOptions): Compiled | null {
    const { route: _route, ...rest } = options;
    if (Object.keys(rest).length === 0) return null;
    const where = `${name}() options`;
    const fragment: unknown = name === 'rateLimit' ? (rest as RateLimitOptions).limits : rest;
    const definition = name === 'rateLimit' ? 'limits' : name === 'auth' ? 'auth' : 'validate';
    const check = definitionValidator(definition);
    if (name === 'rateLimit' && Object.keys(rest).some((k) => k !== 'limits')) {
      throw new TollgateConfigError('TG_OPTIONS_INVALID', 'rateLimit() takes { route, limits }.', where);
    }
    if (!check(fragment)) {
      const error = mostSpecific(check.errors ?? []);
      throw new TollgateConfigError('TG_OPTIONS_INVALID', `${error ? describeSchemaError(error) : 'invalid options'}; see the ${name}() options in the README.`, where);
    }
    const ns = `tg:inline${++this.#inline}`;
    switch (name) {
      case 'auth':
        return compileAuth(fragment as AuthPolicy, this.#keys, this.#realm, this.#authenticators);
      case 'rateLimit':
        return compileLimits((fragment as LimitRule[]).map((rule) => compileRule(rule, ns, this.#limitStores, where)), this.#limitStores);
      case 'validate':
        return compileValidate(fragment as ValidatePolicy, this.#schemas, where);
    }
  }
}

/** Creates a gate from a policy; throws a `TollgateConfigError` (`TG_...`) when the policy cannot work. */
export function createGate(options: GateOptions): Gate {
  return new Gate(options);
}

/** The key store could not answer: fail closed with 503, never allow and never blame the caller's key. */
function storeUnavailable(ctx: RequestContext<CompiledRoute>, stage: StageName, err: Error): ErrorDecision {
  return unavailable(ctx, {
    stage,
    rule: 'apiKey',
    kind: 'store-unavailable',
    title: 'Key store unavailable',
    code: 'TG_KEY_STORE_UNAVAILABLE',
    detail: 'The API-key store did not answer in time; retry shortly.',
    retryAfter: 1,
    reason: 'store-unavailable',
    message: err.message,
  });
}

function mergeHeaders(headers: HeaderMap, more: HeaderMap): HeaderMap {
  if (more === NO_HEADERS) return headers;
  return headers === NO_HEADERS ? more : { ...headers, ...more };
}

function keepRateLimitFields(headers: HeaderMap): HeaderMap {
  const rl = headers['ratelimit'];
  const policy = headers['ratelimit-policy'];
  return rl !== undefined && policy !== undefined ? { 'ratelimit-policy': policy, ratelimit: rl } : NO_HEADERS;
}

function usesApiKeys(doc: PolicyDocument): boolean {
  const all = [doc.defaults?.auth, ...(doc.routes ?? []).map((r) => r.auth)];
  return all.some((a) => a !== false && (a === undefined || (a.methods ?? ['apiKey']).includes('apiKey')));
}
