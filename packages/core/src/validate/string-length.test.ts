import { Ajv, type SchemaObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { SchemaRegistry } from './schema-registry.js';
import { codePoints } from './code-points.js';

const stock = new Ajv({ strict: true, allErrors: false, ownProperties: true, $data: false });
const registry = new SchemaRegistry();

/** The registry's verdict and first error must be stock ajv's, for every schema and string. */
function expectSameAsAjv(schema: SchemaObject, value: unknown): boolean {
  const ours = registry.compile(schema, 'test').validate;
  const theirs = stock.compile(schema);
  const ok = ours(value);
  expect(ok, JSON.stringify(value)).toBe(theirs(value));
  expect(ours.errors ?? null).toEqual(theirs.errors ?? null);
  return ok;
}

const SMILE = '😀'; // one code point, two UTF-16 units
const HIGH = '\ud83d'; // a lone high surrogate: one code point
const LOW = '\ude00';

describe('maxLength / minLength on .length first', () => {
  it('counts code points like ajv: pairs once, lone surrogates once', () => {
    for (const s of ['', 'a', SMILE, SMILE + 'a', HIGH, LOW, HIGH + HIGH + LOW, LOW + HIGH, 'a' + HIGH, SMILE.repeat(3) + HIGH]) {
      expect(codePoints(s), JSON.stringify(s)).toBe([...s].length);
    }
  });

  it('gives ajv’s results at the boundary with astral characters', () => {
    const max = { type: 'string', maxLength: 3 };
    expect(expectSameAsAjv(max, SMILE.repeat(3))).toBe(true); // 6 units, 3 code points
    expect(expectSameAsAjv(max, SMILE.repeat(4))).toBe(false);
    expect(expectSameAsAjv(max, 'ab' + SMILE)).toBe(true);
    expect(expectSameAsAjv(max, 'abc' + SMILE)).toBe(false);
    expect(expectSameAsAjv(max, HIGH + HIGH + HIGH)).toBe(true);
    expect(expectSameAsAjv(max, HIGH + LOW + HIGH + LOW + HIGH + HIGH)).toBe(false); // 2 pairs + 2 lone = 4
    const min = { type: 'string', minLength: 3 };
    expect(expectSameAsAjv(min, SMILE.repeat(2) + 'a')).toBe(true); // 5 units, 3 code points
    expect(expectSameAsAjv(min, SMILE.repeat(2))).toBe(false); // 4 units, 2 code points
    expect(expectSameAsAjv(min, 'ab')).toBe(false);
    expect(expectSameAsAjv(min, SMILE.repeat(3))).toBe(true);
    expect(expectSameAsAjv(min, LOW + HIGH + 'a')).toBe(true); // reversed halves are two code points
    const both = { type: 'string', minLength: 2, maxLength: 2 };
    for (const s of ['', 'a', 'ab', 'abc', SMILE, SMILE + SMILE, SMILE + 'a', SMILE + SMILE + SMILE, HIGH + LOW + LOW]) {
      expectSameAsAjv(both, s);
    }
  });

  it('matches ajv on every split of a mixed string around the limits', () => {
    const text = `a${SMILE}b${HIGH}${SMILE}${LOW}c${SMILE}${SMILE}d`;
    for (let limit = 0; limit <= 12; limit++) {
      for (let end = 0; end <= text.length; end++) {
        expectSameAsAjv({ type: 'string', maxLength: limit }, text.slice(0, end));
        expectSameAsAjv({ type: 'string', minLength: limit }, text.slice(0, end));
      }
    }
  });

  it('reports the same first error where pattern and length both fail', () => {
    const schema = { type: 'string', minLength: 5, maxLength: 8, pattern: '^[a-z]+$' };
    for (const s of ['ABC', 'abcdefghij', 'ABCDEFGHIJ', 'ab', 'abcdef', `${SMILE}${SMILE}`]) expectSameAsAjv(schema, s);
    const model = registry.compile('openai.chat', 'test').validate;
    expect(model({ model: 'm m'.repeat(100), messages: [{ role: 'user', content: 'hi' }] })).toBe(false);
    expect(model.errors?.[0]).toMatchObject({ instancePath: '/model', keyword: 'maxLength', params: { limit: 256 } });
  });

  it('applies inside nested and referenced schemas', () => {
    const schema = {
      type: 'object',
      properties: { list: { type: 'array', items: { $ref: '#/$defs/short' } } },
      $defs: { short: { type: 'string', maxLength: 2 } },
    };
    expectSameAsAjv(schema, { list: ['ab', SMILE + SMILE] });
    expectSameAsAjv(schema, { list: ['ab', SMILE + SMILE + SMILE] });
  });
});
