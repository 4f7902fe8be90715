import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { yaml } from '../lazy-modules.js';
import { TollgateConfigError } from '../errors.js';
import type { Validator } from '../validator.js';
import { validators } from './generated/policy-validators.js';
import type { PolicyDefinition } from './policy-ajv.js';
import type { PolicyDocument } from './types.js';

export interface LoadedPolicy {
  readonly document: PolicyDocument;
  /** The file the policy came from, when it came from one. */
  readonly path: string | undefined;
  /** Directory that relative paths inside the policy resolve against. */
  readonly baseDir: string;
}

/**
 * Validator for fragments (inline middleware options, API-key records) against one definition of the policy
 * schema. Like the whole policy's, it is ajv's standalone code, generated ahead of time (policy-ajv.ts):
 * compiling the policy schema at start-up took ~150 ms.
 */
export function definitionValidator(definition: PolicyDefinition): Validator {
  return validators[definition];
}

/** Loads, parses and validates a policy from a YAML/JSON file or an object; throws `TG_POLICY_INVALID`. */
export function loadPolicy(source: string | PolicyDocument, cwd = process.cwd()): LoadedPolicy {
  if (typeof source !== 'string') {
    checkPolicy(source, undefined, () => undefined);
    return { document: source, path: undefined, baseDir: cwd };
  }
  const path = resolve(cwd, source);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new TollgateConfigError(
      'TG_POLICY_NOT_FOUND',
      `cannot read the policy file (${(err as NodeJS.ErrnoException).code ?? 'error'}); pass the path of a YAML or JSON policy, relative to ${cwd}.`,
      path,
    );
  }
  return { document: parsePolicyText(text, path), path, baseDir: dirname(path) };
}

/** Parses YAML or JSON text (JSON is YAML) and validates it, reporting `path:line:col` on failure. */
export function parsePolicyText(text: string, path: string): PolicyDocument {
  const { LineCounter, parseDocument, isMap, isNode, isScalar } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lines.linePos(syntax.pos[0]);
    throw new TollgateConfigError(
      'TG_POLICY_INVALID',
      `${syntax.message.split('\n')[0]}; fix the YAML/JSON syntax.`,
      `${path}:${pos.line}:${pos.col}`,
    );
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  checkPolicy(value, path, (pointer, unknownKey) => {
    let node = doc.getIn(pointerSegments(pointer), true);
    // An unknown property is best shown at its own key, not at the start of the object holding it.
    if (unknownKey !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === unknownKey);
      if (pair && isNode(pair.key)) node = pair.key;
    }
    if (!isNode(node) || !node.range) return undefined;
    const pos = lines.linePos(node.range[0]);
    return `${pos.line}:${pos.col}`;
  });
  return value as PolicyDocument;
}

function checkPolicy(
  value: unknown,
  path: string | undefined,
  locate: (pointer: string, unknownKey?: string) => string | undefined,
): asserts value is PolicyDocument {
  const validatePolicy = validators.policy;
  if (validatePolicy(value)) return;
  const error = mostSpecific(validatePolicy.errors ?? []);
  const unknownKey = error?.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : undefined;
  const where = error ? locate(error.instancePath, unknownKey) : undefined;
  const location = path ? `${path}${where ? `:${where}` : ''}` : 'inline policy';
  throw new TollgateConfigError(
    'TG_POLICY_INVALID',
    `${error ? describeSchemaError(error) : 'invalid policy'}; see the policy reference in the README.`,
    location,
  );
}

/** The deepest error is nearly always the one a person needs; anyOf branches add noise above it. */
export function mostSpecific(errors: readonly ErrorObject[]): ErrorObject | undefined {
  let best: ErrorObject | undefined;
  for (const e of errors) {
    if (e.keyword === 'anyOf') continue;
    if (!best || e.instancePath.length > best.instancePath.length) best = e;
  }
  return best ?? errors[0];
}

export function describeSchemaError(e: ErrorObject): string {
  const at = e.instancePath || '(top level)';
  switch (e.keyword) {
    case 'additionalProperties':
      return `${at}: unknown property "${String(e.params.additionalProperty)}"`;
    case 'required':
      return `${at}: missing required property "${String(e.params.missingProperty)}"`;
    case 'enum':
      return `${at}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${at}: must be ${JSON.stringify(e.params.allowedValue)}`;
    default:
      return `${at}: ${e.message ?? 'is invalid'}`;
  }
}

function pointerSegments(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
