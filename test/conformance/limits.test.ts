import { createGate } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { checkAnswer, sendRow } from '../support/row-check.js';
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

      const { res, requestId } = await sendRow(running.url, row.request);
      await checkAnswer(res, row.expect, requestId, lines);
      // Case 29: no key, principal or tenant ever appears in the RateLimit fields.
      for (const field of ['ratelimit', 'ratelimit-policy']) expect(res.headers[field] ?? '').not.toMatch(/alice|bob|acme|tg_test/);
      if (row.expect.status === 429) {
        expect(res.headers['retry-after']).toMatch(/^\d+$/);
        expect(Array.isArray((res.json as Record<string, unknown>)['violated'])).toBe(true);
      }
      gate.close();
    });
  });
});
