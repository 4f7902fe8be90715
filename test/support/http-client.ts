import { request } from 'node:http';

export interface SentRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string or Buffer as is. */
  body?: unknown;
  /** Send the body in chunks without Content-Length. */
  chunked?: boolean;
}

export interface Received {
  status: number;
  headers: Record<string, string>;
  text: string;
  json: unknown;
}

/** node:http rather than fetch: rows need raw bytes, lying or missing Content-Length, odd headers. */
export function send(base: string, req: SentRequest): Promise<Received> {
  const url = new URL(req.path, base);
  const body =
    req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(typeof req.body === 'string' ? req.body : JSON.stringify(req.body));
  const headers: Record<string, string> = { ...(req.headers ?? {}) };
  if (body && req.body !== undefined && typeof req.body === 'object' && !Buffer.isBuffer(req.body) && !hasHeader(headers, 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  if (body && !req.chunked) headers['content-length'] = String(body.length);
  return new Promise((resolve, reject) => {
    const r = request(url, { method: req.method ?? (body ? 'POST' : 'GET'), headers, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        resolve({ status: res.statusCode ?? 0, headers: flat, text, json });
      });
      res.on('error', reject);
    });
    r.on('timeout', () => r.destroy(new Error(`request to ${req.path} timed out`)));
    r.on('error', (err: NodeJS.ErrnoException) => {
      // A server may answer 413 and close while we are still uploading: that answer is what we want.
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') return;
      reject(err);
    });
    if (body && req.chunked) {
      for (let i = 0; i < body.length; i += 16 * 1024) r.write(body.subarray(i, i + 16 * 1024));
      r.end();
    } else r.end(body);
  });
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}
