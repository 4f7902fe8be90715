import { performance } from 'node:perf_hooks';
import type winston from 'winston';
import { winston as loadWinston } from '../lazy-modules.js';
import type { RequestContext } from '../context.js';

/** One audit line per request. Only Tollgate's own fields are logged: no headers, no body, no secrets. */
export interface AuditRecord {
  /** ISO 8601, when the line was written (the response's end). */
  readonly timestamp: string;
  /** `warn` for denials, `error` for internal and dependency errors, else `info`. */
  readonly level: 'info' | 'warn' | 'error';
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

/** Where `createGate({ auditStream })` writes audit lines: a file or `process.stdout` stream, or anything with write(). */
export interface AuditStream {
  write(line: string): unknown;
  on?(event: 'error', listener: (err: Error) => void): unknown;
}

const MAX_PATH_IN_LOG = 2048;

const MESSAGE = Symbol.for('message');

/**
 * Audit records are plain data Tollgate builds itself (no cycles, no BigInt), so JSON.stringify is safe;
 * winston's json() runs safe-stable-stringify, which sorts keys and costs several times more per line.
 * Tollgate's records already carry their timestamp first and are stringified as they are; other lines
 * (operational errors) get one put in front.
 */
export const auditJsonFormat = (options?: object): winston.Logform.Format => (jsonFormat ??= loadWinston().format(toJsonLine))(options);

let jsonFormat: winston.Logform.FormatWrap | undefined;

function toJsonLine(info: winston.Logform.TransformableInfo): winston.Logform.TransformableInfo {
  let line: Record<string, unknown> = info;
  if (typeof info['timestamp'] !== 'string') {
    line = { timestamp: new Date().toISOString() };
    for (const key in info) line[key] = info[key];
  }
  (info as Record<symbol, unknown>)[MESSAGE] = JSON.stringify(line);
  return info;
}

export function defaultAuditLogger(level: string): winston.Logger {
  const { createLogger, transports } = loadWinston();
  return createLogger({ level, format: auditJsonFormat(), transports: [new transports.Console()] });
}

/**
 * Writes audit lines, to the winston logger or — when a stream is given — straight to the stream, which skips
 * winston's per-line Transform pipeline (about 5 µs a line). A failing transport is reported once and never
 * fails a request.
 */
export class AuditLog {
  #reportedFailure = false;
  readonly #stream: AuditStream | undefined;
  /** Highest level (npm order: error 0, warn 1, info 2) the stream gets; winston filters its own. */
  readonly #streamLevel: number;
  #logger: winston.Logger | (() => winston.Logger);

  /**
   * `logger` may be a function that makes one: it is called at the first line the logger gets, so a gate that
   * writes to a stream, or logs nothing, never loads winston (lazy-modules.ts says why that matters).
   */
  constructor(logger: winston.Logger | (() => winston.Logger), stream?: AuditStream, level: AuditLevel = 'info') {
    this.#logger = logger;
    if (typeof logger !== 'function') this.#listen(logger);
    this.#stream = stream;
    this.#streamLevel = LEVELS[level];
    stream?.on?.('error', (err: Error) => this.#failed(err));
  }

  write(ctx: RequestContext, status: number): AuditRecord {
    const record = buildRecord(ctx, status);
    try {
      // The record is winston's info object as it is: one object per line, not three copies.
      if (this.#stream) {
        if (LEVELS[record.level] <= this.#streamLevel) this.#stream.write(JSON.stringify(record) + '\n');
      }
      else this.logger.log(record as AuditRecord & { message: string });
    } catch (err) {
      this.#failed(err as Error);
    }
    return record;
  }

  /** The winston logger: audit lines without a stream, and operational errors. */
  get logger(): winston.Logger {
    if (typeof this.#logger === 'function') this.#logger = this.#listen(this.#logger());
    return this.#logger;
  }

  #listen(logger: winston.Logger): winston.Logger {
    logger.on('error', (err: Error) => this.#failed(err));
    return logger;
  }

  #failed(err: Error): void {
    if (this.#reportedFailure) return;
    this.#reportedFailure = true;
    process.emitWarning(`Tollgate audit logging failed: ${err.message}`, { code: 'TG_AUDIT_TRANSPORT' });
  }
}

export type AuditLevel = 'error' | 'warn' | 'info' | 'debug';
const LEVELS: Record<AuditLevel, number> = { error: 0, warn: 1, info: 2, debug: 5 };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function buildRecord(ctx: RequestContext, status: number): AuditRecord {
  const stopped = ctx.stoppedBy;
  const decision = stopped ? stopped.kind : ctx.wouldDeny.length > 0 ? 'would-deny' : 'allow';
  const path = ctx.request.path;
  // Built field by field in the order the line shows them; optional fields are simply absent.
  const record: Mutable<AuditRecord> = {
    timestamp: new Date().toISOString(),
    level: decision === 'error' ? 'error' : decision === 'deny' ? 'warn' : 'info',
    message: 'tollgate.request',
    requestId: ctx.requestId,
    route: ctx.routeId,
    method: ctx.request.method,
    path: path.length > MAX_PATH_IN_LOG ? path.slice(0, MAX_PATH_IN_LOG) + '…' : path,
    status,
    decision,
    clientIp: ctx.clientIp,
    latencyMs: Math.round((performance.now() - ctx.startedAt) * 1000) / 1000,
  };
  if (stopped) {
    record.rule = stopped.rule;
    record.code = stopped.problem.code;
  }
  if (ctx.wouldDeny.length > 0) record.wouldDeny = ctx.wouldDeny.map((d) => d.rule);
  if (ctx.flagged.length > 0) record.flagged = [...new Set(ctx.flagged.map((f) => f.guard))];
  const p = ctx.principal;
  if (p) {
    record.principal = p.id;
    if (p.tenant !== undefined) record.tenant = p.tenant;
  }
  const usage = ctx.usage;
  const body = ctx.body as { model?: unknown } | undefined;
  const model = usage?.model ?? (typeof body?.model === 'string' ? body.model : undefined);
  if (model !== undefined) record['gen_ai.request.model'] = model;
  if (usage?.inputTokens !== undefined) record['gen_ai.usage.input_tokens'] = usage.inputTokens;
  if (usage?.outputTokens !== undefined) record['gen_ai.usage.output_tokens'] = usage.outputTokens;
  return record;
}
