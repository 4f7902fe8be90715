import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestContext } from './context.js';
import type { Decision, DenyDecision, ErrorDecision } from './decision.js';
import type { Gate } from './gate.js';
import { PROBLEM_CONTENT_TYPE } from './http/problem.js';
import type { GateRequest } from './request.js';
import type { CompiledRoute } from './routes.js';

/**
 * Builds a GateRequest from Node's IncomingMessage: shared by the Express and Koa adapters, which both sit
 * on node:http. `url` is the original URL (before any router stripped a mount path).
 */
export function nodeGateRequest(req: IncomingMessage, url: string, parsedBody: unknown): GateRequest {
  const q = url.indexOf('?');
  const headers = req.headers;
  return {
    method: req.method ?? 'GET',
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? '' : url.slice(q + 1),
    header(name) {
      const v = headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    },
    remoteAddress: req.socket?.remoteAddress,
    encrypted: Boolean((req.socket as TLSSocket | undefined)?.encrypted),
    body: parsedBody !== undefined ? { kind: 'parsed', value: parsedBody } : { kind: 'node', stream: req },
  };
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
  for (const name in decision.headers) res.setHeader(name, decision.headers[name] as string);
}
