import { randomUUID } from 'node:crypto';
import { createGate, PROBLEM_CONTENT_TYPE, type Gate } from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { auditLine, captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { keys } from './fixtures.js';
import { netPolicies, prepareStores, REDIS_URL, redisPrefix, storeKeys } from './network.fixtures.js';
import { netScenarios } from './network.scenarios.js';
import type { HeaderExpectation } from './scenarios.js';

let running: RunningApp | undefined;
let gate: Gate | undefined;

beforeAll(prepareStores);
afterEach(async () => {
  await running?.close();
  await gate?.close();
  running = undefined;
  gate = undefined;
});
afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const names = await redis.keys(`${redisPrefix}*`);
  if (names.length) await redis.del(...names);
  await redis.quit();
});

describe.each(ADAPTERS)('%s', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    it.each(netScenarios)('$name', async (row) => {
      const { logger, lines } = captureLogger();
      gate = createGate({ policy: netPolicies[row.policy](), logger });
      running = await startApp(adapter, gate, mount);
      for (const before of row.before?.() ?? []) await send(running.url, before);

      const request = row.request();
      const requestId = `row-${randomUUID()}`;
      const res = await send(running.url, { ...request, headers: { 'x-request-id': requestId, ...request.headers } });
      const want = row.expect;

      expect(res.status, res.text).toBe(want.status);
      for (const [name, value] of Object.entries(want.headers ?? {})) checkHeader(res.headers[name], value, name);
      if (want.problem) {
        expect(res.headers['content-type']).toMatch(new RegExp(`^${PROBLEM_CONTENT_TYPE.replace('+', '\\+')}`));
        expect(res.json).toMatchObject({ code: want.problem, status: want.status, requestId });
        expect(res.text).not.toMatch(/\bat .+\.(?:ts|js):\d+/);
        for (const part of want.detail ?? []) expect((res.json as { detail: string }).detail).toContain(part);
      }
      if (want.body) expect(res.json).toMatchObject(want.body);
      if (want.audit) expect(await auditLine(lines, requestId)).toMatchObject({ requestId, ...want.audit });
      // Keys are never logged: no line carries any plain key's secret part.
      const logged = JSON.stringify(lines);
      const plain = [keys.good.key, ...Object.values(storeKeys).flatMap((s) => Object.values(s))];
      for (const key of plain) expect(logged).not.toContain(key.split('_')[3]);
    });
  });
});

function checkHeader(actual: string | undefined, want: HeaderExpectation, name: string): void {
  if (want === null) expect(actual, name).toBeUndefined();
  else if (typeof want === 'string') expect(actual, name).toBe(want);
  else expect(actual, name).toMatch(want);
}
