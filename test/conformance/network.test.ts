import { createGate, type Gate } from '@tollgate/core';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { checkAnswer, sendRow } from '../support/row-check.js';
import { keys } from './fixtures.js';
import { netPolicies, prepareStores, REDIS_URL, redisPrefix, storeKeys } from './network.fixtures.js';
import { netScenarios } from './network.scenarios.js';

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

      const { res, requestId } = await sendRow(running.url, row.request());
      await checkAnswer(res, row.expect, requestId, lines);
      // Keys are never logged: no line carries any plain key's secret part.
      const logged = JSON.stringify(lines);
      const plain = [keys.good.key, ...Object.values(storeKeys).flatMap((s) => Object.values(s))];
      for (const key of plain) expect(logged).not.toContain(key.split('_')[3]);
    });
  });
});
