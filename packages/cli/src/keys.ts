import { resolve } from 'node:path';
import {
  FileKeyAdmin,
  generateApiKey,
  hashApiKey,
  KeyAdminError,
  RedisKeyAdmin,
  type ApiKeyRecord,
  type KeyAdmin,
  type KeyListing,
  type NewKeyInput,
} from '@tollgate/core';
import type { Io } from './io.js';

/** Where `keys` commands act: a key file, a Redis store, or (create only) nowhere, printing the record. */
export interface StoreOptions {
  file?: string;
  redis?: string;
  prefix?: string;
}

export type CreateOptions = NewKeyInput & StoreOptions;

function openAdmin(options: StoreOptions, io: Io): KeyAdmin | undefined {
  if (options.file && options.redis) throw new KeyAdminError('give either --file or --redis, not both.');
  if (options.file) return new FileKeyAdmin(resolve(io.cwd, options.file));
  if (options.redis) return new RedisKeyAdmin(options.redis, options.prefix ?? 'tollgate:');
  return undefined;
}

function where(options: StoreOptions, io: Io): string {
  return options.file ? resolve(io.cwd, options.file) : `Redis (${options.prefix ?? 'tollgate:'}keys)`;
}

async function withAdmin(options: StoreOptions, io: Io, action: (admin: KeyAdmin) => Promise<number>): Promise<number> {
  const admin = openAdmin(options, io);
  if (!admin) {
    io.err('this command needs a store: --file <keys.json> or --redis <url> [--prefix <prefix>].');
    return 2;
  }
  try {
    return await action(admin);
  } finally {
    await admin.close();
  }
}

/** The one place the plain key is written: stdout, once, right after it was made. */
function showKeyOnce(key: string, io: Io): void {
  io.out('');
  io.out(`API key (shown once, store it now): ${key}`);
}

/** `tollgate keys create`: prints the plain key once; stores (or prints) only the record with its hash. */
export async function createKey(options: CreateOptions, io: Io): Promise<number> {
  const { file, redis, prefix, ...input } = options;
  if (!file && !redis) {
    const generated = generateApiKey({ ...(input.env ? { env: input.env } : {}), ...(input.id ? { id: input.id } : {}) });
    const { env: _env, id: _id, ...meta } = input;
    const record: ApiKeyRecord = { id: generated.id, hash: generated.hash, ...meta, createdAt: new Date().toISOString() };
    io.out('Add this record under keys.inline in your policy:');
    io.out(JSON.stringify(record));
    showKeyOnce(generated.key, io);
    return 0;
  }
  const store = { file, redis, prefix };
  return withAdmin(store, io, async (admin) => {
    const created = await admin.create(input);
    io.out(`added key ${created.record.id} to ${where(store, io)}`);
    showKeyOnce(created.key, io);
    return 0;
  });
}

/** `tollgate keys list`: metadata and status; hashes only as a short prefix. */
export function listKeys(options: StoreOptions & { json?: boolean }, io: Io): Promise<number> {
  return withAdmin(options, io, async (admin) => {
    const keys = await admin.list();
    if (options.json) {
      io.out(JSON.stringify(keys, null, 2));
      return 0;
    }
    if (keys.length === 0) io.out(`no keys in ${where(options, io)}`);
    for (const k of keys) io.out(describe(k));
    return 0;
  });
}

function describe(k: KeyListing): string {
  const now = Date.now();
  const status = k.revoked ? 'revoked' : k.expiresAt && Date.parse(k.expiresAt) <= now ? 'expired' : 'active';
  const fields: [string, string | undefined][] = [
    ['principal', k.principal],
    ['owner', k.owner],
    ['tenant', k.tenant],
    ['roles', k.roles?.join(',')],
    ['scopes', k.scopes?.join(',')],
    ['models', k.models?.join(',')],
    ['expires', k.expiresAt],
    ['created', k.createdAt],
    ['last-used', k.lastUsedAt],
    ['rotated-from', k.rotatedFrom],
    ['hash', k.hashPrefix],
  ];
  return [`${k.id}  ${status}`, ...fields.filter(([, v]) => v).map(([n, v]) => `${n}=${v}`)].join('  ');
}

/** `tollgate keys revoke <id>`: the key stops working (at once for the file store, within the cache TTL for Redis). */
export function revokeKey(id: string, options: StoreOptions, io: Io): Promise<number> {
  return withAdmin(options, io, async (admin) => {
    if (!(await admin.revoke(id))) {
      io.err(`no key with id ${id} in ${where(options, io)}.`);
      return 1;
    }
    io.out(`revoked key ${id}`);
    return 0;
  });
}

/** `tollgate keys rotate <id>`: a new key for the same principal; the old one works until the grace period ends. */
export function rotateKey(id: string, graceSeconds: number, options: StoreOptions & { env?: string }, io: Io): Promise<number> {
  return withAdmin(options, io, async (admin) => {
    const created = await admin.rotate(id, graceSeconds, options.env);
    io.out(`rotated key ${id} -> ${created.record.id}; ${id} keeps working for ${graceSeconds} s, until its expiry`);
    showKeyOnce(created.key, io);
    return 0;
  });
}

/** `tollgate keys hash <key>`: the hash to put in a policy for a key made elsewhere. */
export function hashKey(key: string, io: Io): number {
  io.out(hashApiKey(key.trim()));
  return 0;
}
