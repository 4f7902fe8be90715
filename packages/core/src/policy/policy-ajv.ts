import type { Ajv, CodeOptions } from 'ajv';
import { ajvCompiler } from '../lazy-modules.js';
import { policySchema } from './schema.js';

/** Definitions checked on their own: API-key records (key file, Redis) and inline middleware options. */
export const POLICY_DEFINITIONS = ['apiKey', 'auth', 'limits', 'validate'] as const satisfies readonly (keyof typeof policySchema.definitions)[];
export type PolicyDefinition = (typeof POLICY_DEFINITIONS)[number];

/** What generated/policy-validators.ts exports: the whole policy, then each definition above. */
export const POLICY_REFS: Readonly<Record<'policy' | PolicyDefinition, string>> = {
  policy: policySchema.$id,
  ...(Object.fromEntries(POLICY_DEFINITIONS.map((d) => [d, `${policySchema.$id}#/definitions/${d}`])) as Record<PolicyDefinition, string>),
};

/**
 * The ajv that checks policies, holding the policy schema. Only scripts/generate-validators.mjs makes one: a
 * gate runs the code it generated, without the ~150 ms the compiler took at start-up.
 */
export function policyAjv(code?: CodeOptions): Ajv {
  const { Ajv } = ajvCompiler();
  const ajv = new Ajv({ allErrors: true, strict: true, code });
  ajv.addSchema(policySchema);
  return ajv;
}
