import { createGate, TollgateConfigError } from '@tollgate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLine, captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { checkAnswer, sendRow } from '../support/row-check.js';
import { bearer, keys } from './fixtures.js';
import { guardsPolicy } from './guards.fixtures.js';
import { guardScenarios } from './guards.scenarios.js';

describe.each(ADAPTERS)('%s', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    // One app per adapter and mount: the guard routes have no limits, so rows cannot affect each other.
    const { logger, lines } = captureLogger();
    let app: RunningApp;
    beforeAll(async () => {
      app = await startApp(adapter, createGate({ policy: guardsPolicy(), logger }), mount);
    });
    afterAll(() => app.close());

    it.each(guardScenarios)('case $case: $name', async (row) => {
      const { res, requestId } = await sendRow(app.url, row.request, 'guard');
      const want = row.expect;
      await checkAnswer(res, { ...want, audit: undefined }, requestId);
      const line = await auditLine(lines, requestId);
      if (want.audit) expect(line).toMatchObject(want.audit);
      // Guards name the rule, role and message: never the text or the value they found.
      for (const s of row.secret ?? []) {
        if (want.status !== 200) expect(res.text).not.toContain(s);
        expect(JSON.stringify(line)).not.toContain(s);
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
});

describe('case 38: user-supplied guard regexes are checked when the policy loads', () => {
  it.each([
    ['an injection rule', { injection: { rules: [{ name: 'evil', pattern: '(x+x+)+y' }] } }],
    ['a PII pattern', { pii: { patterns: [{ name: 'ID', pattern: '^(\\w+\\s?)*$' }] } }],
  ])('%s with nested quantifiers: TG_REGEX_UNSAFE at start-up', (_label, guards) => {
    const policy = guardsPolicy();
    const route = policy.routes![0]!;
    const error = (() => {
      try {
        createGate({ policy: { ...policy, routes: [{ ...route, validate: { ...(route.validate as object), guards } }] } });
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(TollgateConfigError);
    expect((error as TollgateConfigError).code).toBe('TG_REGEX_UNSAFE');
    expect((error as Error).message).toMatch(/routes\[0\] \(guarded\)/);
  });
});

describe.each(ADAPTERS)('%s with its own body parser first', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    const { logger } = captureLogger();
    let app: RunningApp;
    beforeAll(async () => {
      app = await startApp(adapter, createGate({ policy: guardsPolicy(), logger }), mount, { preparse: 'first' });
    });
    afterAll(() => app.close());

    it.each([
      { name: 'a clamped body replaces the one the app parsed', path: '/v1/guarded', body: { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], max_tokens: 9999 }, want: { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }], max_tokens: 1000 } },
      { name: 'a masked body replaces the one the app parsed', path: '/v1/masked', body: { model: 'm', messages: [{ role: 'user', content: 'to a@b.io' }] }, want: { model: 'm', messages: [{ role: 'user', content: 'to [EMAIL_1]' }] } },
    ])('$name', async ({ path, body, want }) => {
      const res = await send(app.url, { method: 'POST', path, headers: bearer(keys.good.key), body });
      expect(res.status, res.text).toBe(200);
      expect(res.json).toMatchObject({ body: want });
    });
  });
});
