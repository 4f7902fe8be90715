// Regenerates src/**/generated/ from the schemas, as compiled by `tsc -p tsconfig.generate.json` (npm run generate):
// plain Node on tsc's output, so generating needs no TypeScript loader beyond the compiler the package builds with.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateValidators } from './standalone-validators.mjs';

const pkg = join(import.meta.dirname, '..');
const compiled = join(pkg, 'node_modules/.cache/generate-validators');
const { policyAjv, POLICY_REFS } = await import(join(compiled, 'policy/policy-ajv.js'));
const { policySchema } = await import(join(compiled, 'policy/schema.js'));
const { bodyAjv } = await import(join(compiled, 'validate/body-ajv.js'));
const { shippedSchemas } = await import(join(compiled, 'validate/schemas/index.js'));

for (const [path, text] of Object.entries(generateValidators({ policyAjv, policyRefs: POLICY_REFS, policySchema, bodyAjv, shippedSchemas }))) {
  mkdirSync(dirname(join(pkg, path)), { recursive: true });
  writeFileSync(join(pkg, path), text);
  console.warn(`wrote ${path}`);
}
