import { randomUUID } from 'node:crypto';
import { PROBLEM_CONTENT_TYPE } from '@tollgate/core';
import { expect } from 'vitest';
import type { Scenario } from '../conformance/scenarios.js';
import { auditLine } from './audit-capture.js';
import { send, type Received, type SentRequest } from './http-client.js';

const PROBLEM_TYPE = new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`);

/** Sends a row's request with an `X-Request-Id` of its own (unless the row sets one), to find its audit line. */
export async function sendRow(url: string, request: SentRequest, prefix = 'row'): Promise<{ res: Received; requestId: string }> {
  const requestId = request.headers?.['x-request-id'] ?? `${prefix}-${randomUUID()}`;
  const res = await send(url, { ...request, headers: { 'x-request-id': requestId, ...request.headers } });
  return { res, requestId };
}

/**
 * What every conformance suite checks of an answer: status, headers, a problem+json body with the RFC 9457
 * members that names the cause and hides stack traces, the JSON body, and the audit line when `lines` is given.
 */
export async function checkAnswer(
  res: Received,
  want: Scenario['expect'],
  requestId: string,
  lines?: Record<string, unknown>[],
): Promise<void> {
  expect(res.status, res.text).toBe(want.status);
  for (const [name, value] of Object.entries(want.headers ?? {})) {
    if (value === null) expect(res.headers[name], name).toBeUndefined();
    else if (typeof value === 'string') expect(res.headers[name], name).toBe(value);
    else expect(res.headers[name], name).toMatch(value);
  }
  if (want.problem) {
    expect(res.headers['content-type']).toMatch(PROBLEM_TYPE);
    expect(res.json).toMatchObject({ code: want.problem, status: want.status, requestId });
    const problem = res.json as Record<string, unknown>;
    for (const member of ['type', 'title', 'detail']) expect(typeof problem[member], member).toBe('string');
    // The providers' envelope, so official SDKs show the same detail.
    expect(problem['error']).toMatchObject({ message: problem['detail'], code: want.problem });
    for (const part of want.detail ?? []) expect(problem['detail']).toContain(part);
    expect(res.text).not.toMatch(/\bat .+\.(?:ts|js):\d+/); // no stack traces
  }
  if (want.body) expect(res.json).toMatchObject(want.body);
  if (want.audit && lines) expect(await auditLine(lines, requestId)).toMatchObject({ requestId, ...want.audit });
}
