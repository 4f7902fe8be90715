import { randomUUID } from 'node:crypto';
import { createGate, PROBLEM_CONTENT_TYPE } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLine, captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { conformancePolicy } from './fixtures.js';
import { scenarios, type HeaderExpectation } from './scenarios.js';

let running: RunningApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe.each(ADAPTERS)('%s', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    it.each(scenarios)('$name', async (row) => {
      // A fresh gate per row: rows never share counters, so each can run alone.
      const { logger, lines } = captureLogger();
      const gate = createGate({ policy: conformancePolicy(), logger });
      running = await startApp(adapter, gate, mount);
      for (const before of row.before ?? []) await send(running.url, before);

      const requestId = row.request.headers?.['x-request-id'] ?? `row-${randomUUID()}`;
      const res = await send(running.url, { ...row.request, headers: { 'x-request-id': requestId, ...row.request.headers } });
      const { expect: want } = row;

      expect(res.status, res.text).toBe(want.status);
      for (const [name, value] of Object.entries(want.headers ?? {})) checkHeader(res.headers[name], value, name);
      if (want.problem) {
        expect(res.headers['content-type']).toMatch(new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`));
        expect(res.json).toMatchObject({ code: want.problem, status: want.status, requestId });
        const problem = res.json as Record<string, unknown>;
        expect(typeof problem['type']).toBe('string');
        expect(typeof problem['title']).toBe('string');
        expect(typeof problem['detail']).toBe('string');
        expect(res.text).not.toMatch(/\bat .+\.(?:ts|js):\d+/); // no stack traces
        // The providers' envelope, so official SDKs show the same detail.
        expect(problem['error']).toMatchObject({ message: problem['detail'], code: want.problem });
        for (const part of want.detail ?? []) expect(problem['detail']).toContain(part);
      }
      if (want.body) expect(res.json).toMatchObject(want.body);
      if (want.audit) expect(await auditLine(lines, requestId)).toMatchObject({ requestId, ...want.audit });
      // Nothing a body could carry may reach Object.prototype (case 31).
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
});

function checkHeader(actual: string | undefined, want: HeaderExpectation, name: string): void {
  if (want === null) expect(actual, name).toBeUndefined();
  else if (typeof want === 'string') expect(actual, name).toBe(want);
  else expect(actual, name).toMatch(want);
}
