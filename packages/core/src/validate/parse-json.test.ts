import sjson from 'secure-json-parse';
import { describe, expect, it } from 'vitest';
import { inspectParsed, jsonDepth, parseJson, parseJsonText, scanJson } from './parse-json.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('safe JSON intake', () => {
  it('parses ordinary JSON', () => {
    expect(parseJson(bytes('{"a":[1,{"b":"c"}]}'), 64)).toMatchObject({ ok: true, value: { a: [1, { b: 'c' }] } });
  });

  it('caps depth on the text before parsing, even 10,000 deep', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(parseJsonText(deep, 64)).toMatchObject({ ok: false, code: 'too-deep' });
    expect(jsonDepth('{"a":"[[[[[[[[","b":[[1]]}', 10)).toBe(3);
    expect(jsonDepth('{"a":"\\"[[[[","b":1}', 10)).toBe(1);
  });

  it('refuses __proto__ and constructor.prototype anywhere, leaving prototypes alone', () => {
    for (const text of ['{"__proto__":{"x":1}}', '{"a":[{"__proto__":{"x":1}}]}', '{"constructor":{"prototype":{"x":1}}}']) {
      expect(parseJsonText(text, 64)).toMatchObject({ ok: false, code: 'forbidden-key' });
    }
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('refuses forbidden keys spelt with unicode escapes', () => {
    expect(parseJsonText('{"\\u005f_proto__":{"x":1}}', 64)).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(parseJsonText('{"a":"\\u0041","b":{"constructor":{"prototype":1}}}', 64)).toMatchObject({ ok: false, code: 'forbidden-key' });
    expect(parseJsonText('{"a":"\\u0041 constructor"}', 64)).toMatchObject({ ok: true, value: { a: 'A constructor' } });
  });

  it('refuses invalid UTF-8 and empty bodies', () => {
    expect(parseJson(Buffer.from([0x22, 0xc3, 0x28, 0x22]), 64)).toMatchObject({ ok: false, code: 'invalid-utf8' });
    expect(parseJson(bytes('  '), 64)).toMatchObject({ ok: false, code: 'empty' });
  });

  it('checks bodies another parser produced', () => {
    const viaJsonParse: unknown = JSON.parse('{"a":{"__proto__":{"x":1}}}');
    expect(inspectParsed(viaJsonParse, 64)).toMatchObject({ ok: false, code: 'forbidden-key' });
    let nested: unknown = 1;
    for (let i = 0; i < 100; i++) nested = [nested];
    expect(inspectParsed(nested, 64)).toMatchObject({ ok: false, code: 'too-deep' });
    expect(inspectParsed({ constructor: 'fine' }, 64)).toMatchObject({ ok: true });
  });

  it('skips string contents with escaped quotes, backslashes and brackets', () => {
    expect(jsonDepth('{"a":"\\\\","b":[[1]]}', 10)).toBe(3);
    expect(jsonDepth('{"a":"\\\\\\"[[","b":[1]}', 10)).toBe(2);
    expect(jsonDepth('{"a":"x\\"}{[\\"y","b":{"c":"]]]}}}"}}', 10)).toBe(2);
    expect(jsonDepth('["\\u005b[\\n\\t{", "}}}}", [[["{"]]]]', 10)).toBe(4);
    expect(parseJsonText('{"a":"{[\\"]}","b":{"c":"\\\\"}}', 64)).toMatchObject({ ok: true, value: { a: '{["]}', b: { c: '\\' } } });
    expect(parseJsonText('[' + '"[{",'.repeat(100) + '1]', 2)).toMatchObject({ ok: true });
    // An unterminated string: nesting stops counting, JSON.parse reports the error.
    expect(parseJsonText('{"a":"[[[[', 2)).toMatchObject({ ok: false, code: 'malformed-json' });
  });

  it('refuses forbidden keys however they are escaped or spaced, and only as keys', () => {
    for (const text of [
      '{"\\u005f\\u005fproto\\u005f\\u005f":{"x":1}}',
      '{"_\\u005Fproto__":{"x":1}}',
      '{"__\\u0070roto__" :{"x":1}}',
      '{"a":"\\n", "__proto__"\n\t :{"x":1}}',
      '{"\\u0063onstructor":{"prototype":{}}}',
      '{"a":{"b":"\\"__proto__\\"","constructor" : {"prototype":1}}}',
    ]) {
      expect(parseJsonText(text, 64), text).toMatchObject({ ok: false, code: 'forbidden-key' });
    }
    expect(parseJsonText('{"a":"__proto__","b":["constructor"],"c":"\\u005f_proto__"}', 64)).toMatchObject({ ok: true });
    expect(parseJsonText('{"constructor":"fine","k\\u0065y":{"prototype":1}}', 64)).toMatchObject({ ok: true });
    expect(scanJson('{"a":"x\\ny","b":"__proto__"}', 64).suspectKey).toBe(false);
    expect(scanJson('{"a\\ny":1}', 64).suspectKey).toBe(true);
  });

  it('gives the results of a character-by-character depth count and secure-json-parse on every text', () => {
    const pieces = ['{', '}', '[', ']', '"', '\\', '\\"', '\\u005f', ':', ',', ' ', '1', 'a', '__proto__', 'constructor', 'prototype', '\uFEFF'];
    const texts = [
      '{"a":1}', '\uFEFF{"a":"\\u0041"}', '\uFEFF{"a\\"b":1}', '\uFEFF{"a":1}', '\uFEFF{"__proto__":1}', '{"__proto__":1}',
      '{"constructor":{"prototype":1}}', '{"a":"\\\\"}', '"\\', '[[["\\\\\\""]]]', '{"x":"constructor"}',
    ];
    // Deterministic pseudo-random texts over JSON's structural pieces: most are malformed, some are not.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let j = next() % 16; j > 0; j--) t += pieces[next() % pieces.length] as string;
      texts.push(t);
    }
    for (const [a, b, c] of [['{"', '":{"', '":1}}'], ['{"a":["', '",{"', '":{"prototype":2}}]}']] as const) {
      for (const key of ['__proto__', 'constructor', '\\u005f_proto__', 'c\\u006fnstructor', 'a\\"b', 'x']) texts.push(`${a}${key}${b}${key}${c}`);
    }
    for (const text of texts) {
      for (const limit of [1, 2, 64]) expect(parseJsonText(text, limit), JSON.stringify(text)).toEqual(reference(text, limit));
    }
  });
});

/** The intake before the single-pass scan: a char-by-char depth count and a substring test for the parser. */
function reference(text: string, maxDepth: number): unknown {
  if (text.trim() === '') return { ok: false, code: 'empty', detail: 'The body is empty; send a JSON document.' };
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length && max <= maxDepth; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  if (max > maxDepth) return { ok: false, code: 'too-deep', detail: `The body nests deeper than ${maxDepth} levels.` };
  try {
    const plain = !text.includes('\\u') && !text.includes('__proto__') && !text.includes('constructor');
    const value: unknown = plain ? JSON.parse(text) : sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
    return { ok: true, value, text };
  } catch (err) {
    const message = (err as Error).message;
    if (message.includes('forbidden prototype property')) {
      return { ok: false, code: 'forbidden-key', detail: 'The body contains a "__proto__" or "constructor.prototype" key.' };
    }
    return { ok: false, code: 'malformed-json', detail: `The body is not valid JSON: ${message}.` };
  }
}
