import { describe, expect, it } from 'vitest';
import type { Validator } from '../validator.js';
import { validators } from './generated/policy-validators.js';
import { POLICY_REFS, policyAjv, type PolicyDefinition } from './policy-ajv.js';

const apiKey = { id: 'gateway1', hash: `sha256:${'a'.repeat(64)}`, principal: 'demo', tenant: 'demo', roles: ['free'], scopes: ['chat:write'] };
const limits = [
  { name: 'rpm', requests: 60, window: '1m' },
  { name: 'tpm', tokens: 10_000, window: '1m', by: ['principal', 'model'] },
];
const validate = {
  schema: 'openai.chat',
  maxBodyBytes: '1mb',
  encodings: ['gzip', 'br'],
  constraints: { maxTokens: 4096, maxTokensAction: 'clamp', maxN: 4, maxMessages: 256 },
  guards: { injection: { action: 'block', roles: ['user', 'tool'] }, pii: { action: 'mask' } },
};
const auth = { methods: ['apiKey'], scopes: ['chat:write'] };

const samples: Record<'policy' | PolicyDefinition, unknown> = {
  policy: {
    version: 1,
    realm: 'tollgate-gateway',
    keys: { inline: [apiKey] },
    defaults: { auth: {}, mode: 'enforce' },
    routes: [
      { id: 'chat', match: { method: 'POST', path: '/v1/chat/completions' }, auth, limits, validate },
      { id: 'health', match: { path: '/health' }, auth: false },
    ],
  },
  apiKey,
  auth,
  limits,
  validate,
};

const WRONG: unknown[] = ['x', -1, 1.5, true, null, {}, []];

/** `value` with one node replaced by a wrong value, one key added or one key removed, at every node. */
function* mutations(value: unknown): Generator<unknown> {
  for (const wrong of WRONG) yield wrong;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      for (const m of mutations(value[i])) yield value.map((v, j) => (j === i ? m : v));
    }
  } else if (value && typeof value === 'object') {
    yield { ...value, zz: 1 };
    for (const key of Object.keys(value)) {
      const { [key]: inner, ...rest } = value as Record<string, unknown>;
      yield rest;
      for (const m of mutations(inner)) yield { ...value, [key]: m };
    }
  }
}

function verdict(validator: Validator, data: unknown) {
  return { valid: validator(data), errors: validator.errors ?? null };
}

// The generated code is ajv's own, written out: it must give what compiling the schema at run time gives,
// down to each error (messages come from them: load.ts describeSchemaError).
describe('generated policy validators', () => {
  const ajv = policyAjv();
  it.each(Object.entries(POLICY_REFS) as ['policy' | PolicyDefinition, string][])('%s: same verdict and errors as ajv.compile', (name, ref) => {
    const compiled = ajv.getSchema(ref);
    if (!compiled) throw new Error(`no schema ${ref}`);
    expect(verdict(validators[name], samples[name])).toEqual({ valid: true, errors: null });
    let invalid = 0;
    for (const doc of mutations(samples[name])) {
      const ours = verdict(validators[name], doc);
      expect(ours, JSON.stringify(doc)).toEqual(verdict(compiled, doc));
      if (!ours.valid) invalid++;
    }
    expect(invalid).toBeGreaterThan(10);
  });
});
