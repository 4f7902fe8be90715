import { randomUUID } from 'node:crypto';
import { createGate, PROBLEM_CONTENT_TYPE } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLine, captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { limitsPolicy } from './limits.fixtures.js';
import { limitsScenarios } from './limits.scenarios.js';

let running: RunningApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

describe.each(ADAPTERS)('limits on %s', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    it.each(limitsScenarios)('$name', async (row) => {
      const { logger, lines } = captureLogger();
      const gate = createGate({ policy: limitsPolicy(), logger });
      running = await startApp(adapter, gate, mount);
      for (const before of row.before ?? []) await send(running.url, before);

      const requestId = `row-${randomUUID()}`;
      const res = await send(running.url, { ...row.request, headers: { 'x-request-id': requestId, ...row.request.headers } });
      const want = row.expect;
      expect(res.status, res.text).toBe(want.status);
      for (const [name, value] of Object.entries(want.headers ?? {})) {
        if (value === null) expect(res.headers[name], name).toBeUndefined();
        else if (typeof value === 'string') expect(res.headers[name], name).toBe(value);
        else expect(res.headers[name], name).toMatch(value);
      }
      // Case 29: no key, principal or tenant ever appears in the RateLimit fields.
      for (const field of ['ratelimit', 'ratelimit-policy']) expect(res.headers[field] ?? '').not.toMatch(/alice|bob|acme|tg_test/);
      if (want.problem) {
        expect(res.headers['content-type']).toMatch(new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`));
        expect(res.json).toMatchObject({ code: want.problem, status: want.status, requestId });
        const problem = res.json as Record<string, unknown>;
        for (const part of want.detail ?? []) expect(problem['detail']).toContain(part);
        if (want.status === 429) {
          expect(res.headers['retry-after']).toMatch(/^\d+$/);
          expect(Array.isArray(problem['violated'])).toBe(true);
        }
      }
      if (want.body) expect(res.json).toMatchObject(want.body);
      if (want.audit) expect(await auditLine(lines, requestId)).toMatchObject({ requestId, ...want.audit });
      gate.close();
    });
  });
});
