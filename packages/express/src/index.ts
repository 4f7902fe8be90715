import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  applyHeaders,
  auditWhenDone,
  endWhenDone,
  nodeGateRequest,
  sendDenial,
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

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types are extended by merging into this namespace.
  namespace Express {
    interface Request {
      /** Tollgate's view of this request: principal, validated body, `settle()`. */
      tollgate?: TollgateContext;
    }
  }
}

/** Tollgate's middlewares for Express (4 and 5). All take the same options as the other adapters. */
export interface TollgateExpress {
  /** Authenticates the caller; sets `req.tollgate.principal` or answers 401/400. */
  auth(options?: AuthOptions): RequestHandler;
  /** Counts the request against the route's limits; answers 429 with `Retry-After` when over. */
  rateLimit(options?: RateLimitOptions): RequestHandler;
  /** Reads and validates the JSON body under the size cap; a schema name is shorthand for `{ schema }`. */
  validate(options?: string | ValidateOptions): RequestHandler;
  /** Writes one audit line per request when the response ends, denials included. Mount it first. */
  logger(): RequestHandler;
  /** logger + auth + validate + rateLimit, all from the route's policy. */
  protect(options?: StageOptions): RequestHandler;
}

const CTX = Symbol('tollgate.context');
type Carrier = Request & { [CTX]?: RequestContext<CompiledRoute> };

/**
 * Binds a gate to Express.
 * @example
 * const gate = tollgate(createGate({ policy: './tollgate.yaml' }));
 * app.use(gate.logger(), gate.auth());
 * app.post('/v1/chat/completions', gate.rateLimit(), gate.validate('openai.chat'), handler);
 */
export function tollgate(gate: Gate): TollgateExpress {
  const contextOf = (req: Carrier): RequestContext<CompiledRoute> => {
    let ctx = req[CTX];
    if (!ctx) {
      ctx = gate.context(nodeGateRequest(req, req.originalUrl ?? req.url, req.body));
      req[CTX] = ctx;
      req.tollgate = ctx;
    }
    return ctx;
  };

  const middleware = (name: string, stage: Stage, withLogger = false): RequestHandler => {
    const handler = (req: Request, res: Response, next: NextFunction): void => {
      const ctx = contextOf(req);
      if (withLogger) auditWhenDone(gate, ctx, res);
      stage(ctx).then((decision) => {
        if (!decision.allowed) return sendDenial(res, decision);
        applyHeaders(res, decision);
        endWhenDone(ctx, res);
        // Hand the validated body on: what the handler reads is exactly what was checked.
        if (ctx.bodyChecked && ctx.body !== undefined) req.body = ctx.body;
        next();
      }, next);
    };
    return Object.defineProperty(handler, 'name', { value: name });
  };

  return {
    auth: (options) => middleware('tollgateAuth', gate.stage('auth', options)),
    rateLimit: (options) => middleware('tollgateRateLimit', gate.stage('rateLimit', options)),
    validate: (options) => middleware('tollgateValidate', gate.stage('validate', options)),
    protect: (options) => middleware('tollgateProtect', gate.protect(options), true),
    logger() {
      return function tollgateLogger(req: Request, res: Response, next: NextFunction): void {
        auditWhenDone(gate, contextOf(req), res);
        next();
      };
    },
  };
}

export type { TollgateContext } from '@tollgate/core';
