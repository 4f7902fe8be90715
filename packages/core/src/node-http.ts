import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestContext } from './context.js';
import { NO_HEADERS, type Decision, type DenyDecision, type ErrorDecision } from './decision.js';
import type { Gate } from './gate.js';
import { PROBLEM_CONTENT_TYPE } from './http/problem.js';
import type { BodySource, GateRequest } from './request.js';
import type { CompiledRoute } from './routes.js';

/**
 * A GateRequest over Node's IncomingMessage, shared by the Express and Koa adapters, which both sit on
 * node:http. A class rather than an object literal with a `header` closure: one allocation per request, and
 * what a stage may never ask for (the socket's address, the body source) is read only when asked.
 */
export class NodeGateRequest implements GateRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly #req: IncomingMessage;
  readonly #headers: IncomingHttpHeaders;
  readonly #bodyHolder: { readonly body?: unknown };
  #body: BodySource | undefined = undefined;

  /**
   * `url` is the original URL (before any router stripped a mount path); `bodyHolder` is where the framework's
   * body parser leaves a parsed body (Express: `req`, Koa: `ctx.request`), looked at only when the body is read,
   * so a parser mounted after auth() but before validate() is still seen.
   */
  constructor(req: IncomingMessage, url: string, bodyHolder: { readonly body?: unknown } = req as { body?: unknown }) {
    const q = url.indexOf('?');
    this.method = req.method ?? 'GET';
    this.path = q === -1 ? url : url.slice(0, q);
    this.query = q === -1 ? '' : url.slice(q + 1);
    this.#req = req;
    this.#headers = req.headers;
    this.#bodyHolder = bodyHolder;
  }

  header(name: string): string | undefined {
    const v = this.#headers[name];
    return Array.isArray(v) ? v.join(', ') : v;
  }

  get remoteAddress(): string | undefined {
    return this.#req.socket?.remoteAddress;
  }

  get encrypted(): boolean {
    return Boolean((this.#req.socket as TLSSocket | undefined)?.encrypted);
  }

  get body(): BodySource {
    if (this.#body === undefined) {
      const parsed = this.#bodyHolder.body;
      this.#body = parsed !== undefined ? { kind: 'parsed', value: parsed } : { kind: 'node', stream: this.#req };
    }
    return this.#body;
  }
}

/** Writes the audit line once the response is done — or the client went away (logged as 499). */
export function auditWhenDone(gate: Gate, ctx: RequestContext<CompiledRoute>, res: ServerResponse): void {
  if (ctx.auditScheduled) return;
  ctx.auditScheduled = true;
  res.once('close', () => {
    gate.finish(ctx, res.writableFinished ? res.statusCode : 499);
  });
}

/**
 * Lifecycle hook: tells the core when the response ended (finished, errored or aborted by the client), so
 * concurrency slots are freed even when logger() is not mounted. Called by every middleware; runs once.
 */
export function endWhenDone(ctx: RequestContext<CompiledRoute>, res: ServerResponse): void {
  if (ctx.endScheduled || !ctx.limitsHook) return;
  ctx.endScheduled = true;
  if (res.closed) ctx.ended();
  else res.once('close', () => ctx.ended());
}

/** The problem+json body and headers of a denial, ready to write. */
export function denialBody(decision: DenyDecision | ErrorDecision): string {
  return JSON.stringify(decision.problem);
}

/** Sends a denial on a raw ServerResponse; a response already started is left alone. */
export function sendDenial(res: ServerResponse, decision: DenyDecision | ErrorDecision): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = denialBody(decision);
  res.statusCode = decision.status;
  for (const name in decision.headers) res.setHeader(name, decision.headers[name] as string);
  res.setHeader('content-type', PROBLEM_CONTENT_TYPE);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** Copies an allow decision's headers (RateLimit fields) onto the response before the handler runs. */
export function applyHeaders(res: ServerResponse, decision: Decision): void {
  if (decision.headers === NO_HEADERS) return;
  for (const name in decision.headers) res.setHeader(name, decision.headers[name] as string);
}
