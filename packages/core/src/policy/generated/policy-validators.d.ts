// Generated from src/policy/schema.ts (POLICY_REFS in src/policy/policy-ajv.ts) by scripts/generate-validators.mjs. Do not edit: run `npm run generate -w @tollgate/core`.
import type { Validator } from '../../validator.js';

export declare const policy: Validator;
export declare const apiKey: Validator;
export declare const auth: Validator;
export declare const limits: Validator;
export declare const validate: Validator;
export declare const validators: Readonly<{
  "policy": Validator;
  "apiKey": Validator;
  "auth": Validator;
  "limits": Validator;
  "validate": Validator;
}>;
