import { _, type Ajv, type CodeKeywordDefinition, type KeywordCxt } from 'ajv';

/**
 * Code points in a string: a surrogate pair counts once, a lone surrogate once (ajv's own count, which
 * JSON Schema's maxLength/minLength are defined on).
 */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}

/**
 * Replaces ajv's maxLength/minLength with the same keywords that count code points only when the UTF-16
 * length cannot decide: a string has at most `length` and at least `ceil(length / 2)` code points, so
 * `length <= max` passes and `length < min` fails without a walk over the text. ajv counts every string
 * character by character (O(n) even for a 100 KB prompt under a 1,000,000 cap). Accept/reject results,
 * error messages and params are ajv's; the rule keeps its place (before `pattern`), so the first error a
 * body reports does not change either.
 */
export function useFastStringLength(ajv: Ajv): void {
  const builtIn = ajv.getKeyword('maxLength');
  if (typeof builtIn !== 'object' || !('code' in builtIn)) throw new Error('ajv has no built-in maxLength keyword to replace');
  const definition: CodeKeywordDefinition = {
    keyword: ['maxLength', 'minLength'],
    type: 'string',
    schemaType: 'number',
    $data: true,
    ...(builtIn.error ? { error: builtIn.error } : {}),
    before: 'pattern',
    code(cxt: KeywordCxt) {
      const { keyword, data, schemaCode, gen } = cxt;
      const count = gen.scopeValue('func', { ref: codePoints });
      cxt.fail$data(
        keyword === 'maxLength'
          ? _`${data}.length > ${schemaCode} && ${count}(${data}) > ${schemaCode}`
          : _`${data}.length < ${schemaCode} || (${data}.length < 2 * ${schemaCode} && ${count}(${data}) < ${schemaCode})`,
      );
    },
  };
  ajv.removeKeyword('maxLength');
  ajv.removeKeyword('minLength');
  ajv.addKeyword(definition);
}
