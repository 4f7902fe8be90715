import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TollgateConfigError } from '../errors.js';
import { definitionValidator, describeSchemaError, mostSpecific } from '../policy/load.js';
import type { ApiKeyRecord } from '../policy/types.js';

/** Reads a key file `{ "keys": [ApiKeyRecord...] }`; throws `TG_KEY_FILE_INVALID` with the reason. */
export function readKeyFile(file: string, baseDir: string): ApiKeyRecord[] {
  const path = resolve(baseDir, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new TollgateConfigError(
      'TG_KEY_FILE_INVALID',
      `cannot read the key file: ${(err as Error).message}; create it with \`tollgate keys create --file ${file}\`.`,
      path,
    );
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) {
    throw new TollgateConfigError('TG_KEY_FILE_INVALID', 'expected an object with a "keys" array.', path);
  }
  const check = definitionValidator('apiKey');
  keys.forEach((record, i) => {
    if (!check(record)) {
      const error = mostSpecific(check.errors ?? []);
      throw new TollgateConfigError(
        'TG_KEY_FILE_INVALID',
        `/keys/${i}${error ? describeSchemaError(error) : ' is invalid'}; each key needs an id and a sha256 hash.`,
        path,
      );
    }
  });
  return keys as ApiKeyRecord[];
}
