import type { SentRequest } from '../support/http-client.js';
import { bearer, chatBody, keys } from './fixtures.js';

/** Header expectations: a string must match exactly, a RegExp must match, `null` means absent. */
export type HeaderExpectation = string | RegExp | null;

export interface Scenario {
  readonly name: string;
  /** Requests sent first (e.g. to use up a limit); their answers are not checked. */
  readonly before?: readonly SentRequest[];
  readonly request: SentRequest;
  readonly expect: {
    readonly status: number;
    readonly headers?: Readonly<Record<string, HeaderExpectation>>;
    /** Problem+json `code`, checked together with the content type and the RFC 9457 members. */
    readonly problem?: string;
    /** Substrings that `detail` must contain (naming the cause). */
    readonly detail?: readonly string[];
    /** Fields of the JSON body (top-level, compared with toEqual). */
    readonly body?: Readonly<Record<string, unknown>>;
    /** Fields of the request's audit line. */
    readonly audit?: Readonly<Record<string, unknown>>;
  };
}

const good = bearer(keys.good.key);
const chat = (body: unknown, headers: Record<string, string> = good): SentRequest => ({
  method: 'POST',
  path: '/v1/chat/completions',
  headers,
  body,
});
const RATE_FIELDS = { 'ratelimit-policy': '"rpm";q=3;w=60', ratelimit: /^"rpm";r=\d+;t=\d+$/ };

/** Every behaviour of the foundation, run over HTTP on every adapter and mount. */
export const scenarios: readonly Scenario[] = [
  // Authentication (RFC 6750)
  {
    name: 'no credentials: 401 with a Bearer challenge and no error code',
    request: chat(chatBody, {}),
    expect: {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="tollgate"' },
      problem: 'TG_AUTH_MISSING',
      audit: { decision: 'deny', rule: 'apiKey', status: 401, code: 'TG_AUTH_MISSING' },
    },
  },
  {
    name: 'wrong key of the right shape: 401 invalid_token',
    request: chat(chatBody, bearer(`tg_test_${keys.good.id}_${'x'.repeat(32)}`)),
    expect: {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="tollgate", error="invalid_token"' },
      problem: 'TG_AUTH_INVALID',
      audit: { decision: 'deny', status: 401 },
    },
  },
  {
    name: 'key one character off: 401',
    request: chat(chatBody, bearer(keys.good.key.slice(0, -1) + (keys.good.key.endsWith('a') ? 'b' : 'a'))),
    expect: { status: 401, problem: 'TG_AUTH_INVALID' },
  },
  {
    name: 'key with a trailing newline escape: 401',
    request: chat(chatBody, bearer(keys.good.key + '%0A')),
    expect: { status: 401, problem: 'TG_AUTH_INVALID' },
  },
  {
    name: 'revoked key: 401',
    request: chat(chatBody, bearer(keys.revoked.key)),
    expect: { status: 401, problem: 'TG_AUTH_REVOKED', headers: { 'www-authenticate': /error="invalid_token"/ } },
  },
  {
    name: 'expired key: 401',
    request: chat(chatBody, bearer(keys.expired.key)),
    expect: { status: 401, problem: 'TG_AUTH_EXPIRED' },
  },
  {
    name: '"Bearer" with nothing after it: 400 invalid_request',
    request: chat(chatBody, { authorization: 'Bearer ' }),
    expect: { status: 400, problem: 'TG_AUTH_MALFORMED', headers: { 'www-authenticate': /error="invalid_request"/ } },
  },
  {
    name: 'extra spaces between "Bearer" and the key are skipped',
    request: chat(chatBody, { authorization: `Bearer   ${keys.good.key}` }),
    expect: { status: 200, body: { principal: 'alice' } },
  },
  {
    name: 'a key padded with a no-break space is trimmed like any whitespace',
    request: chat(chatBody, { authorization: `Bearer ${keys.good.key}\u00a0` }),
    expect: { status: 200, body: { principal: 'alice' } },
  },
  {
    name: 'a key with a space inside: 400 invalid_request',
    request: chat(chatBody, { authorization: `Bearer ${keys.good.key.slice(0, 10)} ${keys.good.key.slice(10)}` }),
    expect: { status: 400, problem: 'TG_AUTH_MALFORMED', headers: { 'www-authenticate': /error="invalid_request"/ } },
  },
  {
    name: 'Basic credentials are not ours: 401 without an error code',
    request: chat(chatBody, { authorization: 'Basic dXNlcjpwYXNz' }),
    expect: { status: 401, problem: 'TG_AUTH_MISSING', headers: { 'www-authenticate': 'Bearer realm="tollgate"' } },
  },
  {
    name: 'a scheme that only starts with "Bearer" is not ours: 401 without an error code',
    request: chat(chatBody, { authorization: `BearerX ${keys.good.key}` }),
    expect: { status: 401, problem: 'TG_AUTH_MISSING', headers: { 'www-authenticate': 'Bearer realm="tollgate"' } },
  },
  {
    name: 'lower-case "bearer" scheme is accepted',
    request: chat(chatBody, { authorization: `bearer ${keys.good.key}` }),
    expect: { status: 200, body: { principal: 'alice' } },
  },
  {
    name: 'key in the x-api-key header',
    request: chat(chatBody, { 'x-api-key': keys.good.key }),
    expect: { status: 200, body: { principal: 'alice' } },
  },
  {
    name: 'different keys in Authorization and x-api-key: 400',
    request: chat(chatBody, { ...good, 'x-api-key': keys.other.key }),
    expect: { status: 400, problem: 'TG_AUTH_MALFORMED', detail: ['both'] },
  },
  {
    name: 'credentials in the query string: 400',
    request: { ...chat(chatBody), path: `/v1/chat/completions?access_token=${keys.good.key}` },
    expect: { status: 400, problem: 'TG_AUTH_MALFORMED', detail: ['query string'] },
  },
  {
    name: 'over-long Authorization header: 400 before any parsing',
    request: chat(chatBody, { authorization: 'Bearer ' + 'a'.repeat(5000) }),
    expect: { status: 400, problem: 'TG_AUTH_MALFORMED', detail: ['longer than'] },
  },
  {
    name: 'good key: 200, principal set, RateLimit fields on the answer, audit line',
    request: chat(chatBody),
    expect: {
      status: 200,
      headers: RATE_FIELDS,
      body: { principal: 'alice', body: chatBody },
      audit: { decision: 'allow', route: 'chat', principal: 'alice', tenant: 'acme', status: 200, 'gen_ai.request.model': 'gpt-4o-mini' },
    },
  },
  {
    name: 'route with auth off needs no key',
    request: { path: '/health' },
    expect: { status: 200, body: { ok: true }, audit: { decision: 'allow', route: 'health' } },
  },
  {
    name: 'GET route with auth only',
    request: { path: '/v1/models', headers: good },
    expect: { status: 200, body: { principal: 'alice' }, audit: { route: 'models' } },
  },

  // Limits
  {
    name: 'over the limit: 429 with Retry-After and RateLimit fields',
    before: [chat(chatBody), chat(chatBody), chat(chatBody)],
    request: chat(chatBody),
    expect: {
      status: 429,
      headers: { 'retry-after': /^[1-9]\d*$/, 'ratelimit-policy': '"rpm";q=3;w=60', ratelimit: /^"rpm";r=0;t=\d+$/ },
      problem: 'TG_RATE_LIMITED',
      detail: ['"rpm"'],
      audit: { decision: 'deny', rule: 'limit:rpm', status: 429 },
    },
  },
  {
    name: 'limits count per principal: another key still passes',
    before: [chat(chatBody), chat(chatBody), chat(chatBody)],
    request: chat(chatBody, bearer(keys.other.key)),
    expect: { status: 200, body: { principal: 'bob' }, headers: { ratelimit: /^"rpm";r=2;t=\d+$/ } },
  },

  // Bodies
  {
    name: 'wrong type: 400 naming the field',
    request: chat({ ...chatBody, max_tokens: '100' }),
    expect: { status: 400, problem: 'TG_BODY_INVALID', detail: ['max_tokens'], audit: { decision: 'deny', rule: 'schema:openai.chat' } },
  },
  {
    name: 'negative max_tokens: 400 naming the field',
    request: chat({ ...chatBody, max_tokens: -1 }),
    expect: { status: 400, problem: 'TG_BODY_INVALID', detail: ['max_tokens'] },
  },
  {
    name: 'messages as an object: 400 naming the field',
    request: chat({ ...chatBody, messages: {} }),
    expect: { status: 400, problem: 'TG_BODY_INVALID', detail: ['messages'] },
  },
  {
    name: 'unknown top-level field on a strict schema: 400',
    request: chat({ ...chatBody, sneaky: true }),
    expect: { status: 400, problem: 'TG_BODY_INVALID', detail: ['sneaky'] },
  },
  {
    name: 'body over the cap: 413',
    request: chat({ ...chatBody, messages: [{ role: 'user', content: 'x'.repeat(10_000) }] }),
    expect: { status: 413, problem: 'TG_BODY_TOO_LARGE' },
  },
  {
    name: 'chunked body over the cap without Content-Length: 413',
    request: { ...chat({ ...chatBody, messages: [{ role: 'user', content: 'x'.repeat(64_000) }] }), chunked: true },
    expect: { status: 413, problem: 'TG_BODY_TOO_LARGE' },
  },
  {
    name: 'chunked body under the cap is accepted',
    request: { ...chat(chatBody), chunked: true },
    expect: { status: 200, body: { body: chatBody } },
  },
  {
    name: 'non-JSON content type: 415',
    request: { ...chat('model=gpt'), headers: { ...good, 'content-type': 'application/x-www-form-urlencoded' } },
    expect: { status: 415, problem: 'TG_UNSUPPORTED_MEDIA_TYPE' },
  },
  {
    name: 'compressed body is refused until inflation is configured: 415',
    request: { ...chat(JSON.stringify(chatBody)), headers: { ...good, 'content-type': 'application/json', 'content-encoding': 'gzip' } },
    expect: { status: 415, problem: 'TG_UNSUPPORTED_ENCODING' },
  },
  {
    name: 'malformed JSON: 400',
    request: { ...chat('{"model":'), headers: { ...good, 'content-type': 'application/json' } },
    expect: { status: 400, problem: 'TG_BODY_MALFORMED_JSON' },
  },
  {
    name: 'invalid UTF-8: 400',
    request: { ...chat(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])), headers: { ...good, 'content-type': 'application/json' } },
    expect: { status: 400, problem: 'TG_BODY_INVALID_UTF8' },
  },
  {
    name: '__proto__ key: 400 and no prototype changes',
    request: { ...chat('{"model":"m","messages":[{"role":"user","content":"hi"}],"__proto__":{"polluted":true}}'), headers: { ...good, 'content-type': 'application/json' } },
    expect: { status: 400, problem: 'TG_BODY_FORBIDDEN_KEY' },
  },
  {
    name: 'constructor.prototype key: 400',
    request: { ...chat('{"model":"m","messages":[],"constructor":{"prototype":{"polluted":true}}}'), headers: { ...good, 'content-type': 'application/json' } },
    expect: { status: 400, problem: 'TG_BODY_FORBIDDEN_KEY' },
  },
  {
    name: 'nesting 3,000 deep (inside the size cap): 400 from the depth cap',
    request: { ...chat('['.repeat(3000) + ']'.repeat(3000)), headers: { ...good, 'content-type': 'application/json' } },
    expect: { status: 400, problem: 'TG_BODY_TOO_DEEP' },
  },
  {
    name: 'empty body on a JSON route: 400',
    request: { ...chat(''), headers: { ...good, 'content-type': 'application/json', 'content-length': '0' } },
    expect: { status: 400, problem: 'TG_BODY_EMPTY' },
  },
  {
    name: 'the handler receives exactly the validated body',
    request: chat({ model: 'gpt-4o', messages: [{ role: 'system', content: 'Be brief' }, { role: 'user', content: 'Hi ✓' }], temperature: 0.2, max_tokens: 50 }),
    expect: {
      status: 200,
      body: { body: { model: 'gpt-4o', messages: [{ role: 'system', content: 'Be brief' }, { role: 'user', content: 'Hi ✓' }], temperature: 0.2, max_tokens: 50 } },
    },
  },

  // Monitor mode
  {
    name: 'monitor mode lets an over-limit request through and logs "would deny"',
    before: [{ method: 'POST', path: '/v1/monitored', headers: good, body: chatBody }],
    request: { method: 'POST', path: '/v1/monitored', headers: good, body: chatBody },
    expect: {
      status: 200,
      body: { principal: 'alice' },
      audit: { decision: 'would-deny', wouldDeny: ['limit:rpm'], status: 200 },
    },
  },
  {
    name: 'monitor mode lets an unauthenticated request through and logs "would deny"',
    request: { method: 'POST', path: '/v1/monitored', body: chatBody },
    expect: { status: 200, body: { principal: null }, audit: { decision: 'would-deny', wouldDeny: ['apiKey'] } },
  },
  {
    name: 'request id from X-Request-Id is used in problems and audit lines',
    request: chat(chatBody, { 'x-request-id': 'req-abc-123' }),
    expect: { status: 401, body: { requestId: 'req-abc-123' }, audit: { requestId: 'req-abc-123' } },
  },
];
