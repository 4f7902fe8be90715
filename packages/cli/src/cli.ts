import { parseArgs } from 'node:util';
import { check } from './check.js';
import type { Io } from './io.js';
import { createKey, hashKey } from './keys.js';

export const USAGE = `Usage:
  tollgate check <policy.yaml>          validate a policy as createGate() would
  tollgate keys create [options]        make an API key; prints it once, stores only its hash
      --env <live|test|...>             visible environment tag (default live)
      --id <id>                         visible key id (default random)
      --file <keys.json>                append the record to this key file (else print it)
      --principal <id> --tenant <id> --roles a,b --scopes x,y --expires-at <ISO time>
  tollgate keys hash <key>              print the sha256 hash of an existing key`;

const list = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

/** Runs one command; returns the exit code. */
export function run(argv: readonly string[], io: Io): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        env: { type: 'string' },
        id: { type: 'string' },
        file: { type: 'string' },
        principal: { type: 'string' },
        tenant: { type: 'string' },
        roles: { type: 'string' },
        scopes: { type: 'string' },
        'expires-at': { type: 'string' },
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
  if (command === 'check' && sub) return check(sub, io);
  if (command === 'keys' && sub === 'hash' && arg) return hashKey(arg, io);
  if (command === 'keys' && sub === 'create') {
    try {
      return createKey(
        {
          ...(values.env ? { env: values.env } : {}),
          ...(values.id ? { id: values.id } : {}),
          ...(values.file ? { file: values.file } : {}),
          ...(values.principal ? { principal: values.principal } : {}),
          ...(values.tenant ? { tenant: values.tenant } : {}),
          ...(list(values.roles) ? { roles: list(values.roles) as string[] } : {}),
          ...(list(values.scopes) ? { scopes: list(values.scopes) as string[] } : {}),
          ...(values['expires-at'] ? { expiresAt: values['expires-at'] } : {}),
        },
        io,
      );
    } catch (err) {
      io.err((err as Error).message);
      return 1;
    }
  }
  io.err(`unknown command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}
