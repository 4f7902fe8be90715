import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateApiKey, hashApiKey, type ApiKeyRecord } from '@tollgate/core';
import type { Io } from './io.js';

export interface CreateOptions {
  env?: string;
  id?: string;
  file?: string;
  principal?: string;
  tenant?: string;
  roles?: string[];
  scopes?: string[];
  expiresAt?: string;
}

/**
 * `tollgate keys create`: prints the plain key once; stores (or prints) only the record with its hash.
 */
export function createKey(options: CreateOptions, io: Io): number {
  const generated = generateApiKey({ ...(options.env ? { env: options.env } : {}), ...(options.id ? { id: options.id } : {}) });
  const record: ApiKeyRecord = {
    id: generated.id,
    hash: generated.hash,
    ...(options.principal ? { principal: options.principal } : {}),
    ...(options.tenant ? { tenant: options.tenant } : {}),
    ...(options.roles?.length ? { roles: options.roles } : {}),
    ...(options.scopes?.length ? { scopes: options.scopes } : {}),
    ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
  };
  if (options.file) {
    const path = resolve(io.cwd, options.file);
    const existing = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { keys?: ApiKeyRecord[] }) : { keys: [] };
    const keys = existing.keys ?? [];
    if (keys.some((k) => k.id === record.id)) {
      io.err(`a key with id ${record.id} already exists in ${path}; pick another --id.`);
      return 1;
    }
    // Write then rename, so a reader (or a watcher reloading the file) never sees half a file.
    writeFileSync(`${path}.tmp`, JSON.stringify({ ...existing, keys: [...keys, record] }, null, 2) + '\n', { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
    io.out(`added key ${record.id} to ${path}`);
  } else {
    io.out('Add this record under keys.inline in your policy:');
    io.out(JSON.stringify(record));
  }
  io.out('');
  io.out(`API key (shown once, store it now): ${generated.key}`);
  return 0;
}

/** `tollgate keys hash <key>`: the hash to put in a policy for a key made elsewhere. */
export function hashKey(key: string, io: Io): number {
  io.out(hashApiKey(key.trim()));
  return 0;
}
