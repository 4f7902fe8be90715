import { createGate } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { checkAnswer, sendRow } from '../support/row-check.js';
import { conformancePolicy } from './fixtures.js';
import { scenarios } from './scenarios.js';

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

      const { res, requestId } = await sendRow(running.url, row.request);
      await checkAnswer(res, row.expect, requestId, lines);
      // Nothing a body could carry may reach Object.prototype (case 31).
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
});
