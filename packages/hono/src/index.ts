import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Transformer } from 'node:stream/web';
import type { TLSSocket } from 'node:tls';
import type { Context, MiddlewareHandler, Next } from 'hono';
import {
  denialBody,
  middlewareSet,
  PROBLEM_CONTENT_TYPE,
  type CompiledRoute,
  type Gate,
  type BodySource,
  type GateRequest,
  type RequestContext,
  type Stage,
  type TollgateContext,
  type TollgateMiddlewares,
} from '@tollgate/core';

/** The Hono env Tollgate's middlewares add: `c.get('tollgate')` is typed. */
export interface TollgateEnv {
  Variables: { tollgate: TollgateContext };
}

type Handler = MiddlewareHandler<TollgateEnv>;

/** Tollgate's middlewares for Hono: the same factories and options as every adapter. */
export type TollgateHono = TollgateMiddlewares<Handler>;

export interface HonoAdapterOptions {
  /**
   * How to find the client's address where Hono does not run on @hono/node-server (Bun, Deno, Workers).
   * @default the node-server socket's `remoteAddress`
   * @example { clientAddress: (c) => c.env.requestIP(c.req.raw)?.address }
   */
  clientAddress?: (c: Context) => string | undefined;
}

const CTX = Symbol('tollgate.context');
type Carrier = Context<TollgateEnv> & { [CTX]?: RequestContext<CompiledRoute> };
type NodeBindings = { incoming?: IncomingMessage; outgoing?: ServerResponse } | undefined;

/**
 * Binds a gate to Hono.
 * @example
 * const gate = tollgate(createGate({ policy: './tollgate.yaml' }));
 * app.use(gate.logger(), gate.auth());
 * app.post('/v1/chat/completions', gate.rateLimit(), gate.validate('openai.chat'), handler);
 */
export function tollgate(gate: Gate, options: HonoAdapterOptions = {}): TollgateHono {
  const contextOf = (c: Carrier): RequestContext<CompiledRoute> => {
    let ctx = c[CTX];
    if (!ctx) {
      ctx = gate.context(new HonoGateRequest(c, options));
      c[CTX] = ctx;
      c.set('tollgate', ctx);
    }
    return ctx;
  };

  const finishWhenDone = (c: Context<TollgateEnv>, ctx: RequestContext<CompiledRoute>): void => {
    const res = c.res;
    // A stream's audit line waits for its end, so usage settled while streaming is recorded.
    // Content type first: touching res.body makes node-server turn its cheap response into a full one.
    if (res.headers.get('content-type')?.startsWith('text/event-stream') && res.body) {
      const outgoing = (c.env as NodeBindings)?.outgoing;
      if (outgoing) {
        outgoing.once('close', () => gate.finish(ctx, outgoing.writableFinished ? res.status : 499));
      } else {
        const tap = new TransformStream<Uint8Array, Uint8Array>({ flush: () => void gate.finish(ctx, res.status) });
        c.res = new Response(res.body.pipeThrough(tap), res);
      }
      return;
    }
    gate.finish(ctx, res.status);
  };

  const run = (stage: Stage, withLogger: boolean): Handler => {
    return async (c, next) => {
      const ctx = contextOf(c);
      const audit = withLogger && !ctx.auditScheduled;
      if (audit) ctx.auditScheduled = true;
      const pending = stage(ctx);
      const decision = pending instanceof Promise ? await pending : pending;
      if (!decision.allowed) {
        const res = c.body(denialBody(decision), decision.status as 400, {
          ...decision.headers,
          'content-type': PROBLEM_CONTENT_TYPE,
        });
        if (audit) gate.finish(ctx, decision.status);
        return res;
      }
      // Hono's own body readers (c.req.json(), text(), ...) answer from this cache: no second read.
      // Replaced, not added to: a cache the app filled first must not hand out a body guards rewrote since.
      if (ctx.bodyText !== undefined) c.req.bodyCache = { text: Promise.resolve(ctx.bodyText) } as unknown as typeof c.req.bodyCache;
      // Set before next(): c.json()/c.body() pick them up for free. Setting them on a finished response instead
      // makes Hono rebuild it, which on node-server costs about a third of the request's CPU.
      let first: string | undefined;
      for (const header in decision.headers) {
        first ??= header;
        c.header(header, decision.headers[header] as string);
      }
      try {
        await next();
      } catch (err) {
        endWhenDone(c, ctx, true);
        throw err;
      }
      endWhenDone(c, ctx, false);
      // A handler that returned its own Response (a proxied stream) did not get them: add them now.
      if (first !== undefined && c.res.headers.get(first) === null) {
        for (const header in decision.headers) c.header(header, decision.headers[header] as string);
      }
      if (audit) finishWhenDone(c, ctx);
    };
  };

  return middlewareSet(gate, run, (): Handler => async (c: Context<TollgateEnv>, next: Next): Promise<void> => {
    const ctx = contextOf(c);
    if (ctx.auditScheduled) return next();
    ctx.auditScheduled = true;
    await next();
    finishWhenDone(c, ctx);
  });
}

/**
 * Lifecycle hook: tells the core when the response ended (sent, failed or aborted), so concurrency slots are
 * freed even without logger(). On node-server the socket's close says it; elsewhere the body stream's end.
 */
function endWhenDone(c: Context<TollgateEnv>, ctx: RequestContext<CompiledRoute>, failed: boolean): void {
  if (ctx.endScheduled || !ctx.limitsHook) return;
  ctx.endScheduled = true;
  const outgoing = (c.env as NodeBindings)?.outgoing;
  if (outgoing) {
    if (outgoing.closed) ctx.ended();
    else outgoing.once('close', () => ctx.ended());
    return;
  }
  const res = c.res;
  if (failed || !res.body) return ctx.ended();
  const end: Transformer<Uint8Array, Uint8Array> & { cancel?: () => void } = { flush: () => ctx.ended(), cancel: () => ctx.ended() };
  c.res = new Response(res.body.pipeThrough(new TransformStream(end)), res);
}

/**
 * The GateRequest over a Hono context. A class, not an object literal: a literal with a getter and closures
 * gets a hidden class of its own per request (V8 keeps accessor functions in the map), which sent it to
 * dictionary mode and made every scavenge walk the old-space maps: 90,000 instructions a request
 * (bench/instructions.js). Everything but the method and path is read when a stage asks.
 */
class HonoGateRequest implements GateRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly #c: Context;
  readonly #options: HonoAdapterOptions;
  readonly #incoming: IncomingMessage | undefined;
  #body: BodySource | undefined = undefined;

  constructor(c: Context, options: HonoAdapterOptions) {
    const raw = c.req.raw;
    const url = raw.url;
    const q = url.indexOf('?');
    this.method = raw.method;
    this.path = c.req.path;
    this.query = q === -1 ? '' : url.slice(q + 1);
    this.#c = c;
    this.#options = options;
    this.#incoming = (c.env as NodeBindings)?.incoming;
  }

  header(name: string): string | undefined {
    // On @hono/node-server read headers from IncomingMessage: touching raw.headers builds a Headers object.
    const nodeHeaders = this.#incoming?.headers;
    if (!nodeHeaders) return this.#c.req.raw.headers.get(name) ?? undefined;
    const v = nodeHeaders[name];
    return Array.isArray(v) ? v.join(', ') : v;
  }

  get remoteAddress(): string | undefined {
    return this.#options.clientAddress ? this.#options.clientAddress(this.#c) : this.#incoming?.socket?.remoteAddress;
  }

  get encrypted(): boolean {
    const incoming = this.#incoming;
    return incoming ? Boolean((incoming.socket as TLSSocket | undefined)?.encrypted) : this.#c.req.raw.url.startsWith('https:');
  }

  /**
   * Decided when a stage reads it, so a c.req.json() between auth() and validate() is still seen. On
   * @hono/node-server the socket stream is read directly: touching raw.body would make node-server build a
   * full WHATWG Request (abort signal, web stream), a large share of a request's cost. Handlers read the body
   * from c.get('tollgate').body or c.req.json(), which answer from the cache the middleware fills.
   */
  get body(): BodySource {
    const c = this.#c;
    return (this.#body ??= Object.keys(c.req.bodyCache).length > 0
      ? { kind: 'buffered', load: () => c.req.arrayBuffer().then((ab) => new Uint8Array(ab)) }
      : this.#incoming
        ? { kind: 'node', stream: this.#incoming }
        : { kind: 'web', stream: c.req.raw.body });
  }
}

export type { TollgateContext } from '@tollgate/core';
