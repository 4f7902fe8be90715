import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { IncomingMessage } from 'node:http';
import {
  applyHeaders,
  auditWhenDone,
  endWhenDone,
  middlewareSet,
  nodeGateRequest,
  sendDenial,
  type CompiledRoute,
  type Decision,
  type Gate,
  type RequestContext,
  type Stage,
  type TollgateContext,
  type TollgateMiddlewares,
} from '@tollgate/core';

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

// Symbol.for: two copies of this package in one app (the getter is defined once) still share the key.
const CTX = Symbol.for('tollgate.context');
type Carrier = Request & { [CTX]?: RequestContext<CompiledRoute> };
type Locals = Record<symbol, RequestContext<CompiledRoute> | undefined>;

/**
 * Where a request's context lives. Each property added to an Express `req` (which already carries some forty
 * of Node's and Express's) cost about 1 KB of allocation per request in the sampling heap profiler, so the
 * context goes into `res.locals`, the dictionary Express makes per request, and `req.tollgate` is a getter
 * on Express's shared request prototype, the way Express itself defines `req.query` or `req.hostname`.
 */
function exposeOn(req: Request): boolean {
  let proto: object | null = Object.getPrototypeOf(req) as object | null;
  // Express's own `request` object is the prototype just above IncomingMessage's, shared by every app and sub-app.
  while (proto && Object.getPrototypeOf(proto) !== IncomingMessage.prototype) proto = Object.getPrototypeOf(proto) as object | null;
  if (!proto) return false;
  if (!Object.prototype.hasOwnProperty.call(proto, 'tollgate')) {
    Object.defineProperty(proto, 'tollgate', {
      configurable: true,
      get(this: Request): TollgateContext | undefined {
        return (this.res?.locals as Locals | undefined)?.[CTX];
      },
      // Code that assigns req.tollgate itself gets an ordinary property, as it would without the getter.
      set(this: Request, value: unknown) {
        Object.defineProperty(this, 'tollgate', { value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  return true;
}

/**
 * Binds a gate to Express.
 * @example
 * const gate = tollgate(createGate({ policy: './tollgate.yaml' }));
 * app.use(gate.logger(), gate.auth());
 * app.post('/v1/chat/completions', gate.rateLimit(), gate.validate('openai.chat'), handler);
 */
export function tollgate(gate: Gate): TollgateExpress {
  let exposed: boolean | undefined;
  const contextOf = (req: Carrier, res: Response): RequestContext<CompiledRoute> => {
    const locals = res.locals as Locals | undefined;
    let ctx = locals?.[CTX] ?? req[CTX];
    if (!ctx) {
      ctx = gate.context(nodeGateRequest(req, req.originalUrl ?? req.url, req.body));
      exposed ??= exposeOn(req);
      if (locals && exposed && req.res === res) locals[CTX] = ctx;
      else {
        // Not behind Express's own request set-up (no res.locals or prototype): plain properties.
        req[CTX] = ctx;
        req.tollgate = ctx;
      }
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
