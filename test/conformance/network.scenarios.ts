import type { SentRequest } from '../support/http-client.js';
import { bearer, chatBody, keys } from './fixtures.js';
import { storeKeys, type NetPolicyName, type StoreKeys } from './network.fixtures.js';
import type { Scenario } from './scenarios.js';

/** A row run against one of the network/key-store policies; requests are built late, once store keys exist. */
export interface NetScenario extends Omit<Scenario, 'request' | 'before'> {
  readonly policy: NetPolicyName;
  readonly before?: () => readonly SentRequest[];
  readonly request: () => SentRequest;
}

const good = bearer(keys.good.key);
const chat = (headers: Record<string, string> = {}, auth: Record<string, string> = good): SentRequest => ({
  method: 'POST',
  path: '/v1/chat/completions',
  headers: { ...auth, ...headers },
  body: chatBody,
});
const models = (headers: Record<string, string> = {}): SentRequest => ({ path: '/v1/models?x=1', headers: { ...good, ...headers } });
const xff = (value: string) => ({ 'x-forwarded-for': value });
const times = (n: number, make: (i: number) => SentRequest) => () => Array.from({ length: n }, (_, i) => make(i));
const k = (store: 'file' | 'redis'): StoreKeys => storeKeys[store] as StoreKeys;
const offByOne = (key: string) => key.slice(0, -1) + (key.endsWith('a') ? 'b' : 'a');

const keyRows = (store: 'file' | 'redis', policy: NetPolicyName): NetScenario[] => [
  {
    name: `${store} store: a good key authenticates with its metadata`,
    policy,
    request: () => chat({}, bearer(k(store).good)),
    expect: { status: 200, body: { principal: 'carol' }, audit: { decision: 'allow', principal: 'carol', tenant: 'acme' } },
  },
  {
    name: `${store} store: one character off: 401`,
    policy,
    request: () => chat({}, bearer(offByOne(k(store).good))),
    expect: { status: 401, problem: 'TG_AUTH_INVALID', headers: { 'www-authenticate': /error="invalid_token"/ } },
  },
  {
    name: `${store} store: trailing newline escape: 401`,
    policy,
    request: () => chat({}, bearer(k(store).good + '%0A')),
    expect: { status: 401, problem: 'TG_AUTH_INVALID' },
  },
  {
    name: `${store} store: revoked: 401`,
    policy,
    request: () => chat({}, bearer(k(store).revoked)),
    expect: { status: 401, problem: 'TG_AUTH_REVOKED' },
  },
  {
    name: `${store} store: expired: 401`,
    policy,
    request: () => chat({}, bearer(k(store).expired)),
    expect: { status: 401, problem: 'TG_AUTH_EXPIRED' },
  },
  {
    name: `${store} store: rotated key still works during its grace period`,
    policy,
    request: () => chat({}, bearer(k(store).rotatedOld)),
    expect: { status: 200, body: { principal: 'dave' } },
  },
  {
    name: `${store} store: its replacement works for the same principal`,
    policy,
    request: () => chat({}, bearer(k(store).rotatedNew)),
    expect: { status: 200, body: { principal: 'dave' }, audit: { principal: 'dave' } },
  },
];

/** SECURITY-CASES 15 (key stores) and 18-22 (IP, proxies, transport), plus failed-auth limiting. */
export const netScenarios: readonly NetScenario[] = [
  ...keyRows('file', 'keysFile'),
  ...keyRows('redis', 'keysRedis'),

  // 18
  {
    name: '18: X-Forwarded-For from an untrusted peer is ignored',
    policy: 'untrustedPeer',
    request: () => chat(xff('203.0.113.50')),
    expect: { status: 200, audit: { clientIp: '127.0.0.1' } },
  },
  {
    name: '18: with one trusted hop, "spoof, real" resolves to real',
    policy: 'oneHop',
    request: () => chat(xff('6.6.6.6, 203.0.113.51')),
    expect: { status: 200, audit: { clientIp: '203.0.113.51' } },
  },
  {
    name: '18: a trusted loopback proxy: Forwarded (RFC 7239) with a quoted IPv6 and port',
    policy: 'loopbackProxy',
    request: () => chat({ forwarded: 'for=6.6.6.6, for="[2001:db8:cafe::17]:4711";proto=http' }),
    expect: { status: 200, audit: { clientIp: '2001:db8:cafe::17' } },
  },
  // 19
  {
    name: '19: a different X-Forwarded-For on every request from one untrusted socket: one bucket',
    policy: 'untrustedPeer',
    before: times(2, (i) => chat(xff(`198.51.100.${i + 1}`))),
    request: () => chat(xff('198.51.100.99')),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', headers: { 'retry-after': /^[1-9]\d*$/ }, audit: { clientIp: '127.0.0.1', rule: 'limit:ipm' } },
  },
  // 20
  {
    name: '20: IPv6 clients in one /64 share a bucket',
    policy: 'loopbackProxy',
    before: () => [chat(xff('2001:db8:1:2::1')), chat(xff('2001:db8:1:2:aaaa::2'))],
    request: () => chat(xff('2001:db8:1:2:ffff:ffff:ffff:ffff')),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', audit: { clientIp: '2001:db8:1:2:ffff:ffff:ffff:ffff' } },
  },
  {
    name: '20: another /64 has its own bucket',
    policy: 'loopbackProxy',
    before: () => [chat(xff('2001:db8:1:2::1')), chat(xff('2001:db8:1:2::2'))],
    request: () => chat(xff('2001:db8:1:3::1')),
    expect: { status: 200 },
  },
  {
    name: '20: with ipv6Subnet 56, neighbouring /64s share a bucket',
    policy: 'subnet56',
    before: () => [chat(xff('2001:db8:1:2::1')), chat(xff('2001:db8:1:3::1'))],
    request: () => chat(xff('2001:db8:1:4::1')),
    expect: { status: 429, problem: 'TG_RATE_LIMITED' },
  },
  {
    name: '20: an IPv4-mapped IPv6 address is the IPv4 address, deny lists included',
    policy: 'loopbackProxy',
    request: () => chat(xff('::ffff:10.9.1.1')),
    expect: { status: 403, problem: 'TG_IP_DENIED', audit: { decision: 'deny', rule: 'ip:deny', clientIp: '10.9.1.1', code: 'TG_IP_DENIED' } },
  },
  {
    name: '20: the hex form of an IPv4-mapped address is denied too',
    policy: 'loopbackProxy',
    request: () => chat(xff('::ffff:a09:101')),
    expect: { status: 403, problem: 'TG_IP_DENIED', audit: { clientIp: '10.9.1.1' } },
  },
  {
    name: '20: IPv4-mapped addresses share the IPv4 address bucket',
    policy: 'loopbackProxy',
    before: () => [chat(xff('192.0.2.10')), chat(xff('::ffff:192.0.2.10'))],
    request: () => chat(xff('::ffff:c000:20a')),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', audit: { clientIp: '192.0.2.10' } },
  },
  {
    name: '20: an IPv6 deny range',
    policy: 'loopbackProxy',
    request: () => chat(xff('2001:db8:dead:beef::1')),
    expect: { status: 403, problem: 'TG_IP_DENIED' },
  },
  // 21
  {
    name: '21: an address in both allow and deny lists is denied',
    policy: 'bothLists',
    request: () => chat(xff('203.0.113.7')),
    expect: { status: 403, problem: 'TG_IP_DENIED', detail: ['deny list'], audit: { rule: 'ip:deny' } },
  },
  {
    name: '21: an allowed address passes',
    policy: 'bothLists',
    request: () => chat(xff('203.0.113.8')),
    expect: { status: 200, audit: { clientIp: '203.0.113.8' } },
  },
  {
    name: '21: an address outside the allow list is denied',
    policy: 'bothLists',
    request: () => chat(xff('198.51.100.1')),
    expect: { status: 403, problem: 'TG_IP_DENIED', detail: ['allow list'], audit: { rule: 'ip:allow' } },
  },
  {
    name: '21: the socket address in both lists is denied, also on a route without auth',
    policy: 'selfInBoth',
    request: () => ({ path: '/health' }),
    expect: { status: 403, problem: 'TG_IP_DENIED', audit: { rule: 'ip:deny', route: 'health' } },
  },
  // 22
  {
    name: '22: plain HTTP with requireHttps: 403, before any credential is read, and no HSTS on plain HTTP',
    policy: 'httpsReject',
    request: () => models({ authorization: 'Bearer nonsense' }),
    expect: {
      status: 403,
      problem: 'TG_HTTPS_REQUIRED',
      headers: { 'strict-transport-security': null },
      audit: { decision: 'deny', rule: 'transport:https' },
    },
  },
  {
    name: '22: X-Forwarded-Proto: https from an untrusted peer is not believed',
    policy: 'httpsReject',
    request: () => models({ 'x-forwarded-proto': 'https' }),
    expect: { status: 403, problem: 'TG_HTTPS_REQUIRED' },
  },
  {
    name: '22: redirect mode answers 308 to the https URL',
    policy: 'httpsRedirect',
    request: () => models(),
    expect: { status: 308, headers: { location: 'https://127.0.0.1/v1/models?x=1' }, problem: 'TG_HTTPS_REDIRECT' },
  },
  {
    name: '22: X-Forwarded-Proto: https from a trusted proxy is believed, and the answer carries HSTS',
    policy: 'httpsBehindProxy',
    request: () => models({ 'x-forwarded-proto': 'https' }),
    expect: { status: 200, headers: { 'strict-transport-security': 'max-age=86400; includeSubDomains' }, body: { principal: 'alice' } },
  },
  {
    name: '22: HTTPS denials carry HSTS too',
    policy: 'httpsBehindProxy',
    request: () => models({ 'x-forwarded-proto': 'https', authorization: 'Bearer tg_test_nokey0001_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }),
    expect: { status: 401, problem: 'TG_AUTH_INVALID', headers: { 'strict-transport-security': /^max-age=86400/ } },
  },
  {
    name: '22: the trusted proxy saying http is refused',
    policy: 'httpsBehindProxy',
    request: () => models({ 'x-forwarded-proto': 'http' }),
    expect: { status: 403, problem: 'TG_HTTPS_REQUIRED' },
  },
  // Per-route overrides
  {
    name: 'per route: a route allow list applies to that route only',
    policy: 'perRoute',
    request: () => ({ path: '/health' }),
    expect: { status: 403, problem: 'TG_IP_DENIED', audit: { rule: 'ip:allow', route: 'health' } },
  },
  {
    name: 'per route: requireHttps on one route',
    policy: 'perRoute',
    request: () => models(),
    expect: { status: 403, problem: 'TG_HTTPS_REQUIRED', audit: { route: 'models' } },
  },
  {
    name: 'per route: other routes keep the policy-wide rules',
    policy: 'perRoute',
    request: () => chat(),
    expect: { status: 200, audit: { route: 'chat' } },
  },
  // Brute force
  {
    name: 'failed authentications per client IP: 429 with Retry-After, before even a good key is checked',
    policy: 'authFailures',
    before: times(2, () => chat({}, bearer(offByOne(keys.good.key)))),
    request: () => chat(),
    expect: {
      status: 429,
      problem: 'TG_AUTH_FAILURES',
      headers: { 'retry-after': /^[1-9]\d*$/ },
      audit: { decision: 'deny', rule: 'auth:failures' },
    },
  },
  {
    name: 'requests without credentials are not counted as failed authentications',
    policy: 'authFailures',
    before: times(3, () => chat({}, {})),
    request: () => chat(),
    expect: { status: 200 },
  },
];
