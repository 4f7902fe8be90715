import { signHs256, unsigned } from '../support/jws.js';
import type { IntrospectionFault } from '../support/oidc-provider.js';
import type { SentRequest } from '../support/http-client.js';
import { chatBody } from './fixtures.js';
import type { Scenario } from './scenarios.js';
import { tokenKeys, type TokenKit } from './tokens.fixtures.js';

/** A row whose request is built from the running provider's tokens. */
export interface TokenScenario {
  readonly name: string;
  readonly request: (kit: TokenKit) => SentRequest;
  /** Makes the introspection endpoint misbehave for this row. */
  readonly fault?: IntrospectionFault;
  readonly expect: Scenario['expect'];
}

const INVALID = 'Bearer realm="tollgate", error="invalid_token"';
const models = (authorization: string): SentRequest => ({ method: 'GET', path: '/v1/models', headers: { authorization } });
const chat = (authorization: string, body: unknown = chatBody): SentRequest => ({ method: 'POST', path: '/v1/chat/completions', headers: { authorization }, body });
const bearer = (token: string) => models(`Bearer ${token}`);
const rejected = (detail?: string): Scenario['expect'] => ({
  status: 401,
  headers: { 'www-authenticate': INVALID },
  problem: 'TG_AUTH_INVALID',
  ...(detail ? { detail: [detail] } : {}),
  audit: { decision: 'deny', status: 401, rule: 'jwt' },
});
const now = () => Math.floor(Date.now() / 1000);
const flip = (token: string): string => {
  const i = token.length - 5;
  return token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
};

/** SECURITY-CASES 1-14, 16 and 17 for bearer tokens, plus the authenticator order. */
export const tokenScenarios: readonly TokenScenario[] = [
  // Several authenticators on one route: the credential's shape picks the method.
  {
    name: 'API key on an apiKey|jwt|introspection route: 200 as the key',
    request: () => chat(`Bearer ${tokenKeys.alice.key}`),
    expect: { status: 200, body: { principal: 'alice' }, audit: { decision: 'allow', principal: 'alice' } },
  },
  {
    name: 'client-credentials JWT from the provider: 200 as its client',
    request: (kit) => chat(`Bearer ${kit.pro}`),
    expect: { status: 200, body: { principal: 'svc-pro' }, audit: { decision: 'allow', principal: 'svc-pro', tenant: 'acme' } },
  },
  {
    name: 'opaque token: introspected, 200 as its client',
    request: (kit) => chat(`Bearer ${kit.opaque}`),
    expect: { status: 200, body: { principal: 'svc-pro' }, audit: { decision: 'allow', principal: 'svc-pro' } },
  },
  {
    name: 'x-api-key header: always an API key, even on a route that also takes tokens',
    request: () => ({ method: 'GET', path: '/v1/models', headers: { 'x-api-key': tokenKeys.alice.key } }),
    expect: { status: 200, body: { principal: 'alice' } },
  },
  {
    name: 'a JWT in the x-api-key header is not a valid API key: 401',
    request: (kit) => ({ method: 'GET', path: '/v1/models', headers: { 'x-api-key': kit.pro } }),
    expect: { status: 401, headers: { 'www-authenticate': INVALID }, problem: 'TG_AUTH_INVALID', audit: { rule: 'apiKey' } },
  },
  // Case 1: alg none in every spelling, with or without a signature.
  ...['none', 'None', 'NONE', 'nOnE'].flatMap((alg) => [
    { name: `alg "${alg}" without signature: 401`, request: (kit: TokenKit) => bearer(unsigned({ alg, typ: 'JWT' }, kit.claims())), expect: rejected() },
    {
      name: `alg "${alg}" with a signature: 401`,
      request: (kit: TokenKit) => bearer(unsigned({ alg, typ: 'JWT' }, kit.claims(), kit.pro.split('.')[2])),
      expect: rejected('algorithm'),
    },
  ]),
  // Case 2: HS256 keyed with the RSA public key.
  {
    name: 'HS256 signed with the server\'s RSA public key (key confusion): 401',
    request: (kit) => bearer(signHs256({ alg: 'HS256', typ: 'JWT', kid: kit.idp.keys[0]!.kid }, kit.claims(), kit.publicPem)),
    expect: rejected('algorithm'),
  },
  // Case 3
  { name: 'signature with one byte flipped: 401', request: (kit) => bearer(flip(kit.pro)), expect: rejected() },
  { name: 'signature stripped (a.b.): 401', request: (kit) => bearer(kit.pro.split('.').slice(0, 2).join('.') + '.'), expect: rejected() },
  {
    name: 'signature taken from another token: 401',
    request: (kit) => bearer(kit.pro.split('.').slice(0, 2).join('.') + '.' + kit.free.split('.')[2]),
    expect: rejected('signature'),
  },
  // Case 4: hostile kids never reach a file, a database or a shell.
  ...['../../../../dev/null', '', "x' OR '1'='1", '|sleep 5'].map((kid) => ({
    name: `kid ${JSON.stringify(kid)}: 401`,
    request: (kit: TokenKit) => bearer(kit.sign(kit.claims(), { kid })),
    expect: rejected('signing key'),
  })),
  // Case 5: key-selection headers are ignored; only the configured JWKS is asked.
  {
    name: 'jku pointing at an attacker JWKS: ignored, 401, no fetch',
    request: (kit) => bearer(kit.attacker.sign(kit.claims(), { jku: `${kit.tripwire.url}/jwks` })),
    expect: rejected(),
  },
  {
    name: 'x5u pointing at an attacker certificate: ignored, 401',
    request: (kit) => bearer(kit.attacker.sign(kit.claims(), { x5u: `${kit.tripwire.url}/cert.pem` })),
    expect: rejected(),
  },
  {
    name: 'embedded jwk of the attacker\'s key: ignored, 401',
    request: (kit) => bearer(kit.attacker.sign(kit.claims(), { jwk: kit.attacker.jwk })),
    expect: rejected(),
  },
  {
    name: 'embedded jwk with the provider\'s kid but the attacker\'s signature: 401',
    request: (kit) => bearer(kit.attacker.sign(kit.claims(), { kid: kit.idp.keys[0]!.kid, jwk: kit.attacker.jwk })),
    expect: rejected('signature'),
  },
  // Case 8: exp
  {
    name: 'exp in the past beyond the 30 s tolerance: 401 TG_AUTH_EXPIRED',
    request: (kit) => bearer(kit.sign(kit.claims({ iat: now() - 600, exp: now() - 120 }))),
    expect: { status: 401, headers: { 'www-authenticate': INVALID }, problem: 'TG_AUTH_EXPIRED', detail: ['expired'] },
  },
  {
    name: 'exp 5 s in the past, within the 30 s tolerance: 200',
    request: (kit) => bearer(kit.sign(kit.claims({ iat: now() - 600, exp: now() - 5 }))),
    expect: { status: 200, body: { principal: 'forged-ok' } },
  },
  { name: 'exp missing: 401', request: (kit) => bearer(kit.sign(kit.claims({ exp: undefined }))), expect: rejected('exp') },
  { name: 'exp as a string: 401', request: (kit) => bearer(kit.sign(kit.claims({ exp: String(now() + 300) }))), expect: rejected('exp') },
  // Case 9
  { name: 'nbf in the future: 401', request: (kit) => bearer(kit.sign(kit.claims({ nbf: now() + 3600 }))), expect: rejected('nbf') },
  { name: 'iat far in the future: 401', request: (kit) => bearer(kit.sign(kit.claims({ iat: now() + 3600, exp: now() + 7200 }))), expect: rejected('iat') },
  // Case 10
  { name: 'wrong aud: 401', request: (kit) => bearer(kit.sign(kit.claims({ aud: 'https://other.api' }))), expect: rejected('audience') },
  {
    name: 'aud array without ours: 401',
    request: (kit) => bearer(kit.sign(kit.claims({ aud: ['https://other.api', 'https://api.tollgate.test/'] }))),
    expect: rejected('audience'),
  },
  { name: 'iss with a trailing slash: 401', request: (kit) => bearer(kit.sign(kit.claims({ iss: kit.idp.issuer + '/' }))), expect: rejected('issuer') },
  { name: 'iss differing in case: 401', request: (kit) => bearer(kit.sign(kit.claims({ iss: kit.idp.issuer.toUpperCase() }))), expect: rejected('issuer') },
  // Case 11
  {
    name: 'crit naming an unknown extension: 401',
    request: (kit) => bearer(kit.sign(kit.claims(), { crit: ['urn:example:unknown'], 'urn:example:unknown': true })),
    expect: rejected('crit'),
  },
  // Case 12: our own cap (4096) sits below Node's 16 KB header limit, so it is what answers.
  {
    name: 'Authorization header just above the 4096-character cap: 400 before decoding',
    request: (kit) => bearer(kit.pro + '.' + 'A'.repeat(4100 - kit.pro.length)),
    expect: {
      status: 400,
      headers: { 'www-authenticate': 'Bearer realm="tollgate", error="invalid_request"' },
      problem: 'TG_AUTH_MALFORMED',
      detail: ['4096'],
    },
  },
  // Case 13
  { name: 'two segments: 401', request: (kit) => bearer(kit.pro.split('.').slice(0, 2).join('.')), expect: { status: 401, headers: { 'www-authenticate': INVALID } } },
  { name: 'four segments: 401', request: (kit) => bearer(kit.pro + '.AAAA'), expect: { status: 401, headers: { 'www-authenticate': INVALID } } },
  { name: 'non-base64url characters: 401', request: (kit) => bearer(kit.pro.replace('.', '.+/=')), expect: rejected('base64url') },
  { name: 'payload "admin": 401', request: (kit) => bearer(kit.sign('raw:"admin"')), expect: rejected() },
  { name: 'payload []: 401', request: (kit) => bearer(kit.sign('raw:[]')), expect: rejected() },
  // Case 14: schemes
  { name: 'lower-case "bearer" scheme: accepted', request: (kit) => models(`bearer ${kit.pro}`), expect: { status: 200, body: { principal: 'svc-pro' } } },
  {
    name: '"Bearer" with nothing after it: 400 invalid_request',
    request: () => models('Bearer'),
    expect: { status: 400, headers: { 'www-authenticate': 'Bearer realm="tollgate", error="invalid_request"' }, problem: 'TG_AUTH_MALFORMED' },
  },
  {
    name: 'Basic credentials: 401 without an error code',
    request: () => models('Basic dXNlcjpwYXNz'),
    expect: { status: 401, headers: { 'www-authenticate': 'Bearer realm="tollgate"' }, problem: 'TG_AUTH_MISSING' },
  },
  {
    name: 'token in both the header and the query string: 400',
    request: (kit) => ({ method: 'GET', path: `/v1/models?access_token=${kit.pro}`, headers: { authorization: `Bearer ${kit.pro}` } }),
    expect: { status: 400, headers: { 'www-authenticate': 'Bearer realm="tollgate", error="invalid_request"' }, problem: 'TG_AUTH_MALFORMED', detail: ['query string'] },
  },
  // Case 16: introspection never allows unless the IdP says active: true.
  {
    name: 'introspection answers active: false (unknown opaque token): 401',
    request: () => bearer('opaque-token-the-idp-never-issued-0123456789'),
    expect: { status: 401, headers: { 'www-authenticate': INVALID }, problem: 'TG_AUTH_INVALID', detail: ['not active'], audit: { rule: 'introspection' } },
  },
  {
    name: 'introspection answer without "active": 401',
    fault: 'missing-active',
    request: (kit) => bearer(kit.opaque),
    expect: { status: 401, headers: { 'www-authenticate': INVALID }, problem: 'TG_AUTH_INVALID' },
  },
  {
    name: 'introspection endpoint answers 500: 503',
    fault: 'http-500',
    request: (kit) => bearer(kit.opaque),
    expect: { status: 503, problem: 'TG_AUTH_UNAVAILABLE', detail: ['500'], audit: { decision: 'error', status: 503 } },
  },
  {
    name: 'introspection endpoint times out: 503',
    fault: 'timeout',
    request: (kit) => bearer(kit.opaque),
    expect: { status: 503, problem: 'TG_AUTH_UNAVAILABLE', detail: ['1000 ms'] },
  },
  // Case 17: authorization
  {
    name: 'JWT without the route\'s scope: 403 insufficient_scope',
    request: (kit) => chat(`Bearer ${kit.readOnly}`),
    expect: {
      status: 403,
      headers: { 'www-authenticate': 'Bearer realm="tollgate", error="insufficient_scope", scope="chat:write"' },
      problem: 'TG_INSUFFICIENT_SCOPE',
      detail: ['chat:write'],
      audit: { decision: 'deny', status: 403, rule: 'scope', principal: 'svc-pro' },
    },
  },
  {
    name: 'JWT without the route\'s role: 403',
    request: (kit) => ({ ...chat(`Bearer ${kit.free}`), path: '/v1/monitored' }),
    expect: { status: 403, headers: { 'www-authenticate': /error="insufficient_scope"/ }, problem: 'TG_INSUFFICIENT_ROLE', detail: ['pro'] },
  },
  {
    name: 'JWT with the route\'s role: 200',
    request: (kit) => ({ ...chat(`Bearer ${kit.pro}`), path: '/v1/monitored' }),
    expect: { status: 200, body: { principal: 'svc-pro' } },
  },
  {
    name: 'model outside the role\'s allow-list: 403',
    request: (kit) => chat(`Bearer ${kit.free}`, { ...chatBody, model: 'gpt-4o' }),
    expect: { status: 403, problem: 'TG_MODEL_FORBIDDEN', detail: ['gpt-4o'], audit: { decision: 'deny', status: 403, rule: 'model' } },
  },
  {
    name: 'model inside the role\'s allow-list: 200',
    request: (kit) => chat(`Bearer ${kit.free}`, { ...chatBody, model: 'gpt-4o-mini' }),
    expect: { status: 200, body: { principal: 'svc-free' } },
  },
  {
    name: 'model outside the API key\'s own allow-list: 403',
    request: () => chat(`Bearer ${tokenKeys.narrow.key}`, { ...chatBody, model: 'gpt-4o' }),
    expect: { status: 403, problem: 'TG_MODEL_FORBIDDEN' },
  },
  {
    name: 'model outside the pro role\'s prefix allow-list: 403',
    request: () => chat(`Bearer ${tokenKeys.alice.key}`, { ...chatBody, model: 'claude-3-5-sonnet' }),
    expect: { status: 403, problem: 'TG_MODEL_FORBIDDEN' },
  },
];
