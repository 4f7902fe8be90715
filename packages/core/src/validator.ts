import type { ErrorObject } from 'ajv';

/**
 * A JSON Schema validator: ajv's `compile()` result or a function from its standalone code (generated/), which
 * lacks the `schema` and `schemaEnv` a compiled one carries. Call it, then read that call's errors.
 */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
