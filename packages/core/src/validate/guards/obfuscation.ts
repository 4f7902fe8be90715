/**
 * Cheap extra readings of a folded text for disguises the fold itself leaves alone: leetspeak
 * ("1gn0r3 pr3v10u5 1n57ruc710n5") and hex-encoded spans. Reversed and ROT13 text need no extra form: rules
 * written in those spellings match them directly (injection-families.ts).
 */

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '@': 'a', $: 's' };
const LEET_TOKEN = /[a-z0-9@$]+/g;
const LEET_CHAR = /[0134578@$]/g;
const LEET_HINT = /[a-z][0134578@$][a-z]/;

function isLeetDigit(c: number): boolean {
  // 0 1 3 4 5 7 8 @ $
  return c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55 || c === 56 || c === 64 || c === 36;
}
function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The text with leet digits read as letters, when at least two words have a digit between letters (so a
 * booking reference like "abc123" or one product name like "gpt4o" is not enough); otherwise undefined.
 */
export function leetReading(folded: string): string | undefined {
  // Most texts have no digit between two letters at all: one regex scan settles them.
  if (!LEET_HINT.test(folded)) return undefined;
  let seen = 0;
  let lastWordStart = -1;
  let wordStart = 0;
  for (let i = 1; i < folded.length - 1; i++) {
    const c = folded.charCodeAt(i);
    if (!isLetter(c) && !(c >= 48 && c <= 57) && c !== 64 && c !== 36) {
      wordStart = i + 1;
      continue;
    }
    if (isLeetDigit(c) && isLetter(folded.charCodeAt(i - 1)) && isLetter(folded.charCodeAt(i + 1)) && wordStart !== lastWordStart) {
      lastWordStart = wordStart;
      if (++seen === 2) break;
    }
  }
  if (seen < 2) return undefined;
  return folded.replace(LEET_TOKEN, (token) => (/[a-z]/.test(token) ? token.replace(LEET_CHAR, (d) => LEET[d] as string) : token));
}

const HEX = /^(?:[0-9a-f]{2})+$/i;
const PRINTABLE = /^[\x20-\x7E\t\r\n]*$/;

/** A span of hex digits that decodes to printable text (at least 12 characters), or undefined. */
export function hexText(span: string): string | undefined {
  if (!HEX.test(span)) return undefined;
  const plain = Buffer.from(span, 'hex').toString('latin1');
  return plain.length >= 12 && PRINTABLE.test(plain) ? plain : undefined;
}
