import type { Ajv, CodeKeywordDefinition, KeywordCxt } from 'ajv';
import { ajvCompiler } from '../lazy-modules.js';
import { codePoints } from './code-points.js';

/**
 * Replaces ajv's maxLength/minLength with the same keywords that count code points only when the UTF-16
 * length cannot decide: a string has at most `length` and at least `ceil(length / 2)` code points, so
 * `length <= max` passes and `length < min` fails without a walk over the text. ajv counts every string
 * character by character (O(n) even for a 100 KB prompt under a 1,000,000 cap). Accept/reject results,
 * error messages and params are ajv's; the rule keeps its place (before `pattern`), so the first error a
 * body reports does not change either.
 */
export function useFastStringLength(ajv: Ajv): void {
  const { _ } = ajvCompiler();
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
      // `code` is how standalone code names the function: generated/body-validators.js imports codePoints.
      const count = gen.scopeValue('func', { ref: codePoints, code: _`codePoints` });
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
