import type { Ajv, SchemaObject } from 'ajv';
import { TollgateConfigError } from '../errors.js';
import type { Validator } from '../validator.js';
import { bodyAjv } from './body-ajv.js';
import { validators as shippedValidators } from './generated/body-validators.js';
import { shippedSchemas } from './schemas/index.js';

export interface CompiledSchema {
  /** The shipped or registered name, or `inline`. */
  readonly name: string;
  readonly validate: Validator;
}

// By schema object, not name: a custom schema registered under a shipped name is compiled, and a shipped
// schema registered under another name still gets its generated validator.
const generated = new Map<SchemaObject, Validator>(
  Object.entries(shippedSchemas).map(([name, schema]) => [schema, shippedValidators[name as keyof typeof shippedSchemas]]),
);

/**
 * Resolves request-body schemas once, at start-up. The shipped ones were compiled when Tollgate was built
 * (generated/body-validators.ts); custom and inline ones are compiled here, by an ajv made for the first of
 * them, so a gate with only shipped schemas never loads ajv's compiler. Both use body-ajv.ts's options.
 */
export class SchemaRegistry {
  #ajv: Ajv | undefined;
  readonly #named = new Map<string, SchemaObject>();
  readonly #compiled = new Map<string | SchemaObject, CompiledSchema>();

  constructor(custom: Readonly<Record<string, SchemaObject>> = {}) {
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
    let validate = generated.get(schema);
    if (!validate) {
      try {
        validate = (this.#ajv ??= bodyAjv()).compile(schema);
      } catch (err) {
        throw new TollgateConfigError('TG_SCHEMA_INVALID', `the JSON Schema does not compile: ${(err as Error).message}.`, where);
      }
    }
    const compiled = { name: typeof ref === 'string' ? ref : 'inline', validate };
    this.#compiled.set(ref, compiled);
    return compiled;
  }
}
