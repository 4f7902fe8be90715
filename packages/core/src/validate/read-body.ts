import type { Readable } from 'node:stream';
import type { BodySource } from '../request.js';

export type ReadResult =
  | { readonly kind: 'bytes'; readonly bytes: Buffer }
  | { readonly kind: 'parsed'; readonly value: unknown }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'none' };

/**
 * Reads a body at most once, stopping as soon as `cap` bytes are exceeded. The cap counts bytes received,
 * so a chunked body without Content-Length is capped too (case 34).
 */
export function readBody(source: BodySource, cap: number): Promise<ReadResult> {
  switch (source.kind) {
    case 'node':
      return readNode(source.stream, cap);
    case 'web':
      return source.stream ? readWeb(source.stream, cap) : Promise.resolve({ kind: 'bytes', bytes: Buffer.alloc(0) });
    case 'parsed':
      return Promise.resolve({ kind: 'parsed', value: source.value });
    case 'buffered':
      return source.load().then((bytes) =>
        bytes.byteLength > cap ? { kind: 'too-large' } : { kind: 'bytes', bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    case 'none':
      return Promise.resolve({ kind: 'none' });
  }
}

function readNode(stream: Readable, cap: number): Promise<ReadResult> {
  // A stream somebody else consumed would never emit 'end' again: answer instead of hanging.
  if (stream.readableEnded) return Promise.resolve({ kind: 'none' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        cleanup();
        stream.pause();
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    };
    // No cleanup on 'end': taking four listeners off again was a measurable share of reading a small body. The
    // stream emits nothing after it but 'close' (when the response is done), which `ended` turns into a no-op.
    let ended = false;
    const onEnd = () => {
      ended = true;
      resolve({ kind: 'bytes', bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size) });
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      if (ended) return;
      cleanup();
      reject(new Error('the client closed the connection before the body was complete'));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

async function readWeb(stream: ReadableStream<Uint8Array>, cap: number): Promise<ReadResult> {
  if (stream.locked) return { kind: 'none' };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > cap) {
      void reader.cancel().catch(() => undefined);
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  return { kind: 'bytes', bytes: Buffer.concat(chunks, size) };
}
