import { isIPv6 } from 'node:net';
import type { PiiKind } from '../../policy/types-guards.js';

/** A PII detector: a linear-time candidate regex (global) and an optional checksum or shape check. */
export interface Detector {
  /** Upper-case name used in placeholders and problem details. */
  readonly name: string;
  /** What the detector finds, for problem details. */
  readonly label: string;
  readonly regex: RegExp;
  readonly check?: (match: string) => boolean;
  /**
   * A cheap test that must pass before the regex runs. `digits`, worked out once per text: 0 when it has no
   * digit, 1 when it has some but never two in a row, 2 when it has two in a row. It must only look for
   * substrings and digits (no newline in them): the guard first asks it of a request's texts joined by
   * newlines, and skips the detector for all of them when it fails there.
   */
  readonly hint?: (text: string, digits: number) => boolean;
  /**
   * The match `regex` finds from `from` on (as its exec() with `lastIndex = from`), or at least every match
   * `check` would accept, found faster: only around a character each of them contains.
   */
  readonly next?: (text: string, from: number) => RegExpExecArray | null;
}

/**
 * Whether the text contains one of `needles` (hints run on every text). A punctuation character all the
 * needles share (`-` in `sk-`, `_` in `ghp_`) is searched for first: a one-character search is a memchr,
 * several characters cost a few times more, and most texts have no `_`.
 */
const has = (...needles: string[]) => {
  const first = needles[0] ?? '';
  const gate = first.length > 1 ? [...first].find((c) => /[^A-Za-z0-9]/.test(c) && needles.every((n) => n.includes(c))) : undefined;
  return (text: string) => {
    if (gate !== undefined && !text.includes(gate)) return false;
    for (const n of needles) if (text.includes(n)) return true;
    return false;
  };
};
const needsDigitPair = (_text: string, digits: number) => digits === 2;

// All patterns: bounded or single quantifiers over classes that do not overlap their neighbours, no
// nested quantifiers, so matching stays linear in the text length.
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const AWS_SECRET = /aws_secret/i;
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g;
// Every candidate run of hex digits and colons: IPv6 addresses among them pass the check.
const IPV6 = /(?<![\w:])[0-9A-Fa-f:]{3,39}(?![\w:])/g;

/** Built-in detectors, in priority order: an earlier detector's match wins where two overlap. */
export const BUILT_IN_DETECTORS: Readonly<Record<PiiKind, readonly Detector[]>> = {
  secret: [
    { name: 'SECRET', label: 'an Anthropic API key', regex: /\bsk-ant-[a-z0-9]{2,12}-[A-Za-z0-9_-]{20,}/g, hint: has('sk-ant-') },
    { name: 'SECRET', label: 'an OpenAI API key', regex: /\bsk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}/g, hint: has('sk-') },
    { name: 'SECRET', label: 'an AWS access key id', regex: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g, hint: has('AKIA', 'ASIA', 'ABIA', 'ACCA') },
    { name: 'SECRET', label: 'an AWS secret access key', regex: /\baws_secret_access_key\s{0,3}[=:]\s{0,3}["']?[A-Za-z0-9/+=]{40}\b/gi, hint: (t) => t.includes('_') && AWS_SECRET.test(t) },
    { name: 'SECRET', label: 'a GitHub token', regex: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g, hint: has('ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_') },
    { name: 'SECRET', label: 'a Tollgate API key', regex: /\btg_[a-z]{2,16}_[A-Za-z0-9]{4,64}_[A-Za-z0-9]{20,}\b/g, hint: has('tg_') },
  ],
  email: [{ name: 'EMAIL', label: 'an email address', regex: EMAIL, hint: has('@'), next: nextEmail }],
  card: [{ name: 'CARD', label: 'a payment card number', regex: /(?<![\d-])(?:\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,7}|\d{4}[ -]\d{6}[ -]\d{4,5}|\d{13,19})(?![\d-])/g, check: luhn, hint: needsDigitPair }],
  iban: [{ name: 'IBAN', label: 'an IBAN', regex: ibanRegex(), check: ibanValid, hint: needsDigitPair }],
  ssn: [{ name: 'SSN', label: 'a US social security number', regex: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g, hint: needsDigitPair }],
  ip: [
    { name: 'IP', label: 'an IP address', regex: new RegExp(`(?<![\\d.])${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}(?![\\d.]|\\.\\d)`, 'g'), hint: (t, digits) => digits > 0 && t.includes('.') },
    { name: 'IP', label: 'an IP address', regex: IPV6, check: (m) => /\d/.test(m) && (m.length >= 6 || m === '::1') && isIPv6(m), hint: (t, digits) => digits > 0 && t.includes(':'), next: nextIpv6 },
  ],
  phone: [
    {
      name: 'PHONE',
      label: 'a phone number',
      // International (+CC ...) or grouped national numbers; the digit count is checked after.
      regex: /(?<![\w+/.-])\+?\(?\d[\d ().-]{7,22}\d(?![\w/-]|\.\d)/g,
      check: phoneShape,
      hint: needsDigitPair,
    },
  ],
};

/**
 * IBANs: compact, or printed in groups of four. The grouped form is spelled out per group count
 * (longest first) rather than `(?: [A-Z0-9]{4}){2,7}`, so no quantifier nests inside another.
 */
function ibanRegex(): RegExp {
  const group = ' [A-Z0-9]{4}';
  const grouped: string[] = [];
  for (let k = 7; k >= 2; k--) grouped.push(group.repeat(k) + ' [A-Z0-9]{1,3}', group.repeat(k));
  return new RegExp(`\\b[A-Z]{2}\\d{2}(?:[A-Z0-9]{11,30}|${grouped.join('|')})\\b`, 'g');
}

/** Character classes by code (ASCII): the email local part, and `\w` or a colon. */
const LOCAL_PART = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-');
const WORD_OR_COLON = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:');

function charSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const c of chars) set[c.charCodeAt(0)] = 1;
  return set;
}

const inSet = (set: Uint8Array, c: number) => c < 128 && set[c] === 1;

/**
 * EMAIL's next match, looked for only where there is an `@`. A match starts where a run of local-part
 * characters starts (the lookbehind) and that run must reach the `@` (the `@` is not in it), so the one
 * place to try for each `@` is the start of the run before it; a run longer than 64 fails there as it does
 * in the scan. The regex itself, made sticky, decides each candidate. Run over the whole text instead, the
 * engine retries the bounded local part at every word: about 10 ns per character of prose.
 */
function nextEmail(text: string, from: number): RegExpExecArray | null {
  for (let at = text.indexOf('@', from); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start <= 64 && inSet(LOCAL_PART, text.charCodeAt(start - 1))) start--;
    if (start === at || start < from) continue;
    EMAIL_AT.lastIndex = start;
    const m = EMAIL_AT.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * IPV6's next match that contains a colon (without one, isIPv6 refuses it). IPV6 matches exactly the
 * maximal runs of `[\w:]` that are 3 to 39 hex digits and colons, so for each colon the run around it is
 * the one candidate; runs without a colon (words, numbers) are never looked at.
 */
function nextIpv6(text: string, from: number): RegExpExecArray | null {
  for (let colon = text.indexOf(':', from); colon !== -1; ) {
    let start = colon;
    while (start > 0 && inSet(WORD_OR_COLON, text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && inSet(WORD_OR_COLON, text.charCodeAt(end))) end++;
    if (start >= from && end - start >= 3 && end - start <= 39) {
      IPV6_AT.lastIndex = start;
      const m = IPV6_AT.exec(text);
      if (m) return m;
    }
    colon = text.indexOf(':', end);
  }
  return null;
}

const EMAIL_AT = new RegExp(EMAIL.source, 'y');
const IPV6_AT = new RegExp(IPV6.source, 'y');

export const ALL_KINDS: readonly PiiKind[] = ['secret', 'email', 'card', 'iban', 'ssn', 'ip', 'phone'];

/** Payment cards carry a Luhn check digit: a random 16-digit number passes one time in ten. */
export function luhn(candidate: string): boolean {
  let sum = 0;
  let double = false;
  let digits = 0;
  for (let i = candidate.length - 1; i >= 0; i--) {
    const c = candidate.charCodeAt(i) - 48;
    if (c < 0 || c > 9) continue;
    digits++;
    let d = c;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits >= 13 && digits <= 19 && sum % 10 === 0;
}

/** ISO 13616: move the first four characters to the end, letters to numbers, the result mod 97 must be 1. */
export function ibanValid(candidate: string): boolean {
  const s = candidate.replace(/ /g, '');
  if (s.length < 15 || s.length > 34) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    const v = c >= 65 ? c - 55 : c - 48;
    rest = (v > 9 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

const SEPARATOR_RUN = /[ .-]{2}/;

function phoneShape(candidate: string): boolean {
  let digits = 0;
  for (let i = 0; i < candidate.length; i++) {
    const c = candidate.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  // Ten to fifteen digits (E.164), and either a country code, an area code in brackets, or separators
  // between groups: a bare run of digits is more often an id or an amount.
  if (digits < 10 || digits > 15 || SEPARATOR_RUN.test(candidate)) return false;
  const groups = candidate.split(/[ .-]/).length;
  if (groups > 6) return false;
  return candidate.startsWith('+') || /^\(\d{1,4}\)/.test(candidate) || (groups >= 2 && !candidate.includes('(') && !candidate.includes(')'));
}
