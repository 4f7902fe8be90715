import type { SentRequest } from '../support/http-client.js';
import { bearer, chatBody, keys } from './fixtures.js';
import type { Scenario } from './scenarios.js';

const alice = bearer(keys.good.key);
const bob = bearer(keys.other.key);
const chat = (body: unknown, headers: Record<string, string> = alice): SentRequest => ({ method: 'POST', path: '/v1/chat/completions', headers, body });
const budget = (body: unknown): SentRequest => ({ method: 'POST', path: '/v1/monitored', headers: alice, body });
const quota: SentRequest = { method: 'POST', path: '/v1/limits/quota', headers: alice, body: {} };
const throttled: SentRequest = { method: 'POST', path: '/v1/limits/throttled', body: {} };
const INT = '\\d+';
// Case 29: the fields carry only policy names and non-negative integers, never a key, tenant or principal.
const CHAT_FIELDS = {
  'ratelimit-policy': new RegExp(`^"rpm";q=3;w=60, "tpm";q=2000;w=60, "tenant-daily";q=100000;w=${INT}, "inflight";q=1$`),
  ratelimit: new RegExp(`^"rpm";r=${INT};t=${INT}, "tpm";r=${INT};t=${INT}, "tenant-daily";r=${INT};t=${INT}, "inflight";r=${INT};t=${INT}$`),
};
const limitedAudit = (rule: string, code: string) => ({ decision: 'deny', status: 429, rule, code });

/** Limits over HTTP, on every adapter and mount. */
export const limitsScenarios: readonly Scenario[] = [
  {
    name: 'allowed request carries RateLimit-Policy and RateLimit for every policy',
    request: chat(chatBody),
    expect: { status: 200, headers: { ...CHAT_FIELDS, 'retry-after': null } },
  },
  {
    name: 'a concurrency slot is freed when each response ends, on every adapter',
    before: [chat(chatBody, bob), chat(chatBody, bob)],
    request: chat(chatBody, bob),
    expect: { status: 200 },
  },
  {
    name: 'the request after the limit: 429 with Retry-After, fields and the violated policy',
    before: [chat(chatBody), chat(chatBody), chat(chatBody)],
    request: chat(chatBody),
    expect: {
      status: 429,
      headers: { ...CHAT_FIELDS, ratelimit: /^"rpm";r=0;t=\d+, "tpm";r=\d+;t=\d+, "tenant-daily";r=\d+;t=\d+, "inflight";r=\d+;t=\d+$/, 'retry-after': /^[1-9]\d*$/ },
      problem: 'TG_RATE_LIMITED',
      detail: ['"rpm"', 'retry in'],
      body: { type: 'https://tollgate.dev/problems#rate-limited' },
      audit: limitedAudit('limit:rpm', 'TG_RATE_LIMITED'),
    },
  },
  {
    name: 'limits are per principal: another key of the tenant still passes rpm (case 29)',
    before: [chat(chatBody), chat(chatBody), chat(chatBody)],
    request: chat(chatBody, bob),
    expect: { status: 200, headers: { ratelimit: /^"rpm";r=2;/ } },
  },
  {
    name: 'max_tokens of 1e9: 429 before any upstream call, however empty the buckets (case 26)',
    request: chat({ ...chatBody, max_tokens: 1e9 }),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', detail: ['more than limit "tpm" allows', 'lower max_tokens'], headers: { 'retry-after': /^\d+$/ } },
  },
  {
    name: 'n of 128 multiplies the reservation: 429 (case 26)',
    request: chat({ ...chatBody, max_tokens: 100, n: 128 }),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', detail: ['"tpm"'] },
  },
  {
    name: 'an estimate above what remains of the token budget: 429 (case 26)',
    before: [chat({ ...chatBody, max_tokens: 1500 })],
    request: chat({ ...chatBody, max_tokens: 1000 }),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', detail: ['"tpm"'], body: { violated: [{ policy: 'tpm', limit: 2000, window: 60, unit: 'tokens' }] } },
  },
  {
    name: 'an exhausted calendar quota: 429 quota-exceeded',
    before: [quota, quota],
    request: quota,
    expect: {
      status: 429,
      headers: { 'ratelimit-policy': /^"monthly";q=2;w=\d+$/, ratelimit: /^"monthly";r=0;t=\d+$/, 'retry-after': /^\d+$/ },
      problem: 'TG_QUOTA_EXCEEDED',
      detail: ['Quota "monthly" exceeded'],
      body: { type: 'https://tollgate.dev/problems#quota-exceeded', title: 'Quota exceeded' },
      audit: limitedAudit('limit:monthly', 'TG_QUOTA_EXCEEDED'),
    },
  },
  {
    name: 'a USD budget prices the request from the shipped table',
    request: budget({ ...chatBody, max_tokens: 100 }),
    expect: { status: 200, headers: { 'ratelimit-policy': /^"usd-day";q=10000;w=\d+, "burst";q=2;w=10$/ } },
  },
  {
    name: 'a USD estimate above the budget: 429 quota-exceeded',
    request: budget({ ...chatBody, model: 'gpt-4o', max_tokens: 2000 }),
    expect: { status: 429, problem: 'TG_QUOTA_EXCEEDED', detail: ['"usd-day"'] },
  },
  {
    name: 'a policy price overrides or extends the table',
    request: budget({ ...chatBody, model: 'house-model', max_tokens: 100 }),
    expect: { status: 200 },
  },
  {
    name: 'a model without a price under a USD budget: 400 naming the model',
    request: budget({ ...chatBody, model: 'mystery-model' }),
    expect: { status: 400, problem: 'TG_MODEL_UNPRICED', detail: ['"mystery-model"'] },
  },
  {
    name: 'token bucket: the burst capacity, then 429',
    before: [budget(chatBody), budget(chatBody)],
    request: budget(chatBody),
    expect: { status: 429, problem: 'TG_RATE_LIMITED', detail: ['"burst"'] },
  },
  {
    name: 'throttle: an over-limit request waits for room instead of a 429',
    before: [throttled],
    request: throttled,
    expect: { status: 200, headers: { ratelimit: /^"hps";r=0;t=\d+$/ } },
  },
];
