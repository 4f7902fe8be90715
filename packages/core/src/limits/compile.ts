import { TollgateConfigError } from '../errors.js';
import { concurrencyItem, policyItem } from '../http/ratelimit-fields.js';
import type { KeyPart, LimitRule, Mode } from '../policy/types.js';
import type { FailMode } from '../policy/types-limits.js';
import { durationSeconds } from '../policy/units.js';
import { PriceTable } from '../usage/prices.js';
import { CalendarPeriods } from './calendar.js';
import type { LimitStores } from './stores.js';
import type { Algorithm, LimitStore } from './store.js';

export type LimitUnit = 'requests' | 'tokens' | 'usd' | 'concurrency';

/** One rule, prepared once: nothing here is recomputed per request. */
export interface CompiledLimit {
  readonly name: string;
  readonly rule: string;
  readonly unit: LimitUnit;
  readonly algorithm: Algorithm;
  /** Units per window (micro-USD for `usd`). */
  readonly amount: number;
  readonly windowMs: number;
  readonly by: readonly KeyPart[];
  readonly mode: Mode | undefined;
  readonly store: LimitStore;
  /** Counted on Redis (keys carry the hash tag; fail modes apply). */
  readonly remote: boolean;
  readonly failMode: FailMode;
  readonly throttleMs: number;
  readonly calendar: CalendarPeriods | undefined;
  /** Quotas (calendar periods) answer with the quota-exceeded problem type. */
  readonly quota: boolean;
  readonly roles: ReadonlyMap<string, number> | undefined;
  readonly prices: PriceTable | undefined;
  /** Output tokens to reserve when the body sets no max_tokens; undefined: the route's default. */
  readonly defaultMaxTokens: number | undefined;
  /** Everything of the store key before the request's own parts. */
  readonly keyPrefix: string;
  /** The RateLimit-Policy item when it cannot vary per request. */
  readonly fixedPolicyItem: string | undefined;
}

const DEFAULT_BY: readonly KeyPart[] = Object.freeze(['principal']);
/** Parts as fine as the hash tag: a counter keyed by one of them always has the same tag value. */
const FINER: Record<'tenant' | 'principal' | 'ip', readonly KeyPart[]> = {
  tenant: ['tenant', 'principal', 'apiKey'],
  principal: ['principal', 'apiKey'],
  ip: ['ip'],
};

/**
 * Compiles one rule. Rules are compiled once per rule object, so a rule in `defaults` is one shared counter for
 * every route that inherits it. Misconfiguration throws TG_LIMIT_INVALID here, at start-up.
 */
export function compileRule(rule: LimitRule, namespace: string, stores: LimitStores, where = 'limits'): CompiledLimit {
  const at = `${where} (${rule.name})`;
  const unit: LimitUnit = rule.tokens !== undefined ? 'tokens' : rule.usd !== undefined ? 'usd' : rule.concurrency !== undefined ? 'concurrency' : 'requests';
  const scale = unit === 'usd' ? 1e6 : 1;
  const base = rule.requests ?? rule.tokens ?? rule.usd ?? rule.concurrency;
  if (base === undefined) throw new TollgateConfigError('TG_LIMIT_INVALID', 'a limit needs one of requests, tokens, usd or concurrency.', at);
  let calendar: CalendarPeriods | undefined;
  if (rule.calendar) {
    try {
      calendar = new CalendarPeriods(rule.calendar, rule.timeZone ?? 'UTC');
    } catch {
      throw new TollgateConfigError('TG_LIMIT_INVALID', `unknown time zone "${rule.timeZone}"; use an IANA name such as "Europe/Paris".`, at);
    }
  } else if (rule.timeZone !== undefined) {
    throw new TollgateConfigError('TG_LIMIT_INVALID', 'timeZone only applies to calendar limits; add calendar: day|week|month|hour or remove it.', at);
  }
  const reservationMs = stores.reservationMs;
  const windowMs = unit === 'concurrency' ? reservationMs : calendar ? 0 : durationSeconds(rule.window ?? 0) * 1000;
  if (unit !== 'concurrency' && !calendar && !(windowMs >= 1)) {
    throw new TollgateConfigError('TG_LIMIT_INVALID', 'window must be at least 1 ms.', at);
  }
  const remote = (rule.store ?? (stores.redis ? 'redis' : 'memory')) === 'redis';
  if (remote && !stores.redis) {
    throw new TollgateConfigError('TG_LIMIT_STORE_MISSING', 'store: redis needs a Redis connection: createGate({ limits: { redis: "redis://..." } }).', at);
  }
  const by = rule.by ?? DEFAULT_BY;
  if (remote && !by.some((p) => FINER[stores.hashTag].includes(p))) {
    throw new TollgateConfigError('TG_LIMIT_INVALID',
      `a Redis limit must be keyed by "${stores.hashTag}" or a finer part (${FINER[stores.hashTag].join(', ')}) so all of a request's counters share one hash tag; add it to by, use store: memory, or change limits.hashTag.`, at);
  }
  const roles = rule.overrides?.roles ? new Map(Object.entries(rule.overrides.roles).map(([r, v]) => [r, Math.round(v * scale)])) : undefined;
  const amount = Math.round(base * scale);
  const windowSeconds = windowMs / 1000;
  return {
    name: rule.name,
    rule: `limit:${rule.name}`,
    unit,
    algorithm: unit === 'concurrency' ? 'concurrency' : (rule.algorithm ?? 'fixed'),
    amount,
    windowMs,
    by,
    mode: rule.mode,
    store: remote ? (stores.redis as LimitStore) : stores.memory,
    remote,
    failMode: rule.failMode ?? 'closed',
    throttleMs: rule.throttle ? durationSeconds(rule.throttle.maxDelay) * 1000 : 0,
    calendar,
    quota: calendar !== undefined,
    roles,
    prices: unit === 'usd' ? new PriceTable(rule.prices) : undefined,
    defaultMaxTokens: rule.defaultMaxTokens,
    keyPrefix: `${namespace}:${rule.name}:`,
    fixedPolicyItem: roles || calendar ? undefined : unit === 'concurrency' ? concurrencyItem(rule.name, amount) : policyItem(rule.name, amount, windowSeconds),
  };
}
