/** Placeholders look like `[EMAIL_1]`: an upper-case kind and a per-request number. */
const PLACEHOLDER = /\[([A-Z][A-Z0-9_]{0,31})_(\d{1,6})\]/g;
/** Longest placeholder: `[` + 32 + `_` + 6 + `]`; a held-back tail never needs to be longer. */
const MAX_PLACEHOLDER = 41;
const PARTIAL = /^\[[A-Z0-9_]*$/;

/** Per-request table of masked values; the same value always gets the same placeholder. */
export class MaskTable {
  readonly #byValue = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, string>();
  readonly #counts = new Map<string, number>();

  placeholder(kind: string, value: string): string {
    const known = this.#byValue.get(value);
    if (known !== undefined) return known;
    const n = (this.#counts.get(kind) ?? 0) + 1;
    this.#counts.set(kind, n);
    const p = `[${kind}_${n}]`;
    this.#byValue.set(value, p);
    this.#byPlaceholder.set(p, value);
    return p;
  }

  get size(): number {
    return this.#byPlaceholder.size;
  }

  /** Swaps placeholders back; with `json`, the values are escaped for use inside a JSON string. */
  unmask(text: string, json = false): string {
    if (this.#byPlaceholder.size === 0 || !text.includes('[')) return text;
    return text.replace(PLACEHOLDER, (p) => {
      const v = this.#byPlaceholder.get(p);
      if (v === undefined) return p;
      return json ? JSON.stringify(v).slice(1, -1) : v;
    });
  }
}

/**
 * How much of `text` can be unmasked now: everything but a trailing `[EMA...` that the next chunk may
 * complete into a placeholder.
 */
export function splitHeld(text: string): [ready: string, held: string] {
  const open = text.lastIndexOf('[');
  if (open === -1 || text.length - open > MAX_PLACEHOLDER || !PARTIAL.test(text.slice(open))) return [text, ''];
  return [text.slice(0, open), text.slice(open)];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where the streamed text of an SSE event lives, per provider, and a key per output it belongs to. */
interface TextField {
  key: string;
  get(): string;
  set(s: string): void;
  /** This event ends the output: flush what is held into it. */
  final: boolean;
}

function textFields(event: Obj): TextField[] {
  const out: TextField[] = [];
  // OpenAI chat completions chunks.
  if (Array.isArray(event['choices'])) {
    for (const choice of event['choices'] as unknown[]) {
      if (!isObj(choice)) continue;
      const delta = isObj(choice['delta']) ? choice['delta'] : undefined;
      const key = `c${String(choice['index'] ?? 0)}`;
      const final = choice['finish_reason'] !== null && choice['finish_reason'] !== undefined;
      if (delta && (typeof delta['content'] === 'string' || final)) {
        out.push({ key, final, get: () => (typeof delta['content'] === 'string' ? delta['content'] : ''), set: (s) => (delta['content'] = s) });
      }
    }
    return out;
  }
  // Anthropic messages: text deltas; content_block_stop ends a block (its text is flushed in a delta before it).
  if (event['type'] === 'content_block_delta' && isObj(event['delta']) && typeof event['delta']['text'] === 'string') {
    const delta = event['delta'];
    out.push({ key: `a${String(event['index'] ?? 0)}`, final: false, get: () => delta['text'] as string, set: (s) => (delta['text'] = s) });
  }
  // OpenAI Responses text deltas.
  if (event['type'] === 'response.output_text.delta' && typeof event['delta'] === 'string') {
    out.push({ key: `r${String(event['output_index'] ?? 0)}`, final: false, get: () => event['delta'] as string, set: (s) => (event['delta'] = s) });
  }
  return out;
}

/**
 * A TransformStream for SSE responses that swaps placeholders back in the streamed text. A placeholder
 * split across events (`[EMA` then `IL_1]`) is held back until it is complete; held text is flushed at
 * the end of its output. Events Tollgate does not understand pass through with placeholders swapped.
 */
export function unmaskSseTap(table: MaskTable): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  let buffer = '';
  const held = new Map<string, string>();
  let lastChunk: Obj | undefined;

  const rewriteEvent = (block: string): string => {
    const lines = block.split('\n');
    const dataAt = lines.findIndex((l) => l.startsWith('data:'));
    const data = dataAt === -1 ? undefined : lines[dataAt]?.slice(5).trim();
    if (data === undefined || data === '[DONE]' || !data.startsWith('{')) {
      // End of an OpenAI stream: anything still held goes out in one last chunk first.
      return data === '[DONE]' ? flushAll() + block : table.unmask(block);
    }
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      return table.unmask(block);
    }
    if (!isObj(event)) return table.unmask(block);
    let prefix = '';
    if (event['type'] === 'content_block_stop') prefix = flushAnthropic(`a${String(event['index'] ?? 0)}`, event['index']);
    const fields = textFields(event);
    if (fields.length === 0) return prefix + table.unmask(block);
    if (Array.isArray(event['choices'])) lastChunk = event;
    for (const f of fields) {
      const text = (held.get(f.key) ?? '') + f.get();
      const [ready, rest] = f.final ? [text, ''] : splitHeld(text);
      held.set(f.key, rest);
      f.set(table.unmask(ready));
    }
    lines[dataAt] = `data: ${JSON.stringify(event)}`;
    return prefix + lines.join('\n');
  };

  const flushAnthropic = (key: string, index: unknown): string => {
    const rest = held.get(key);
    if (!rest) return '';
    held.delete(key);
    const delta = { type: 'content_block_delta', index, delta: { type: 'text_delta', text: table.unmask(rest) } };
    return `event: content_block_delta\ndata: ${JSON.stringify(delta)}\n\n`;
  };

  const flushAll = (): string => {
    let out = '';
    for (const [key, rest] of held) {
      if (!rest) continue;
      if (key.startsWith('c') && lastChunk) {
        const chunk = { ...lastChunk, choices: [{ index: Number(key.slice(1)), delta: { content: table.unmask(rest) }, finish_reason: null }] };
        out += `data: ${JSON.stringify(chunk)}\n\n`;
      }
    }
    held.clear();
    return out;
  };

  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      buffer += decoder.decode(chunk, { stream: true }).replace(/\r\n/g, '\n');
      let end: number;
      let out = '';
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        out += rewriteEvent(buffer.slice(0, end)) + '\n\n';
        buffer = buffer.slice(end + 2);
      }
      if (out) controller.enqueue(encoder.encode(out));
    },
    flush(controller) {
      buffer += decoder.decode();
      const tail = (buffer ? rewriteEvent(buffer) : '') + flushAll();
      if (tail) controller.enqueue(encoder.encode(tail));
    },
  });
}
