import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateValidators } from '../scripts/standalone-validators.mjs';
import { POLICY_REFS, policyAjv } from './policy/policy-ajv.js';
import { policySchema } from './policy/schema.js';
import { bodyAjv } from './validate/body-ajv.js';
import { shippedSchemas } from './validate/schemas/index.js';

const STALE = 'generated validators are stale: run npm run generate -w @tollgate/core';
const pkg = join(import.meta.dirname, '..');
const fresh = generateValidators({ policyAjv, policyRefs: POLICY_REFS, policySchema, bodyAjv, shippedSchemas });

/** Where two texts part, so a failure names the spot rather than printing a megabyte of diff. */
function firstDifference(committed: string, expected: string): string {
  let at = 0;
  while (at < committed.length && committed[at] === expected[at]) at++;
  const line = committed.slice(0, at).split('\n').length;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  return `line ${line}: committed …${around(committed)}…, generated …${around(expected)}…`;
}

// Editing a schema without regenerating fails here, not in production with validators of the old schema.
describe('generated validators', () => {
  it.each(Object.keys(fresh))('%s is what the schemas generate', (path) => {
    const expected = fresh[path] as string;
    let committed: string;
    try {
      committed = readFileSync(join(pkg, path), 'utf8');
    } catch {
      expect.fail(`${STALE} (${path} is missing)`);
    }
    if (committed !== expected) expect.fail(`${STALE} (${path} differs at ${firstDifference(committed, expected)})`);
  });

  // A copy per validator module would be ~0.9 MB more heap in dictionary mode (src/dictionary-data.ts).
  it('reads its schema constants from the exported schemas instead of holding copies', () => {
    const constants = Object.entries(fresh)
      .filter(([path]) => path.endsWith('.js'))
      .flatMap(([, text]) => text.match(/^const schema\d+ = .*$/gm) ?? []);
    expect(constants.length).toBeGreaterThan(50);
    expect(constants.filter((line) => !/^const schema\d+ = (policySchema|shippedSchemas\[[^;]*\])(\[[^;]*\])?;$/.test(line))).toEqual([]);
  });

  it('no other files are in the generated directories', () => {
    const dirs = new Set(Object.keys(fresh).map((path) => dirname(path)));
    const present = [...dirs].flatMap((dir) => readdirSync(join(pkg, dir)).map((name) => `${dir}/${name}`));
    expect(present.sort(), STALE).toEqual(Object.keys(fresh).sort());
  });
});
