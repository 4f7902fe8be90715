import type { Context, Middleware, Next } from 'koa';
import {
  applyHeaders,
  auditWhenDone,
  denialBody,
  endWhenDone,
  middlewareSet,
  NodeGateRequest,
  NO_HEADERS,
  PROBLEM_CONTENT_TYPE,
  type CompiledRoute,
  type Decision,
  type Gate,
  type RequestContext,
  type Stage,
  type TollgateContext,
  type TollgateMiddlewares,
} from '@tollgate/core';

/** Koa state once Tollgate ran: `ctx.state.tollgate`. */
export interface TollgateState {
  tollgate: TollgateContext;
}

/** Tollgate's middlewares for Koa (2 and 3): the same factories and options as every adapter. */
export type TollgateKoa = TollgateMiddlewares<Middleware<TollgateState>>;

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
      tg = gate.context(new NodeGateRequest(ctx.req, ctx.originalUrl, ctx.request as { body?: unknown }));
      ctx[CTX] = tg;
      (ctx.state as Partial<TollgateState>).tollgate = tg;
    }
    return tg;
  };

  const run = (stage: Stage, withLogger: boolean): Middleware<TollgateState> => {
    // Not async: koa-compose takes a plain return, and a synchronous decision then needs no extra promise.
    return (ctx: Context, next: Next): Promise<void> | void => {
      const tg = contextOf(ctx);
      if (withLogger) auditWhenDone(gate, tg, ctx.res);
      const decision = stage(tg);
      return decision instanceof Promise ? decision.then((d) => proceed(ctx, next, tg, d)) : proceed(ctx, next, tg, decision);
    };
  };

  return middlewareSet(gate, run, () => async (ctx: Context, next: Next): Promise<void> => {
    auditWhenDone(gate, contextOf(ctx), ctx.res);
    await next();
  });
}

function proceed(ctx: Context, next: Next, tg: RequestContext<CompiledRoute>, decision: Decision): Promise<void> | void {
  if (!decision.allowed) {
    ctx.status = decision.status;
    if (decision.headers !== NO_HEADERS) ctx.set(decision.headers);
    ctx.type = PROBLEM_CONTENT_TYPE;
    ctx.body = denialBody(decision);
    return;
  }
  // Straight onto the Node response: Koa's ctx.set() re-validates each field, and these are ours.
  applyHeaders(ctx.res, decision);
  endWhenDone(tg, ctx.res);
  // Hand the validated body on, where koa-bodyparser would have put it.
  if (tg.bodyChecked && tg.body !== undefined) (ctx.request as { body?: unknown }).body = tg.body;
  return next();
}

export type { TollgateContext } from '@tollgate/core';
