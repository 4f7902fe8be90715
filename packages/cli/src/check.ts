import { createGate, TollgateConfigError } from '@tollgate/core';
import winston from 'winston';
import type { Io } from './io.js';

/** `tollgate check <policy>`: loads the policy exactly as createGate() would and summarises it. */
export function check(file: string, io: Io): number {
  try {
    // A silent logger: checking must not print audit lines.
    const gate = createGate({ policy: file, cwd: io.cwd, logger: winston.createLogger({ silent: true }) });
    const doc = gate.policy.document;
    io.out(`ok: ${gate.policy.path}`);
    io.out(`  routes: ${gate.routeIds().join(', ')}`);
    io.out(`  keys: ${(doc.keys?.inline?.length ?? 0)} inline${doc.keys?.file ? ` + file ${doc.keys.file}` : ''}${doc.keys?.redis ? ' + redis' : ''}`);
    void gate.close();
    return 0;
  } catch (err) {
    if (err instanceof TollgateConfigError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
}
