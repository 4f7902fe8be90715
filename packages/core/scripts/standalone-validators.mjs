import standaloneCode from 'ajv/dist/standalone/index.js';

/** ajv's standalone code as ES modules, one statement a line so a regenerated file diffs readably. */
const CODE = { source: true, esm: true, lines: true };

const NOTICE = 'by scripts/generate-validators.mjs. Do not edit: run `npm run generate -w @tollgate/core`.';

/**
 * The generated validator modules' text, by path in the package: JavaScript and its declarations. The code is
 * JavaScript, copied to dist/ as is (scripts/copy-generated.mjs), because tsc would re-print it indented: 2.3 MB
 * instead of 0.8 MB for the body schemas, all of it kept in the heap as module source.
 *
 * The package's own modules come in as parameters, so the staleness test passes the TypeScript sources and
 * generate-validators.mjs their compiled copies: the same ajv set-up either way, and no TypeScript loader.
 * Types: standalone-validators.d.mts.
 */
export function generateValidators({ policyAjv, policyRefs, policySchema, bodyAjv, shippedSchemas }) {
  const body = bodyAjv(CODE);
  const bodyRefs = {};
  for (const [name, schema] of Object.entries(shippedSchemas)) {
    body.addSchema(schema);
    bodyRefs[name] = schema.$id;
  }
  return {
    ...standaloneModule('src/policy/generated/policy-validators', policyAjv(CODE), policyRefs, {
      from: 'src/policy/schema.ts (POLICY_REFS in src/policy/policy-ajv.ts)',
      source: { names: 'policySchema', module: '../schema.js', roots: { policySchema } },
    }),
    ...standaloneModule('src/validate/generated/body-validators', body, bodyRefs, {
      from: 'src/validate/schemas/index.ts (shippedSchemas)',
      // The fast maxLength/minLength keyword's scope value is named `codePoints` (string-length.ts).
      imports: ["import { codePoints } from '../code-points.js';"],
      source: {
        names: 'shippedSchemas',
        module: '../schemas/index.js',
        roots: Object.fromEntries(Object.entries(shippedSchemas).map(([name, schema]) => [`shippedSchemas[${JSON.stringify(name)}]`, schema])),
      },
    }),
  };
}

/**
 * One module of standalone code: each ref (by name) exported under the name made an identifier
 * (openai.chat: openaiChat), and all of them as `validators`, by name.
 */
function standaloneModule(path, ajv, refs, { from, imports = [], source }) {
  const sourcePaths = subtreePaths(source.roots);
  const exportNames = Object.fromEntries(Object.keys(refs).map((name) => [name, identifier(name)]));
  let code = standaloneCode(ajv, Object.fromEntries(Object.entries(refs).map(([name, ref]) => [exportNames[name], ref])));
  // An ES module is strict already; after the imports the directive would be a stray string.
  if (!code.startsWith('"use strict";')) throw new Error('ajv\'s standalone code no longer starts with "use strict"');
  code = code.slice('"use strict";'.length).trim();
  // The schema objects the code reads at run time (property lists, enum values) are the shipped ones, not copies:
  // the exported schemas are already held as dictionary-mode objects (src/dictionary-data.ts says why), and a
  // second, generated copy of each cost ~0.9 MB of heap in that form.
  const schemaLine = /^const (schema\d+) = (.*);$/gm;
  const missing = [];
  code = code.replace(schemaLine, (line, name, json) => {
    const path = sourcePaths.get(json);
    if (path === undefined) missing.push(name);
    return `const ${name} = ${path};`;
  });
  if (missing.length > 0) throw new Error(`ajv emitted schema constants found nowhere in ${source.names}: ${missing.join(', ')}`);
  const usesRequire = code.includes('require(');
  const header = `// Generated from ${from} ${NOTICE}`;
  const js = [
    header,
    ...(usesRequire ? ["import { createRequire } from 'node:module';"] : []),
    `import { ${source.names} } from '${source.module}';`,
    ...imports,
    '',
    ...(usesRequire
      ? ["// ajv's standalone code loads its runtime helpers (ajv/dist/runtime/*, not the compiler) with require(), even as ESM.", 'const require = createRequire(import.meta.url);', '']
      : []),
    code,
    '',
    'export const validators = Object.freeze({',
    ...Object.entries(exportNames).map(([name, exportName]) => `  ${JSON.stringify(name)}: ${exportName},`),
    '});',
    '',
  ];
  const dts = [
    header,
    "import type { Validator } from '../../validator.js';",
    '',
    ...Object.values(exportNames).map((exportName) => `export declare const ${exportName}: Validator;`),
    'export declare const validators: Readonly<{',
    ...Object.keys(exportNames).map((name) => `  ${JSON.stringify(name)}: Validator;`),
    '}>;',
    '',
  ];
  return { [`${path}.js`]: js.join('\n'), [`${path}.d.ts`]: dts.join('\n') };
}

/**
 * Every object and array under `roots` (expression → value), by its JSON text, as the expression that reaches it:
 * how a schema constant in ajv's code (`const schema12 = {...}`, the JSON of the sub-schema it compiled) is
 * found in the module that exports the schemas.
 */
function subtreePaths(roots) {
  const paths = new Map();
  const walk = (value, path) => {
    if (value === null || typeof value !== 'object') return;
    const json = JSON.stringify(value);
    if (!paths.has(json)) paths.set(json, path);
    for (const [key, item] of Object.entries(value)) walk(item, Array.isArray(value) ? `${path}[${key}]` : `${path}[${JSON.stringify(key)}]`);
  };
  for (const [expression, root] of Object.entries(roots)) walk(root, expression);
  return paths;
}

function identifier(name) {
  const id = name.replace(/[^A-Za-z0-9_$]+(.)?/g, (_, next = '') => next.toUpperCase());
  if (!/^[A-Za-z_$][\w$]*$/.test(id)) throw new Error(`cannot export a validator for ${name}: no identifier in its name`);
  return id;
}
