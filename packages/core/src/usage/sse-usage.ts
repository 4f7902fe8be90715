import type { Transformer } from 'node:stream/web';
import type { Usage } from '../principal.js';
import { mergeUsage, usageFrom } from './extract.js';
import { streamedText } from './streamed-text.js';
import { tokenCounter } from './tokenizer.js';

/**
 * A pass-through stream that watches an SSE response for usage and reports it when the stream ends (or is
 * cut off: what was streamed so far is reported). Hand-written because SSE parsers on npm consume the
 * stream; we must forward the bytes untouched while reading along. When the stream ends without the
 * provider's output count (a client abort, an upstream cut), the text streamed so far is counted with the
 * tokenizer, so settle() charges for what was actually sent.
 */
export function usageTap(onUsage: (usage: Usage | undefined) => void): TransformStream<Uint8Array, Uint8Array> {
  const decoder = new TextDecoder();
  let pending = '';
  let usage: Usage | undefined;
  let reported = false;
  let streamed = '';
  let count: ((text: string) => number) | undefined;
  tokenCounter().then((c) => (count = c), () => {});
  const report = () => {
    if (reported) return;
    reported = true;
    if (streamed && usage?.outputTokens === undefined) {
      // Before the tokenizer has loaded (a stream cut within milliseconds), ~4 characters per token.
      const outputTokens = count ? count(streamed) : Math.ceil(streamed.length / 4);
      usage = { ...usage, outputTokens };
    }
    onUsage(usage);
  };
  const scan = (text: string) => {
    pending += text;
    let nl: number;
    while ((nl = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      // Only lines that can carry usage are parsed: content deltas are most of the stream.
      if (line.startsWith('data:') && line.includes('"usage"')) {
        try {
          const found = usageFrom(JSON.parse(line.slice(5)));
          if (found) usage = mergeUsage(usage, found);
        } catch {
          // A malformed event is the upstream's problem; the client still gets the bytes.
        }
      } else if (line.startsWith('data:') && usage?.outputTokens === undefined && streamed.length < 4_000_000) {
        streamed += streamedText(line.slice(5));
      }
    }
    if (pending.length > 1_000_000) pending = ''; // no newline in 1 MB: not SSE; stop buffering
  };
  // `cancel` runs when the client goes away mid-stream (runtimes without it simply never call it).
  const transformer: Transformer<Uint8Array, Uint8Array> & { cancel?: () => void } = {
    transform(chunk, controller) {
      scan(decoder.decode(chunk, { stream: true }));
      controller.enqueue(chunk);
    },
    flush() {
      scan(decoder.decode() + '\n');
      report();
    },
    cancel() {
      report();
    },
  };
  return new TransformStream(transformer);
}
