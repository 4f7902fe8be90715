import { describe, expect, it } from 'vitest';
import { RequestContext } from '../context.js';
import { bearerChallenges } from '../http/www-authenticate.js';
import type { GateRequest } from '../request.js';
import { extractCredential } from './credential.js';

const KEY = 'tg_live_abcd1234_' + 'x'.repeat(32);

function extract(authorization: string) {
  const request: GateRequest = {
    method: 'POST',
    path: '/',
    query: '',
    header: (name) => (name === 'authorization' ? authorization : undefined),
    remoteAddress: '127.0.0.1',
    encrypted: false,
    body: { kind: 'none' },
  };
  return extractCredential(new RequestContext(request, () => ({ id: 'r' })), 'x-api-key', bearerChallenges('test'), 'apiKey');
}

describe('reading the Bearer credential', () => {
  // HTTP carries only Latin-1 in headers, so the conformance rows cannot send most of these; adapters that
  // build requests in process (Hono's fetch handler) can.
  it('trims every kind of whitespace trim() knows from both ends, as before the fast path', () => {
    for (const pad of ['\t', ' ', '\u00a0', '\ufeff', '\u2028', '\u2029', '\u1680', '\u2000', '\u200a', '\u202f', '\u205f', '\u3000']) {
      // Trimmed, the token is no longer the header minus `Bearer `: no header is handed on for caches to compare.
      expect(extract(`Bearer ${pad}${KEY}`), JSON.stringify(pad)).toStrictEqual({ value: KEY, fromKeyHeader: false, authorization: undefined });
      expect(extract(`Bearer ${KEY}${pad}`), JSON.stringify(pad)).toStrictEqual({ value: KEY, fromKeyHeader: false, authorization: undefined });
    }
  });

  it('leaves a token without padding as sent, non-ASCII characters included', () => {
    expect(extract(`Bearer ${KEY}`)).toStrictEqual({ value: KEY, fromKeyHeader: false, authorization: `Bearer ${KEY}` });
    expect(extract('Bearer \u00e9t\u00e9')).toStrictEqual({ value: '\u00e9t\u00e9', fromKeyHeader: false, authorization: 'Bearer \u00e9t\u00e9' });
    expect(extract('Bearer a\ud83d\ude00')).toStrictEqual({ value: 'a\ud83d\ude00', fromKeyHeader: false, authorization: 'Bearer a\ud83d\ude00' });
  });

  it('refuses an empty, all-whitespace or space-split token with 400', () => {
    for (const header of ['Bearer ', 'Bearer \u3000 ', `Bearer ${KEY.slice(0, 9)} ${KEY.slice(9)}`]) {
      expect(extract(header), JSON.stringify(header)).toMatchObject({ allowed: false, status: 400 });
    }
  });
});
