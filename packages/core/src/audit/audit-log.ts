import winston from 'winston';
import type { RequestContext } from '../context.js';

/** One audit line per request. Only Tollgate's own fields are logged: no headers, no body, no secrets. */
export interface AuditRecord {
  readonly message: 'tollgate.request';
  readonly requestId: string;
  readonly route: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** `would-deny`: monitor mode let through a request a rule would have blocked. */
  readonly decision: 'allow' | 'deny' | 'would-deny' | 'error';
  readonly rule?: string;
  readonly code?: string;
  readonly wouldDeny?: readonly string[];
  /** Guards that flagged, redacted or masked content (`prompt-injection`, `pii`); never the text. */
  readonly flagged?: readonly string[];
  readonly principal?: string;
  readonly tenant?: string;
  readonly clientIp: string;
  readonly latencyMs: number;
  readonly 'gen_ai.request.model'?: string;
  readonly 'gen_ai.usage.input_tokens'?: number;
  readonly 'gen_ai.usage.output_tokens'?: number;
}

const MAX_PATH_IN_LOG = 2048;

const MESSAGE = Symbol.for('message');

/**
 * Audit records are plain data Tollgate builds itself (no cycles, no BigInt), so JSON.stringify is safe;
 * winston's json() runs safe-stable-stringify, which sorts keys and costs several times more per line.
 */
export const auditJsonFormat = winston.format((info) => {
  const line: Record<string, unknown> = { timestamp: new Date().toISOString() };
  for (const key in info) line[key] = info[key];
  (info as Record<symbol, unknown>)[MESSAGE] = JSON.stringify(line);
  return info;
});

export function defaultAuditLogger(level: string): winston.Logger {
  return winston.createLogger({
    level,
    format: auditJsonFormat(),
    transports: [new winston.transports.Console()],
  });
}

/** Writes audit lines; a failing transport is reported once and never fails a request. */
export class AuditLog {
  #reportedFailure = false;

  constructor(readonly logger: winston.Logger) {
    logger.on('error', (err: Error) => this.#failed(err));
  }

  write(ctx: RequestContext, status: number): AuditRecord {
    const record = buildRecord(ctx, status);
    const level = record.decision === 'error' ? 'error' : record.decision === 'deny' ? 'warn' : 'info';
    try {
      // One info object: winston would append a `message` found in meta to the message argument.
      this.logger.log({ level, ...record });
    } catch (err) {
      this.#failed(err as Error);
    }
    return record;
  }

  #failed(err: Error): void {
    if (this.#reportedFailure) return;
    this.#reportedFailure = true;
    process.emitWarning(`Tollgate audit logging failed: ${err.message}`, { code: 'TG_AUDIT_TRANSPORT' });
  }
}

function buildRecord(ctx: RequestContext, status: number): AuditRecord {
  const stopped = ctx.stoppedBy;
  const p = ctx.principal;
  const body = ctx.body as { model?: unknown } | undefined;
  const model = ctx.usage?.model ?? (typeof body?.model === 'string' ? body.model : undefined);
  const path = ctx.request.path;
  return {
    message: 'tollgate.request',
    requestId: ctx.requestId,
    route: ctx.routeId,
    method: ctx.request.method,
    path: path.length > MAX_PATH_IN_LOG ? path.slice(0, MAX_PATH_IN_LOG) + '…' : path,
    status,
    decision: stopped ? stopped.kind : ctx.wouldDeny.length > 0 ? 'would-deny' : 'allow',
    ...(stopped ? { rule: stopped.rule, code: stopped.problem.code } : {}),
    ...(ctx.wouldDeny.length > 0 ? { wouldDeny: ctx.wouldDeny.map((d) => d.rule) } : {}),
    ...(ctx.flagged.length > 0 ? { flagged: [...new Set(ctx.flagged.map((f) => f.guard))] } : {}),
    ...(p ? { principal: p.id, ...(p.tenant !== undefined ? { tenant: p.tenant } : {}) } : {}),
    clientIp: ctx.clientIp,
    latencyMs: Math.round((performance.now() - ctx.startedAt) * 1000) / 1000,
    ...(model !== undefined ? { 'gen_ai.request.model': model } : {}),
    ...(ctx.usage?.inputTokens !== undefined ? { 'gen_ai.usage.input_tokens': ctx.usage.inputTokens } : {}),
    ...(ctx.usage?.outputTokens !== undefined ? { 'gen_ai.usage.output_tokens': ctx.usage.outputTokens } : {}),
  };
}
