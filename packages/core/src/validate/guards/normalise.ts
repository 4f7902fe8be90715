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
// Where SPACES would change something: two spaces in a row or any other whitespace. Above U+2000 every
// character counts, so a text with one is never skipped (the replace() then decides).
const UNPLAIN_SPACE = / {2}|[\t-\r\xa0\u2001-\uffff]/;
const NON_ASCII = /[^\0-\x7f]/;
// What makes folding do more than lower-case ASCII text: anything but printable ASCII (non-ASCII, the
// whitespace UNPLAIN_SPACE would collapse, other controls, for which folding changes nothing), two spaces, an
// underscore, or a run HAS_LETTER_RUN would join (its test on the lower-cased text, here case-insensitive).
// Tested one by one: single character classes and substring searches are native scans, where one regex with
// five alternatives retried every one at every position (6,000 instructions for two short messages).
const NOT_PRINTABLE = /[^ -~]/;
const HAS_LETTER_RUN_ANY_CASE = /\b[a-z][ .*-][a-z][ .*-][a-z][ .*-][a-z]\b/i;

function needsFolding(text: string): boolean {
  return NOT_PRINTABLE.test(text) || text.includes('  ') || text.includes('_') || HAS_LETTER_RUN_ANY_CASE.test(text);
}
const PRINTABLE = /^[\x20-\x7E\t\r\n]*$/;
const MAX_DECODED_SPANS = 8;

/**
 * The forms of one text a guard scans: the text itself, folded (NFKC, invisible characters removed,
 * homoglyphs folded to ASCII, lower case, spaces collapsed); the payload of any Unicode tag characters; and
 * any base64 span that decodes to printable text. Plain ASCII skips the Unicode steps: the common case.
 */
export function normalisedForms(text: string): string[] {
  const forms: string[] = [];
  if (!needsFolding(text)) forms.push(text.toLowerCase());
  else {
    let t = text;
    if (NON_ASCII.test(t)) {
      const hidden = tagPayload(t);
      if (hidden) forms.push(fold(hidden));
      // Lower case before folding: unhomoglyph maps Cyrillic 'І' to 'l' (its confusable), but 'і' to 'i'.
      t = t.normalize('NFKC').replace(TAGS, '').replace(INVISIBLE, '').toLowerCase();
      // NFKC leaves Cyrillic/Greek look-alikes alone; unhomoglyph folds them (Unicode confusables data).
      // Applied to non-ASCII runs only: its table also maps ASCII ('m' -> 'rn', '1' -> 'l').
      t = t.replace(NON_ASCII_RUN, (run) => unhomoglyph(run));
    }
    forms.push(fold(t));
  }
  // Leetspeak is read from the folded form (the last one pushed so far).
  const leet = leetReading(forms[forms.length - 1] as string);
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

/**
 * Whether the text has 24 base64 characters in a row. Any such run covers a position 24k + 23, so only those
 * are looked at, and only a base64 character there is extended both ways: about one read in ten for prose,
 * where a char-by-char walk (or a regex, which retries at every position) reads every character.
 */
function hasLongRun(text: string): boolean {
  const n = text.length;
  for (let p = 23; p < n; p += 24) {
    if (!isBase64(text.charCodeAt(p))) continue;
    let start = p;
    while (start > 0 && isBase64(text.charCodeAt(start - 1))) start--;
    let end = p + 1;
    while (end < n && end - start < 24 && isBase64(text.charCodeAt(end))) end++;
    if (end - start >= 24) return true;
  }
  return false;
}

const BASE64_CHARS = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_') BASE64_CHARS[c.charCodeAt(0)] = 1;

function isBase64(c: number): boolean {
  return c < 128 && BASE64_CHARS[c] === 1;
}

function fold(text: string): string {
  let lower = text.toLowerCase();
  // "ignore_all_previous_instructions()": identifiers read as words.
  if (lower.includes('_')) lower = lower.replace(UNDERSCORES, ' ');
  // "i g n o r e   a l l" → "ignore all", "d-i-s-r-e-g-a-r-d", "i.g.n.o.r.e": runs of single letters with
  // one separator repeated between them are joined before spaces collapse, so wider gaps still separate the
  // words (only in a text with a run of four or more).
  if (HAS_LETTER_RUN.test(lower)) lower = lower.replace(LETTER_RUN, (run, sep: string) => run.split(sep).join(''));
  return UNPLAIN_SPACE.test(lower) ? lower.replace(SPACES, ' ') : lower;
}

const UNDERSCORES = /_+/g;
const HAS_LETTER_RUN = /\b[a-z][ .*-][a-z][ .*-][a-z][ .*-][a-z]\b/;
// Once a text has one such run, shorter ones ("a l l") are joined too: the words around a spaced-out word.
const LETTER_RUN = /\b[a-z]([ .*-])[a-z](?:\1[a-z]){1,}\b/g;

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
