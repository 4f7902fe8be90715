import type { Ajv, CodeOptions, SchemaObject } from 'ajv';

/** What the validators are generated from: the package's own modules, as sources or compiled. */
export interface ValidatorSources {
  /** policy-ajv.ts */
  policyAjv(code: CodeOptions): Ajv;
  /** policy-ajv.ts: export name → schema id or ref. */
  policyRefs: Readonly<Record<string, string>>;
  /** schema.ts: where the policy validators' schema constants are read from. */
  policySchema: SchemaObject;
  /** body-ajv.ts */
  bodyAjv(code: CodeOptions): Ajv;
  /** schemas/index.ts */
  shippedSchemas: Readonly<Record<string, SchemaObject>>;
}

/** Each generated file's text, by its path in the package. */
export declare function generateValidators(sources: ValidatorSources): Record<string, string>;
