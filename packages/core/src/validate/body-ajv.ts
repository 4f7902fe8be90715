import type { Ajv, CodeOptions } from 'ajv';
import { ajvCompiler } from '../lazy-modules.js';
import { useFastStringLength } from './string-length.js';

/**
 * The ajv request bodies are checked with: at run time for custom schemas (SchemaRegistry), and by
 * scripts/generate-validators.mjs for the shipped ones, so a schema behaves the same either way. Strict mode
 * catches schema typos; `allErrors` stays off so a hostile body cannot make validation do more work than its
 * first error; `$data` stays off. String lengths are checked on `.length` first (string-length.ts): the same
 * results without a walk over every long prompt.
 *
 * `ownProperties` stays off: ajv then checks every value a handler reading the body would see, own or inherited
 * (with a polluted Object.prototype, an inherited `model` is validated like a sent one, and an inherited
 * enumerable key fails `additionalProperties`), where `ownProperties: true` would skip inherited values the
 * handler still reads. Bodies come from JSON.parse, whose own `__proto__` keys intake refuses. It also cost a
 * hasOwnProperty call per present property: about half of validating a chat body (bench/instructions.js).
 */
export function bodyAjv(code?: CodeOptions): Ajv {
  const { Ajv } = ajvCompiler();
  const ajv = new Ajv({ strict: true, allErrors: false, ownProperties: false, $data: false, code });
  useFastStringLength(ajv);
  return ajv;
}
