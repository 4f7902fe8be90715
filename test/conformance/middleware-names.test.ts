import { createGate } from '@tollgate/core';
import { tollgate as expressTollgate } from '@tollgate/express';
import { tollgate as honoTollgate } from '@tollgate/hono';
import { tollgate as koaTollgate } from '@tollgate/koa';
import { describe, expect, it } from 'vitest';
import { captureLogger } from '../support/audit-capture.js';
import { conformancePolicy } from './fixtures.js';

/** Every adapter's factories return named functions: stack traces and framework introspection show them. */
describe.each([
  ['hono', honoTollgate],
  ['express', expressTollgate],
  ['koa', koaTollgate],
] as const)('%s middleware names', (_name, bind) => {
  it('are the same on every adapter', () => {
    const set = bind(createGate({ policy: conformancePolicy(), logger: captureLogger().logger }));
    expect([set.auth().name, set.rateLimit().name, set.validate().name, set.logger().name, set.protect().name]).toEqual([
      'tollgateAuth',
      'tollgateRateLimit',
      'tollgateValidate',
      'tollgateLogger',
      'tollgateProtect',
    ]);
  });
});
