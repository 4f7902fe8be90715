import winston from 'winston';
import Transport from 'winston-transport';

/** A winston logger whose lines land in an array, so rows can assert on the audit line. */
export function captureLogger(): { logger: winston.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  class Memory extends Transport {
    override log(info: Record<string, unknown>, done: () => void): void {
      lines.push(info);
      done();
    }
  }
  return { logger: winston.createLogger({ level: 'debug', transports: [new Memory()] }), lines };
}

/** Audit lines are written when the response closes, a moment after the client has it. */
export async function auditLine(lines: Record<string, unknown>[], requestId: string, timeoutMs = 2000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const line = lines.find((l) => l['message'] === 'tollgate.request' && l['requestId'] === requestId);
    if (line) return line;
    if (Date.now() > deadline) throw new Error(`no audit line for request ${requestId}; have ${JSON.stringify(lines)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
