/**
 * A deep, frozen copy of JSON-like data (plain objects, arrays, primitives) whose objects are in V8's dictionary
 * mode, for data Tollgate keeps for the life of the process: the JSON Schemas it ships, which the code ajv
 * generated from them reads too.
 *
 * Why: an object literal and an object built by `JSON.parse` with the same number of properties share V8's
 * hidden-class transition tree. Hundreds of long-lived `{ type, ... }` schema objects widened the maps an app's
 * own `JSON.parse` of an LLM request walks (its tools are JSON Schema too), which made a server that had merely
 * loaded Tollgate measurably slower (bench/README.md, "What loading Tollgate costs an app's own JSON parsing").
 * A dictionary-mode object has a map of its own and adds no transitions; the transitions the copied literals
 * added are cleared by a full GC once nothing else holds those literals (fragments a module keeps in scope stay).
 * The price is memory: a dictionary-mode object takes several times the space of a fast one.
 *
 * The copies keep `Object.prototype`: made with a null prototype (which puts them in dictionary mode), then
 * given the usual one, so code that reads them (ajv, users of `shippedSchemas`) sees ordinary objects. An
 * object the source reaches twice is copied once, and frozen, since generated validators read the same copies.
 */
export function dictionaryData<T>(value: T): T {
  return copy(value, new Map()) as T;
}

function copy(value: unknown, done: Map<object, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const seen = done.get(value);
  if (seen !== undefined) return seen;
  let out: unknown;
  if (Array.isArray(value)) {
    const items: unknown[] = [];
    done.set(value, items);
    for (const item of value) items.push(copy(item, done));
    out = items;
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    // Class instances, regular expressions and the like are not data: kept as they are, and not frozen.
    if (proto !== Object.prototype && proto !== null) return value;
    const record = Object.create(null) as Record<string, unknown>;
    done.set(value, record);
    for (const key of Object.keys(value)) record[key] = copy((value as Record<string, unknown>)[key], done);
    out = proto === null ? record : Object.setPrototypeOf(record, Object.prototype);
  }
  return Object.freeze(out);
}
