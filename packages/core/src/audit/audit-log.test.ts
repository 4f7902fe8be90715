import { Writable } from 'node:stream';
import winston from 'winston';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGate } from '../gate.js';
import type { GateRequest } from '../request.js';
import type { PolicyDocument } from '../policy/types.js';
import { auditJsonFormat } from './audit-log.js';

const POLICY: PolicyDocument = { version: 1, defaults: { auth: false } };

const request = (headers: Record<string, string> = {}): GateRequest => ({
  method: 'POST',
  path: '/v1/chat/completions',
  query: '',
  header: (name) => headers[name],
  remoteAddress: '::ffff:10.1.2.3',
  encrypted: false,
  body: { kind: 'none' },
});

/** A winston logger whose formatted lines (what a transport would write) land in an array. */
function winstonLines(level = 'info'): { logger: winston.Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    objectMode: true,
    write(info: Record<symbol, string>, _enc, done) {
      lines.push(info[Symbol.for('message')] as string);
      done();
    },
  });
  return { logger: winston.createLogger({ level, format: auditJsonFormat(), transports: [new winston.transports.Stream({ stream })] }), lines };
}

afterEach(() => vi.restoreAllMocks());

describe('audit lines', () => {
  it('are the same JSON, timestamp first, through winston or straight to a stream', async () => {
    const viaWinston = winstonLines();
    const streamed: string[] = [];
    const gates = [
      createGate({ policy: POLICY, logger: viaWinston.logger }),
      createGate({ policy: POLICY, logger: winstonLines().logger, auditStream: { write: (line: string) => streamed.push(line) } }),
    ];
    for (const gate of gates) {
      const ctx = gate.context(request({ 'x-request-id': 'req-1' }));
      await gate.protect()(ctx);
      gate.finish(ctx, 200);
    }
    await new Promise((r) => setImmediate(r));
    expect(streamed).toHaveLength(1);
    expect(streamed[0]?.endsWith('\n')).toBe(true);
    for (const line of [viaWinston.lines[0] as string, streamed[0] as string]) {
      const parsed = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(parsed).slice(0, 3)).toEqual(['timestamp', 'level', 'message']);
      expect(parsed).toMatchObject({ level: 'info', message: 'tollgate.request', requestId: 'req-1', route: 'default', status: 200, decision: 'allow', clientIp: '10.1.2.3' });
      expect(Number.isNaN(Date.parse(parsed['timestamp'] as string))).toBe(false);
    }
  });

  it('go to the stream by the policy level: denials at warn, allowed requests only at info', () => {
    const streamed: string[] = [];
    const gate = createGate({ policy: { ...POLICY, audit: { level: 'warn' } }, auditStream: { write: (line: string) => streamed.push(line) } });
    const allowed = gate.context(request());
    gate.finish(allowed, 200);
    const denied = gate.context(request());
    denied.note({ allowed: false, kind: 'deny', status: 401, headers: {}, problem: { type: 't', title: 'x', status: 401, code: 'TG_AUTH_MISSING', detail: 'd' }, stage: 'auth', rule: 'apiKey', reason: { kind: 'auth', code: 'missing' } });
    gate.finish(denied, 401);
    expect(streamed.map((l) => (JSON.parse(l) as { level: string; code?: string }))).toEqual([expect.objectContaining({ level: 'warn', code: 'TG_AUTH_MISSING' })]);
  });

  it('never fail a request when the stream fails: one TG_AUDIT_TRANSPORT warning', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const gate = createGate({
      policy: POLICY,
      auditStream: {
        write: () => {
          throw new Error('disk full');
        },
      },
    });
    for (let i = 0; i < 3; i++) expect(gate.finish(gate.context(request()), 200).decision).toBe('allow');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[1]).toMatchObject({ code: 'TG_AUDIT_TRANSPORT' });
  });

  it('do not make a request id or resolve the client for requests that are never logged', () => {
    const gate = createGate({ policy: POLICY, auditStream: { write: () => true } });
    const headers = vi.fn((): string | undefined => undefined);
    const ctx = gate.context({ ...request(), header: headers });
    expect(headers).not.toHaveBeenCalled();
    expect(ctx.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.requestId).toBe(ctx.requestId);
    expect(headers).toHaveBeenCalledTimes(1);
  });
});
