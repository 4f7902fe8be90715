import { Ajv, type SchemaObject, type ValidateFunction } from 'ajv';
import { TollgateConfigError } from '../errors.js';
import { shippedSchemas } from './schemas/index.js';
import { useFastStringLength } from './string-length.js';

export interface CompiledSchema {
  /** The shipped or registered name, or `inline`. */
  readonly name: string;
  readonly validate: ValidateFunction;
}

/**
 * Compiles request-body schemas once, at start-up. Strict mode catches schema typos; `allErrors` stays off so
 * a hostile body cannot make validation do more work than its first error; `$data` stays off. String lengths
 * are checked on `.length` first (string-length.ts): the same results without a walk over every long prompt.
 *
 * `ownProperties` stays off: ajv then checks every value a handler reading the body would see, own or inherited
 * (with a polluted Object.prototype, an inherited `model` is validated like a sent one, and an inherited
 * enumerable key fails `additionalProperties`), where `ownProperties: true` would skip inherited values the
 * handler still reads. Bodies come from JSON.parse, whose own `__proto__` keys intake refuses. It also cost a
 * hasOwnProperty call per present property: about half of validating a chat body (bench/instructions.js).
 */
export class SchemaRegistry {
  readonly #ajv = new Ajv({ strict: true, allErrors: false, ownProperties: false, $data: false });
  readonly #named = new Map<string, SchemaObject>();
  readonly #compiled = new Map<string | SchemaObject, CompiledSchema>();

  constructor(custom: Readonly<Record<string, SchemaObject>> = {}) {
    useFastStringLength(this.#ajv);
    for (const [name, schema] of Object.entries(shippedSchemas)) this.#named.set(name, schema as SchemaObject);
    for (const [name, schema] of Object.entries(custom)) this.#named.set(name, schema);
  }

  /** The names a policy can refer to. */
  names(): string[] {
    return [...this.#named.keys()];
  }

  compile(ref: string | SchemaObject, where: string): CompiledSchema {
    const cached = this.#compiled.get(ref);
    if (cached) return cached;
    const schema = typeof ref === 'string' ? this.#named.get(ref) : ref;
    if (!schema) {
      throw new TollgateConfigError(
        'TG_SCHEMA_UNKNOWN',
        `no schema named "${String(ref)}"; use one of ${this.names().join(', ')} or register it in createGate({ schemas }).`,
        where,
      );
    }
    let validate: ValidateFunction;
    try {
      validate = this.#ajv.compile(schema);
    } catch (err) {
      throw new TollgateConfigError('TG_SCHEMA_INVALID', `the JSON Schema does not compile: ${(err as Error).message}.`, where);
    }
    const compiled = { name: typeof ref === 'string' ? ref : 'inline', validate };
    this.#compiled.set(ref, compiled);
    return compiled;
  }
}
