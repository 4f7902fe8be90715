// Audit lines written straight to a stream (`createGate({ auditStream })`): one JSON line per request,
// allowed or denied, on every adapter and mount — the same lines winston would get.
import { createGate } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { sendRow } from '../support/row-check.js';
import { bearer, chatBody, conformancePolicy, keys } from './fixtures.js';

let running: RunningApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function lineFor(lines: string[], requestId: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const found = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l['requestId'] === requestId);
    if (found.length > 0) {
      expect(found, 'one line per request').toHaveLength(1);
      return found[0] as Record<string, unknown>;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no audit line for ${requestId}`);
}

describe.each(ADAPTERS)('%s', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    it('writes one JSON line per request to the stream, allowed and denied', async () => {
      const lines: string[] = [];
      const gate = createGate({ policy: conformancePolicy(), auditStream: { write: (line: string) => lines.push(line) } });
      running = await startApp(adapter, gate, mount);
      const chat = { method: 'POST', path: '/v1/chat/completions', body: chatBody };

      const ok = await sendRow(running.url, { ...chat, headers: bearer(keys.good.key) });
      expect(ok.res.status, ok.res.text).toBe(200);
      expect(await lineFor(lines, ok.requestId)).toMatchObject({ level: 'info', message: 'tollgate.request', status: 200, decision: 'allow', route: 'chat' });

      const denied = await sendRow(running.url, { ...chat, headers: { 'x-api-key': 'tg_live_nokey123_' + 'x'.repeat(32) } });
      expect(denied.res.status).toBe(401);
      expect(await lineFor(lines, denied.requestId)).toMatchObject({ level: 'warn', status: 401, decision: 'deny', code: 'TG_AUTH_INVALID' });
      for (const line of lines) expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
    });
  });
});
