import { createGate } from '@tollgate/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { checkAnswer, sendRow } from '../support/row-check.js';
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
      const { res, requestId } = await sendRow(running.url, row.request(kit));
      await checkAnswer(res, row.expect, requestId, lines);
      // Case 5: `jku`, `x5u` and embedded keys never make us fetch anything but the configured JWKS.
      expect(kit.tripwire.hits).toBe(0);
    });
  });
});
