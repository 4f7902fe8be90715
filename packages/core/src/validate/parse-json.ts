import sjson from 'secure-json-parse';

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly text?: string }
  | { readonly ok: false; readonly code: 'invalid-utf8' | 'malformed-json' | 'too-deep' | 'forbidden-key' | 'empty'; readonly detail: string };

const NOT_SPACE = /\S/;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes strict UTF-8 and parses JSON safely: nesting is measured on the text before anything walks the
 * tree (case 33), and `__proto__` / `constructor.prototype` keys are refused (case 31) by secure-json-parse.
 */
export function parseJson(bytes: Uint8Array, maxDepth: number): ParseResult {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, code: 'invalid-utf8', detail: 'The body is not valid UTF-8.' };
  }
  return parseJsonText(text, maxDepth);
}

export function parseJsonText(text: string, maxDepth: number): ParseResult {
  // trim() === '' without trim()'s copy of a body that ends in a newline: \s is trim()'s character set.
  if (!NOT_SPACE.test(text)) return { ok: false, code: 'empty', detail: 'The body is empty; send a JSON document.' };
  // Most bodies need no scan: with no more brackets in the whole text than the limit it cannot nest deeper,
  // and only a `\u` escape or the words themselves can spell a forbidden key. A handful of native searches
  // instead of a walk over every string (a third of the intake's cost for a chat body).
  if (!legacySuspect(text) && !openersExceed(text, maxDepth)) return parsePlain(text);
  const scan = scanJson(text, maxDepth);
  if (scan.depth > maxDepth) {
    return { ok: false, code: 'too-deep', detail: `The body nests deeper than ${maxDepth} levels.` };
  }
  try {
    // JSON.parse makes a `__proto__` or `constructor` key an own property, which secure-json-parse then
    // refuses: a key can only spell one literally or with escapes, so without such a key plain JSON.parse
    // gives the same result and secure-json-parse's scans of the whole text are skipped.
    if (!(text.charCodeAt(0) === 0xfeff ? legacySuspect(text) : scan.suspectKey)) return parsePlain(text);
    return { ok: true, value: sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }), text };
  } catch (err) {
    return parseFailure(err);
  }
}

function parsePlain(text: string): ParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (err) {
    return parseFailure(err);
  }
}

function parseFailure(err: unknown): ParseResult {
  const message = (err as Error).message;
  if (message.includes('forbidden prototype property')) {
    return { ok: false, code: 'forbidden-key', detail: 'The body contains a "__proto__" or "constructor.prototype" key.' };
  }
  return { ok: false, code: 'malformed-json', detail: `The body is not valid JSON: ${message}.` };
}

/** Whether the text holds more than `limit` opening brackets, in strings or not (stops counting there). */
function openersExceed(text: string, limit: number): boolean {
  let count = 0;
  for (let i = text.indexOf('{'); i !== -1; i = text.indexOf('{', i + 1)) if (++count > limit) return true;
  for (let i = text.indexOf('['); i !== -1; i = text.indexOf('[', i + 1)) if (++count > limit) return true;
  return false;
}

/**
 * Whether a forbidden key could be spelt anywhere in the text. Also the parser choice for a text that starts
 * with a BOM (a second one: the decoder removed the first), which secure-json-parse drops and JSON.parse refuses.
 */
function legacySuspect(text: string): boolean {
  return text.includes('\\u') || text.includes('__proto__') || text.includes('constructor');
}

export interface JsonScan {
  /** Deepest nesting seen, up to the first level past the limit. */
  readonly depth: number;
  /** An object key is spelt with escapes, or is literally `__proto__` or `constructor`. */
  readonly suspectKey: boolean;
}

/**
 * Hand-written because no maintained package measures nesting without first building the tree: one linear
 * pass over the text that stops as soon as `limit` is passed. String contents are skipped with indexOf
 * (native, many characters per step) rather than read one by one; only keys are looked at.
 */
export function scanJson(text: string, limit: number): JsonScan {
  const n = text.length;
  let depth = 0;
  let max = 0;
  let suspectKey = false;
  // Position of the next backslash at or after the current string's contents (n: none left).
  let backslash = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i + 1;
      let pos = start;
      let escaped = false;
      let quote = text.indexOf('"', pos);
      for (;;) {
        if (quote === -1) return { depth: max, suspectKey };
        if (backslash < pos) {
          backslash = text.indexOf('\\', pos);
          if (backslash === -1) backslash = n;
        }
        if (backslash > quote) break;
        // An escape: skip the backslash and the character it escapes (which may be the quote found).
        escaped = true;
        pos = backslash + 2;
        if (quote < pos) quote = text.indexOf('"', pos);
      }
      const length = quote - start;
      if (!suspectKey && (escaped || length === 9 || length === 11) && isKey(text, quote + 1)) {
        suspectKey = escaped || text.startsWith(length === 9 ? '__proto__' : 'constructor', start);
      }
      i = quote;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return { depth: max, suspectKey };
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return { depth: max, suspectKey };
}

/** Nesting depth of a JSON text (see scanJson). */
export function jsonDepth(text: string, limit: number): number {
  return scanJson(text, limit).depth;
}

/** Whether the string that closed just before `at` is an object key: JSON whitespace, then a colon. */
function isKey(text: string, at: number): boolean {
  for (let j = at; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 58 /* : */) return true;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return false;
}

/**
 * Checks a body the app parsed already (express.json, ...): depth, iteratively so nothing can overflow, and
 * the keys a JSON.parse-based parser lets through as own properties.
 */
export function inspectParsed(value: unknown, maxDepth: number): ParseResult {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (v === null || typeof v !== 'object') continue;
    if (d > maxDepth) return { ok: false, code: 'too-deep', detail: `The body nests deeper than ${maxDepth} levels.` };
    if (Object.hasOwn(v, '__proto__') || isPrototypeCarrier(v)) {
      return { ok: false, code: 'forbidden-key', detail: 'The body contains a "__proto__" or "constructor.prototype" key.' };
    }
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return { ok: true, value };
}

function isPrototypeCarrier(v: object): boolean {
  const c: unknown = Object.hasOwn(v, 'constructor') ? (v as { constructor: unknown }).constructor : undefined;
  return c !== null && typeof c === 'object' && Object.hasOwn(c, 'prototype');
}
