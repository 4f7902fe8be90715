import { randomUUID } from 'node:crypto';
import { createGate } from '@tollgate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { ADAPTERS, MOUNTS, startApp, type AdapterName, type AppOptions, type Mount, type RunningApp } from '../support/apps.js';
import { send } from '../support/http-client.js';
import { bearer, chatBody, conformancePolicy, keys } from './fixtures.js';

/** Rows for apps whose own body parser ran first: Tollgate reuses the parsed body and still checks it. */
const rows = [
  { name: 'a valid body is reused and passed on unchanged', body: JSON.stringify(chatBody), status: 200, code: undefined },
  { name: 'a wrong type is still refused, naming the field', body: JSON.stringify({ ...chatBody, n: 'two' }), status: 400, code: 'TG_BODY_INVALID' },
  {
    name: '__proto__ that JSON.parse kept as an own key is still refused',
    body: '{"model":"m","messages":[{"role":"user","content":"x"}],"__proto__":{"polluted":true}}',
    status: 400,
    code: 'TG_BODY_FORBIDDEN_KEY',
  },
  { name: 'deep nesting is still refused', body: '{"model":"m","messages":' + '['.repeat(200) + ']'.repeat(200) + '}', status: 400, code: 'TG_BODY_TOO_DEEP' },
] as const;

let running: RunningApp | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function check(adapter: AdapterName, mount: Mount, preparse: AppOptions['preparse'], row: (typeof rows)[number]): Promise<void> {
  const gate = createGate({ policy: conformancePolicy(), logger: captureLogger().logger });
  running = await startApp(adapter, gate, mount, { preparse });
  const res = await send(running.url, {
    method: 'POST',
    path: '/v1/chat/completions',
    headers: { ...bearer(keys.good.key), 'content-type': 'application/json', 'x-request-id': randomUUID() },
    body: row.body,
  });
  expect(res.status, res.text).toBe(row.status);
  if (row.code) expect(res.json).toMatchObject({ code: row.code });
  else expect(res.json).toMatchObject({ principal: 'alice', body: chatBody });
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

describe.each(ADAPTERS)('%s with its own body parser first', (adapter) => {
  describe.each(MOUNTS)('mounted as %s', (mount) => {
    it.each(rows)('$name', (row) => check(adapter, mount, 'first', row));
  });
});

// The body source is decided when validate() reads it, not when auth() made the request's context.
describe.each(ADAPTERS)('%s with its own body parser between auth() and validate()', (adapter) => {
  it.each(rows)('$name', (row) => check(adapter, 'separate', 'after-auth', row));
});
