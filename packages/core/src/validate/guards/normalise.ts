import unhomoglyph from 'unhomoglyph';
import { hexText, leetReading } from './obfuscation.js';

// Invisible characters used to split trigger words: zero-width space/joiners, marks, word joiner,
// invisible operators, BOM, soft hyphen, combining grapheme joiner, Mongolian vowel separator.
const INVISIBLE = /\u034F|[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// Unicode tag characters (U+E0000-E007F): invisible, but a model reads them as ASCII ("ASCII smuggling").
const TAGS = /\uDB40[\uDC00-\uDC7F]/g;
const NON_ASCII_RUN = /[\u0080-\uFFFF]+/g;
// Obvious base64: a long run of the alphabet, at most one run per 24 chars of text is worth decoding.
const BASE64_SPAN = /[A-Za-z0-9+/]{24,}={0,2}|[A-Za-z0-9_-]{24,}={0,2}/g;
const SPACES = /\s+/g;
const PRINTABLE = /^[\x20-\x7E\t\r\n]*$/;
const MAX_DECODED_SPANS = 8;

/**
 * The forms of one text a guard scans: the text itself, folded (NFKC, invisible characters removed,
 * homoglyphs folded to ASCII, lower case, spaces collapsed); the payload of any Unicode tag characters; and
 * any base64 span that decodes to printable text. Plain ASCII skips the Unicode steps: the common case.
 */
export function normalisedForms(text: string): string[] {
  const forms: string[] = [];
  let t = text;
  if (hasNonAscii(t)) {
    const hidden = tagPayload(t);
    if (hidden) forms.push(fold(hidden));
    // Lower case before folding: unhomoglyph maps Cyrillic 'І' to 'l' (its confusable), but 'і' to 'i'.
    t = t.normalize('NFKC').replace(TAGS, '').replace(INVISIBLE, '').toLowerCase();
    // NFKC leaves Cyrillic/Greek look-alikes alone; unhomoglyph folds them (Unicode confusables data).
    // Applied to non-ASCII runs only: its table also maps ASCII ('m' -> 'rn', '1' -> 'l').
    t = t.replace(NON_ASCII_RUN, (run) => unhomoglyph(run));
  }
  const folded = fold(t);
  forms.push(folded);
  const leet = leetReading(folded);
  if (leet) forms.push(leet);
  if (!hasLongRun(text)) return forms;
  let decoded = 0;
  BASE64_SPAN.lastIndex = 0;
  // exec() on the shared global regex rather than matchAll(), which clones the regex on every call.
  for (let m = BASE64_SPAN.exec(text); m !== null && ++decoded <= MAX_DECODED_SPANS; m = BASE64_SPAN.exec(text)) {
    const plain = Buffer.from(m[0], m[0].includes('-') || m[0].includes('_') ? 'base64url' : 'base64').toString('latin1');
    if (plain.length >= 12 && PRINTABLE.test(plain)) forms.push(fold(plain));
    const hex = hexText(m[0]);
    if (hex) forms.push(fold(hex));
  }
  BASE64_SPAN.lastIndex = 0;
  return forms;
}

/** Whether the text has 24 base64 characters in a row: one pass over char codes, before any regex runs. */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 45 || c === 95;
    if (!b64) run = 0;
    else if (++run >= 24) return true;
  }
  return false;
}

function fold(text: string): string {
  let lower = text.toLowerCase();
  // "ignore_all_previous_instructions()": identifiers read as words.
  if (lower.includes('_')) lower = lower.replace(UNDERSCORES, ' ');
  // "i g n o r e   a l l" → "ignore all", "d-i-s-r-e-g-a-r-d", "i.g.n.o.r.e": runs of single letters with
  // one separator repeated between them are joined before spaces collapse, so wider gaps still separate the
  // words (only in a text with a run of four or more).
  if (HAS_LETTER_RUN.test(lower)) lower = lower.replace(LETTER_RUN, (run, sep: string) => run.split(sep).join(''));
  return plainSpaces(lower) ? lower : lower.replace(SPACES, ' ');
}

const UNDERSCORES = /_+/g;
const HAS_LETTER_RUN = /\b[a-z][ .*-][a-z][ .*-][a-z][ .*-][a-z]\b/;
// Once a text has one such run, shorter ones ("a l l") are joined too: the words around a spaced-out word.
const LETTER_RUN = /\b[a-z]([ .*-])[a-z](?:\1[a-z]){1,}\b/g;

/** True when every whitespace is a single ' ': the common case needs no replace(). */
function plainSpaces(text: string): boolean {
  let prevSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else {
      if ((c >= 9 && c <= 13) || c === 0xa0 || c > 0x2000) return false;
      prevSpace = false;
    }
  }
  return true;
}

function tagPayload(text: string): string {
  let out = '';
  for (let i = 0; i < text.length - 1; i++) {
    if (text.charCodeAt(i) === 0xdb40) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdc7f) out += String.fromCharCode(low - 0xdc00);
    }
  }
  return out;
}

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}
