import { createBrotliDecompress, createGunzip, createInflate, type Gunzip } from 'node:zlib';
import type { BodyEncoding } from '../policy/types-guards.js';

export type InflateResult = { readonly kind: 'bytes'; readonly bytes: Buffer } | { readonly kind: 'too-large' } | { readonly kind: 'corrupt' };

/** The accepted encoding a Content-Encoding header names, `identity` for none, or undefined when refused. */
export function encodingOf(header: string | undefined, accepted: ReadonlySet<BodyEncoding>): BodyEncoding | 'identity' | undefined {
  if (header === undefined) return 'identity';
  const token = header.trim().toLowerCase();
  if (token === '' || token === 'identity') return 'identity';
  const name = token === 'x-gzip' ? 'gzip' : token;
  return accepted.has(name as BodyEncoding) ? (name as BodyEncoding) : undefined;
}

/**
 * Inflates a compressed body through a streaming node:zlib decoder, counting the inflated bytes: a zip
 * bomb stops one output chunk past the cap instead of filling memory (case 34).
 */
export function inflate(bytes: Buffer, encoding: BodyEncoding, cap: number): Promise<InflateResult> {
  const z: Gunzip = encoding === 'gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : createBrotliDecompress();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (r: InflateResult) => {
      if (settled) return;
      settled = true;
      resolve(r);
    };
    z.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        z.destroy();
        settle({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    z.on('end', () => settle({ kind: 'bytes', bytes: Buffer.concat(chunks, size) }));
    z.on('error', () => settle({ kind: 'corrupt' }));
    z.end(bytes);
  });
}
