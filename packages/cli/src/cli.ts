import { parseArgs } from 'node:util';
import { KeyAdminError, TollgateConfigError } from '@tollgate/core';
import { check } from './check.js';
import type { Io } from './io.js';
import { createKey, hashKey, listKeys, revokeKey, rotateKey, type StoreOptions } from './keys.js';

export const USAGE = `Usage:
  tollgate check <policy.yaml>          validate a policy as createGate() would
  tollgate keys create [options]        make an API key; prints it once, stores only its hash
      --env <live|test|...>             visible environment tag (default live)
      --id <id>                         visible key id (default random)
      --principal <id> --owner <name> --tenant <id> --roles a,b --scopes x,y --models m1,m2
      --expires-at <ISO time>
  tollgate keys list [--json]           keys with status and metadata; hashes shown only as a prefix
  tollgate keys revoke <id>             the key stops working
  tollgate keys rotate <id> [--grace 24h] [--env live]
                                        a new key for the same principal; the old one works for the grace period
  tollgate keys hash <key>              print the sha256 hash of an existing key
Store options (keys create|list|revoke|rotate):
      --file <keys.json>                a key file (create without a store prints the record for keys.inline)
      --redis <redis://...> [--prefix tollgate:]`;

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

const DURATION = /^([0-9]+)\s*(s|m|h|d)?$/;
const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

function seconds(value: string): number {
  const m = DURATION.exec(value.trim());
  if (!m) throw new KeyAdminError(`--grace "${value}" is not a duration; write e.g. 3600, 30m, 24h or 7d.`);
  return Number(m[1]) * (UNIT[m[2] ?? 's'] as number);
}

/** Runs one command; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        env: { type: 'string' },
        id: { type: 'string' },
        file: { type: 'string' },
        redis: { type: 'string' },
        prefix: { type: 'string' },
        principal: { type: 'string' },
        owner: { type: 'string' },
        tenant: { type: 'string' },
        roles: { type: 'string' },
        scopes: { type: 'string' },
        models: { type: 'string' },
        'expires-at': { type: 'string' },
        grace: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, sub, arg] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return values.help ? 0 : 2;
  }
  const store: StoreOptions = {
    ...(values.file ? { file: values.file } : {}),
    ...(values.redis ? { redis: values.redis } : {}),
    ...(values.prefix !== undefined ? { prefix: values.prefix } : {}),
  };
  try {
    if (command === 'check' && sub) return check(sub, io);
    if (command === 'keys' && sub === 'hash' && arg) return hashKey(arg, io);
    if (command === 'keys' && sub === 'list') return await listKeys({ ...store, ...(values.json ? { json: true } : {}) }, io);
    if (command === 'keys' && sub === 'revoke' && arg) return await revokeKey(arg, store, io);
    if (command === 'keys' && sub === 'rotate' && arg) {
      return await rotateKey(arg, seconds(values.grace ?? '24h'), { ...store, ...(values.env ? { env: values.env } : {}) }, io);
    }
    if (command === 'keys' && sub === 'create') {
      return await createKey(
        {
          ...store,
          ...(values.env ? { env: values.env } : {}),
          ...(values.id ? { id: values.id } : {}),
          ...(values.principal ? { principal: values.principal } : {}),
          ...(values.owner ? { owner: values.owner } : {}),
          ...(values.tenant ? { tenant: values.tenant } : {}),
          ...(list(values.roles) ? { roles: list(values.roles) as string[] } : {}),
          ...(list(values.scopes) ? { scopes: list(values.scopes) as string[] } : {}),
          ...(list(values.models) ? { models: list(values.models) as string[] } : {}),
          ...(values['expires-at'] ? { expiresAt: values['expires-at'] } : {}),
        },
        io,
      );
    }
  } catch (err) {
    if (err instanceof KeyAdminError || err instanceof TollgateConfigError || err instanceof TypeError) {
      io.err(err.message);
      return 1;
    }
    // Store failures (Redis unreachable, file not writable): one line, no stack, exit 1.
    io.err(`error: ${(err as Error).message}`);
    return 1;
  }
  io.err(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}
