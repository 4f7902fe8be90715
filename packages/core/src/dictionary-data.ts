/**
 * A deep copy of JSON-like data (plain objects, arrays, primitives) whose objects are in V8's dictionary mode,
 * for data Tollgate keeps for the life of the process: the JSON Schemas it ships and the ajv code generated
 * from them.
 *
 * Why: an object literal and an object built by `JSON.parse` with the same number of properties share V8's
 * hidden-class transition tree. Hundreds of long-lived `{ type, ... }` schema objects widened the maps an app's
 * own `JSON.parse` of an LLM request walks (its tools are JSON Schema too): parsing the bench's chat body took
 * ~2,000 more instructions (5%) in any process that had loaded Tollgate (bench/README.md, "What loading
 * Tollgate costs an app's own JSON parsing"). A dictionary-mode object has a map of its own and adds no
 * transitions, and once the original literals are garbage a full GC clears the ones they added.
 *
 * The copies keep `Object.prototype`: made with a null prototype (which puts them in dictionary mode), then
 * given the usual one, so code that reads them (ajv, users of `shippedSchemas`) sees ordinary objects.
 */
export function dictionaryData<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const proto: unknown = Object.getPrototypeOf(value);
  // Class instances, regular expressions and the like are not data: kept as they are.
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key]);
  return proto === null ? out : Object.setPrototypeOf(out, Object.prototype);
}
