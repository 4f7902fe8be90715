/**
 * Code points in a string: a surrogate pair counts once, a lone surrogate once (ajv's own count, which
 * JSON Schema's maxLength/minLength are defined on). Its own module, without ajv, because the generated body
 * validators import it.
 */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return n;
}
