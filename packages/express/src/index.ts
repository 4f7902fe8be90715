import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  applyHeaders,
  auditWhenDone,
  endWhenDone,
  middlewareSet,
  NodeGateRequest,
  sendDenial,
  type CompiledRoute,
  type Decision,
  type Gate,
  type RequestContext,
  type Stage,
  type TollgateContext,
  type TollgateMiddlewares,
} from '@tollgate/core';
import { bindContext, boundContext, exposeOnPrototype } from './context-slot.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types are extended by merging into this namespace.
  namespace Express {
    interface Request {
      /** Tollgate's view of this request: principal, validated body, `settle()`. */
      tollgate?: TollgateContext;
    }
  }
}

/** Tollgate's middlewares for Express (4 and 5): the same factories and options as every adapter. */
export type TollgateExpress = TollgateMiddlewares<RequestHandler>;

/**
 * Binds a gate to Express.
 * @example
 * const gate = tollgate(createGate({ policy: './tollgate.yaml' }));
 * app.use(gate.logger(), gate.auth());
 * app.post('/v1/chat/completions', gate.rateLimit(), gate.validate('openai.chat'), handler);
 */
export function tollgate(gate: Gate): TollgateExpress {
  const contextOf = (req: Request, res: Response): RequestContext<CompiledRoute> => {
    let ctx = boundContext(req, res);
    if (!ctx) {
      ctx = gate.context(new NodeGateRequest(req, req.originalUrl ?? req.url));
      bindContext(req, res, ctx);
      // Behind Express, req.tollgate is a prototype getter (see context-slot.ts); on plain node:http, a property.
      if (!exposeOnPrototype(req)) req.tollgate = ctx;
    }
    return ctx;
  };

  const run = (stage: Stage, withLogger: boolean): RequestHandler => {
    return (req: Request, res: Response, next: NextFunction): void => {
      const ctx = contextOf(req, res);
      if (withLogger) auditWhenDone(gate, ctx, res);
      const decision = stage(ctx);
      // A synchronous decision goes straight on: deferring next() to a microtask costs Express measurably.
      if (decision instanceof Promise) decision.then((d) => proceed(req, res, next, ctx, d), next);
      else proceed(req, res, next, ctx, decision);
    };
  };

  return middlewareSet(gate, run, () => (req: Request, res: Response, next: NextFunction): void => {
    auditWhenDone(gate, contextOf(req, res), res);
    next();
  });
}

function proceed(req: Request, res: Response, next: NextFunction, ctx: RequestContext<CompiledRoute>, decision: Decision): void {
  if (!decision.allowed) return sendDenial(res, decision);
  applyHeaders(res, decision);
  endWhenDone(ctx, res);
  // Hand the validated body on: what the handler reads is exactly what was checked.
  if (ctx.bodyChecked && ctx.body !== undefined) req.body = ctx.body;
  next();
}

export type { TollgateContext } from '@tollgate/core';
