import safeRegex from 'safe-regex2';
import { TollgateConfigError } from '../../errors.js';

/**
 * Compiles a regex from the policy at start-up. safe-regex2 refuses star height above one (`(a+)+`) and
 * large repetition counts, the shapes behind catastrophic backtracking (TG_REGEX_UNSAFE); guards then run
 * it only on bodies already capped by `maxBodyBytes` (and `maxMessageChars` when set).
 */
export function compileUserRegex(pattern: string, flags: string, where: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, flags);
  } catch (err) {
    throw new TollgateConfigError('TG_REGEX_INVALID', `the pattern does not compile: ${(err as Error).message}; fix its syntax.`, where);
  }
  if (!isSafePattern(regex.source)) {
    throw new TollgateConfigError(
      'TG_REGEX_UNSAFE',
      'the pattern can backtrack catastrophically (nested quantifiers such as (a+)+ or very large repetition counts); rewrite it without nesting quantifiers.',
      where,
    );
  }
  return regex;
}

// safe-regex2's parser (ret) does not know lookbehind and calls every regex with one unsafe: check its
// contents as a plain group instead, so quantifiers inside a lookbehind are still judged.
const LOOKBEHIND = /\(\?<[=!]([^()]*)\)/g;

/** Whether safe-regex2 judges the pattern free of catastrophic backtracking (`limit`: most quantifiers). */
export function isSafePattern(source: string, limit = 25): boolean {
  return safeRegex(source.replace(LOOKBEHIND, '(?:$1)'), { limit });
}
