import type { Context, Middleware, Next } from 'koa';
import {
  auditWhenDone,
  denialBody,
  endWhenDone,
  nodeGateRequest,
  PROBLEM_CONTENT_TYPE,
  type AuthOptions,
  type CompiledRoute,
  type Gate,
  type RateLimitOptions,
  type RequestContext,
  type Stage,
  type StageOptions,
  type TollgateContext,
  type ValidateOptions,
} from '@tollgate/core';

/** Koa state once Tollgate ran: `ctx.state.tollgate`. */
export interface TollgateState {
  tollgate: TollgateContext;
}

/** Tollgate's middlewares for Koa (2 and 3). All take the same options as the other adapters. */
export interface TollgateKoa {
  /** Authenticates the caller; sets `ctx.state.tollgate.principal` or answers 401/400. */
  auth(options?: AuthOptions): Middleware<TollgateState>;
  /** Counts the request against the route's limits; answers 429 with `Retry-After` when over. */
  rateLimit(options?: RateLimitOptions): Middleware<TollgateState>;
  /** Reads and validates the JSON body under the size cap; a schema name is shorthand for `{ schema }`. */
  validate(options?: string | ValidateOptions): Middleware<TollgateState>;
  /** Writes one audit line per request when the response ends, denials included. Mount it first. */
  logger(): Middleware<TollgateState>;
  /** logger + auth + validate + rateLimit, all from the route's policy. */
  protect(options?: StageOptions): Middleware<TollgateState>;
}

const CTX = Symbol('tollgate.context');
type Carrier = Context & { [CTX]?: RequestContext<CompiledRoute> };

/**
 * Binds a gate to Koa.
 * @example
 * const gate = tollgate(createGate({ policy: './tollgate.yaml' }));
 * app.use(gate.protect());
 */
export function tollgate(gate: Gate): TollgateKoa {
  const contextOf = (ctx: Carrier): RequestContext<CompiledRoute> => {
    let tg = ctx[CTX];
    if (!tg) {
      const parsed = (ctx.request as { body?: unknown }).body;
      tg = gate.context(nodeGateRequest(ctx.req, ctx.originalUrl, parsed));
      ctx[CTX] = tg;
      (ctx.state as Partial<TollgateState>).tollgate = tg;
    }
    return tg;
  };

  const middleware = (name: string, stage: Stage, withLogger = false): Middleware<TollgateState> => {
    const handler = async (ctx: Context, next: Next): Promise<void> => {
      const tg = contextOf(ctx);
      if (withLogger) auditWhenDone(gate, tg, ctx.res);
      const decision = await stage(tg);
      if (!decision.allowed) {
        ctx.status = decision.status;
        ctx.set(decision.headers);
        ctx.type = PROBLEM_CONTENT_TYPE;
        ctx.body = denialBody(decision);
        return;
      }
      ctx.set(decision.headers);
      endWhenDone(tg, ctx.res);
      // Hand the validated body on, where koa-bodyparser would have put it.
      if (tg.bodyChecked && tg.body !== undefined) (ctx.request as { body?: unknown }).body = tg.body;
      await next();
    };
    return Object.defineProperty(handler, 'name', { value: name });
  };

  return {
    auth: (options) => middleware('tollgateAuth', gate.stage('auth', options)),
    rateLimit: (options) => middleware('tollgateRateLimit', gate.stage('rateLimit', options)),
    validate: (options) => middleware('tollgateValidate', gate.stage('validate', options)),
    protect: (options) => middleware('tollgateProtect', gate.protect(options), true),
    logger() {
      return async function tollgateLogger(ctx: Context, next: Next): Promise<void> {
        auditWhenDone(gate, contextOf(ctx), ctx.res);
        await next();
      };
    },
  };
}

export type { TollgateContext } from '@tollgate/core';
