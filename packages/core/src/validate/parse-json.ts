import sjson from 'secure-json-parse';

export type ParseResult =
  | { readonly ok: true; readonly value: unknown; readonly text?: string }
  | { readonly ok: false; readonly code: 'invalid-utf8' | 'malformed-json' | 'too-deep' | 'forbidden-key' | 'empty'; readonly detail: string };

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
  if (text.trim() === '') return { ok: false, code: 'empty', detail: 'The body is empty; send a JSON document.' };
  const depth = jsonDepth(text, maxDepth);
  if (depth > maxDepth) {
    return { ok: false, code: 'too-deep', detail: `The body nests deeper than ${maxDepth} levels.` };
  }
  try {
    // Without `\u` escapes a forbidden key can only be spelt literally, so a native substring search rules
    // it out and plain JSON.parse is safe; anything else goes through secure-json-parse's full scan.
    if (!text.includes('\\u') && !text.includes('__proto__') && !text.includes('constructor')) {
      return { ok: true, value: JSON.parse(text) as unknown, text };
    }
    return { ok: true, value: sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }), text };
  } catch (err) {
    const message = (err as Error).message;
    if (message.includes('forbidden prototype property')) {
      return { ok: false, code: 'forbidden-key', detail: 'The body contains a "__proto__" or "constructor.prototype" key.' };
    }
    return { ok: false, code: 'malformed-json', detail: `The body is not valid JSON: ${message}.` };
  }
}

/**
 * Hand-written because no maintained package measures nesting without first building the tree: one linear
 * pass over the text, skipping string contents, that stops as soon as `limit` is passed.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
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
