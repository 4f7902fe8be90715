import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { dictionaryData } from './dictionary-data.js';
import { policySchema } from './policy/schema.js';
import { shippedSchemas } from './validate/schemas/index.js';

// V8's own answer to "does this object have a hidden class of its own?" (natives syntax, enabled for this file).
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('value', 'return %HasFastProperties(value)') as (value: object) => boolean;

/** Every plain object inside `value`, with its path. */
function plainObjects(value: unknown, path = '$', out: [string, object][] = []): [string, object][] {
  if (Array.isArray(value)) value.forEach((item, i) => plainObjects(item, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    out.push([path, value]);
    for (const [key, item] of Object.entries(value)) plainObjects(item, `${path}.${key}`, out);
  }
  return out;
}

describe('dictionaryData', () => {
  const source = { type: 'object', properties: { a: { type: 'string', enum: ['x', 'y'] } }, items: [{ n: 1 }, 2, null], re: /x/ };

  it('copies deeply, keeping the values, the key order and Object.prototype', () => {
    const copy = dictionaryData(source);
    expect(copy).toEqual(source);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(source));
    expect(copy).not.toBe(source);
    expect(copy.properties.a).not.toBe(source.properties.a);
    expect(Object.getPrototypeOf(copy.properties)).toBe(Object.prototype);
    expect(Array.isArray(copy.items)).toBe(true);
    expect(Object.prototype.hasOwnProperty.call(copy.properties, 'a')).toBe(true);
    // Not data: kept as it is.
    expect(copy.re).toBe(source.re);
  });

  it('freezes the copies, and copies an object reached twice once', () => {
    const shared = { type: 'string' };
    const copy = dictionaryData({ a: shared, b: [shared], c: { d: shared } });
    expect(copy.b[0]).toBe(copy.a);
    expect(copy.c.d).toBe(copy.a);
    expect(copy.a).not.toBe(shared);
    for (const [path, object] of plainObjects(copy)) expect(Object.isFrozen(object), path).toBe(true);
    expect(Object.isFrozen(shared)).toBe(false);
  });

  it('puts every object in dictionary mode, where it adds no transitions to the maps JSON.parse uses', () => {
    expect(hasFastProperties(source.properties)).toBe(true);
    const copy = dictionaryData(source);
    for (const [path, object] of plainObjects(copy).filter(([, o]) => !Array.isArray(o) && !(o instanceof RegExp))) {
      expect(hasFastProperties(object), path).toBe(false);
    }
  });

  it('keeps a null prototype where the source had one', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1 });
    expect(Object.getPrototypeOf(dictionaryData(bare))).toBeNull();
  });

  it('holds the shipped schemas and the policy schema', () => {
    const held = plainObjects({ policySchema, ...shippedSchemas });
    expect(held.length).toBeGreaterThan(1000);
    const fast = held.filter(([path, o]) => path !== '$' && hasFastProperties(o)).map(([path]) => path);
    expect(fast).toEqual([]);
  });
});
