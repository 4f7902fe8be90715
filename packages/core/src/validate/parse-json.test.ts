import { describe, expect, it } from 'vitest';
import { inspectParsed, jsonDepth, parseJson, parseJsonText } from './parse-json.js';

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
});
