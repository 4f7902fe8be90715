import { randomUUID } from 'node:crypto';
import { createGate, PROBLEM_CONTENT_TYPE } from '@tollgate/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLine, captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { tokenKit, tokenPolicy, type TokenKit } from './tokens.fixtures.js';
import { tokenScenarios } from './tokens.scenarios.js';

let kit: TokenKit;
let running: RunningApp | undefined;
beforeAll(async () => {
  kit = await tokenKit();
});
afterAll(async () => {
  await kit?.close();
});
afterEach(async () => {
  kit.idp.fault = undefined;
  await running?.close();
  running = undefined;
});

describe.each(ADAPTERS)('%s', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    it.each(tokenScenarios)('$name', async (row) => {
      const { logger, lines } = captureLogger();
      const gate = createGate({ policy: tokenPolicy(kit), logger });
      running = await startApp(adapter, gate, mount);
      kit.idp.fault = row.fault;
      const request = row.request(kit);
      const requestId = `row-${randomUUID()}`;
      const res = await send(running.url, { ...request, headers: { 'x-request-id': requestId, ...request.headers } });
      const want = row.expect;

      expect(res.status, res.text).toBe(want.status);
      for (const [name, value] of Object.entries(want.headers ?? {})) {
        if (value === null) expect(res.headers[name], name).toBeUndefined();
        else if (typeof value === 'string') expect(res.headers[name], name).toBe(value);
        else expect(res.headers[name], name).toMatch(value);
      }
      if (want.problem) {
        expect(res.headers['content-type']).toMatch(new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`));
        expect(res.json).toMatchObject({ code: want.problem, status: want.status, requestId });
        expect(res.text).not.toMatch(/\bat .+\.(?:ts|js):\d+/);
        for (const part of want.detail ?? []) expect((res.json as { detail: string }).detail).toContain(part);
      }
      if (want.body) expect(res.json).toMatchObject(want.body);
      if (want.audit) expect(await auditLine(lines, requestId)).toMatchObject({ requestId, ...want.audit });
      // Case 5: `jku`, `x5u` and embedded keys never make us fetch anything but the configured JWKS.
      expect(kit.tripwire.hits).toBe(0);
    });
  });
});
