import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { allow, type Decision, type LimitState } from '../decision.js';
import type { RequestContext } from '../context.js';
import { concurrencyItem, policyItem, stateItem } from '../http/ratelimit-fields.js';
import type { Mode } from '../policy/types.js';
import { estimateUsage, type UsageEstimate } from '../usage/estimate.js';
import { tokenCounter } from '../usage/tokenizer.js';
import { bodyIntake, intakeBody, type Intake } from '../validate/validate-body.js';
import { limitDenial, storeUnavailable, unpriced, type Violation } from './answers.js';
import type { CompiledLimit } from './compile.js';
import { limitKey, partValue } from './keys.js';
import type { MemoryLimitStore } from './memory-store.js';
import { chainHooks, release, Reservation, type Held } from './reservation.js';
import { StoreUnavailableError, type LimitOp, type LimitStore, type OpResult } from './store.js';
import type { LimitStores } from './stores.js';

export type { CompiledLimit } from './compile.js';
export { compileRule } from './compile.js';

export interface CompiledLimits {
  readonly mode: Mode | undefined;
  run(ctx: RequestContext): Promise<Decision>;
}

interface Plan {
  readonly rule: CompiledLimit;
  readonly op: LimitOp;
  store: LimitStore;
}

type Attempt =
  | { readonly kind: 'done'; readonly results: (OpResult | undefined)[] }
  | { readonly kind: 'unavailable'; readonly rule: string; readonly message: string };

// Reservation members must be unique across processes and requests (a caller's X-Request-Id is not).
const PROCESS_ID = randomBytes(6).toString('base64url');
let sequence = 0;

/**
 * The limits stage: every applicable limit is reserved at once, all or none (one Redis round trip for all
 * Redis limits); over-limit requests wait when the rule throttles, else get 429.
 */
export function compileLimits(
  rules: readonly CompiledLimit[],
  stores: LimitStores,
  intake: Intake = bodyIntake(undefined),
): CompiledLimits | null {
  if (rules.length === 0) return null;
  const needsEstimate = rules.some((r) => r.unit === 'tokens' || r.unit === 'usd');
  const needsBody = needsEstimate || rules.some((r) => r.by.includes('model'));
  // One estimate per request: the largest default any rule sets, else 4096.
  const defaults = rules.flatMap((r) => (r.defaultMaxTokens !== undefined ? [r.defaultMaxTokens] : []));
  const defaultMaxTokens = defaults.length > 0 ? Math.max(...defaults) : 4096;
  const staticPolicy = rules.every((r) => r.fixedPolicyItem !== undefined) ? rules.map((r) => r.fixedPolicyItem).join(', ') : undefined;

  return {
    mode: undefined,
    async run(ctx) {
      if (needsBody && !ctx.bodyChecked) {
        const denied = await intakeBody(ctx, intake);
        if (denied) return denied;
      }
      const estimate = needsEstimate ? estimateUsage(ctx.body, await tokenCounter(), defaultMaxTokens) : undefined;
      const now = Date.now();
      const plans: Plan[] = [];
      for (const rule of rules) {
        const cost = costOf(rule, estimate);
        if (cost === undefined) return unpriced(ctx, rule.rule, estimate?.model);
        plans.push({ rule, op: opFor(rule, ctx, stores, cost, now), store: rule.store });
      }
      const member = `${PROCESS_ID}.${++sequence}`;
      const started = now;
      let active = plans;
      for (;;) {
        const attempt = await reserveAll(active, member, stores);
        if (attempt.kind === 'unavailable') {
          ctx.record('rateLimit', attempt.rule, 'error');
          return storeUnavailable(ctx, attempt.rule, attempt.message);
        }
        const violated: Violation[] = [];
        const monitored: Violation[] = [];
        const states: LimitState[] = [];
        active.forEach((p, i) => {
          const r = attempt.results[i];
          if (!r) return; // fail-open rule while its store is down
          const state = stateOf(p, r);
          states.push(state);
          if (!r.allowed) {
            const v = { state, quota: p.rule.quota, never: p.op.cost > p.op.limit, cost: p.op.cost, waitMs: r.resetMs };
            (p.rule.mode === 'monitor' ? monitored : violated).push(v);
          }
        });
        const headers = states.length > 0 ? fields(active, states, staticPolicy, plans.length === active.length) : {};
        if (violated.length === 0 && monitored.length > 0) {
          // Only monitor rules objected: count the request on the others, and log what would have been denied.
          for (const v of monitored) ctx.record('rateLimit', `limit:${v.state.name}`, 'would-deny');
          ctx.noteWouldDeny(limitDenial(ctx, monitored, headers));
          active = active.filter((p) => !monitored.some((v) => v.state.name === p.rule.name));
          if (active.length > 0) continue;
          return allow(headers);
        }
        if (violated.length === 0) {
          for (const p of active) ctx.record('rateLimit', p.rule.rule, 'allow');
          const held: Held[] = [];
          active.forEach((p, i) => {
            const r = attempt.results[i];
            if (r && p.rule.unit !== 'requests') held.push({ rule: p.rule, op: p.op, store: p.store, period: r.period });
          });
          if (held.length > 0) ctx.limitsHook = chainHooks(ctx.limitsHook, new Reservation(held, member, estimate, stores.reservationMs));
          return allow(headers);
        }
        const wait = throttleWait(violated, active, Date.now() - started);
        if (wait === undefined) {
          for (const v of violated) ctx.record('rateLimit', `limit:${v.state.name}`, 'deny');
          return limitDenial(ctx, violated, headers);
        }
        await sleep(wait);
      }
    },
  };
}

function costOf(rule: CompiledLimit, est: UsageEstimate | undefined): number | undefined {
  switch (rule.unit) {
    case 'requests':
    case 'concurrency':
      return 1;
    case 'tokens':
      return (est as UsageEstimate).inputTokens + (est as UsageEstimate).outputTokens;
    case 'usd': {
      const e = est as UsageEstimate;
      const price = e.model !== undefined ? rule.prices?.price(e.model) : undefined;
      return price ? rule.prices?.microUsd(price, e.inputTokens, e.outputTokens) : undefined;
    }
  }
}

function opFor(rule: CompiledLimit, ctx: RequestContext, stores: LimitStores, cost: number, now: number): LimitOp {
  const limit = amountFor(rule, ctx);
  const own = rule.keyPrefix + limitKey(rule.by, ctx);
  // The hash tag puts all of a request's Redis counters in one Cluster slot (see LimitStoreOptions.hashTag).
  const key = rule.remote ? `${stores.keyPrefix}{${encodeURIComponent(partValue(stores.hashTag, ctx))}}:${own}` : own;
  if (!rule.calendar) return { key, algorithm: rule.algorithm, limit, windowMs: rule.windowMs, cost };
  const bounds = rule.calendar.bounds(now);
  return { key, algorithm: rule.algorithm, limit, windowMs: bounds[1] - bounds[0], cost, bounds };
}

/** The caller's own amount (its key's override), else the most generous of its roles, else the rule's. */
function amountFor(rule: CompiledLimit, ctx: RequestContext): number {
  const p = ctx.principal;
  if (!p) return rule.amount;
  const own = p.limitOverrides?.[rule.name];
  if (own !== undefined) return rule.unit === 'usd' ? Math.round(own * 1e6) : own;
  if (!rule.roles) return rule.amount;
  let best: number | undefined;
  for (const role of p.roles) {
    const v = rule.roles.get(role);
    if (v !== undefined && (best === undefined || v > best)) best = v;
  }
  return best ?? rule.amount;
}

/** Reserves on every store the plans use; a denial anywhere gives back what other stores granted. */
async function reserveAll(plans: Plan[], member: string, stores: LimitStores): Promise<Attempt> {
  // Hot path: every limit in the one memory store, checked and applied in one synchronous call.
  if (plans.every((p) => !p.rule.remote)) {
    const ops: LimitOp[] = [];
    for (const p of plans) ops.push(p.op);
    return { kind: 'done', results: stores.memory.reserveNow(ops, member, Date.now()).results as OpResult[] };
  }
  const results: (OpResult | undefined)[] = new Array(plans.length);
  let remote: number[] = [];
  const memory: number[] = [];
  plans.forEach((p, i) => (p.rule.remote ? remote : memory).push(i));
  let remoteAllowed = true;
  for (const p of plans) p.store = p.rule.store;
  if (remote.length > 0) {
    try {
      const outcome = await (stores.redis as LimitStore).reserve(remote.map((i) => (plans[i] as Plan).op), member);
      remote.forEach((i, j) => (results[i] = outcome.results[j]));
      remoteAllowed = outcome.allowed;
    } catch (err) {
      if (!(err instanceof StoreUnavailableError)) throw err;
      const closed = remote.find((i) => (plans[i] as Plan).rule.failMode === 'closed');
      if (closed !== undefined) return { kind: 'unavailable', rule: (plans[closed] as Plan).rule.rule, message: err.message };
      for (const i of remote) {
        const p = plans[i] as Plan;
        if (p.rule.failMode === 'local') {
          p.store = stores.local;
          memory.push(i);
        } else p.store = stores.redis as LimitStore; // `open`: not counted while the store is down
      }
      remote = [];
    }
  }
  if (!remoteAllowed || memory.length === 0) return { kind: 'done', results };
  // Memory stores answer synchronously, so check-and-apply across them cannot interleave with another request.
  const byStore = new Map<MemoryLimitStore, number[]>();
  for (const i of memory) {
    const s = (plans[i] as Plan).store as MemoryLimitStore;
    byStore.set(s, [...(byStore.get(s) ?? []), i]);
  }
  const now = Date.now();
  let allowed = true;
  const granted: number[] = [...remote];
  for (const [store, idx] of byStore) {
    const outcome = store.reserveNow(idx.map((i) => (plans[i] as Plan).op), member, now);
    idx.forEach((i, j) => (results[i] = outcome.results[j]));
    if (!outcome.allowed) allowed = false;
    else granted.push(...idx);
  }
  if (!allowed) {
    // All or none: give back what the other stores granted, and report their state as unchanged.
    release(granted.map((i) => ({ ...(plans[i] as Plan), period: (results[i] as OpResult).period })), member);
    for (const i of granted) {
      const r = results[i] as OpResult;
      results[i] = { ...r, remaining: r.remaining + (plans[i] as Plan).op.cost };
    }
  }
  return { kind: 'done', results };
}

function stateOf(p: Plan, r: OpResult): LimitState {
  return {
    name: p.rule.name,
    limit: p.op.limit,
    remaining: Math.max(0, r.remaining),
    resetSeconds: Math.max(0, Math.ceil(r.resetMs / 1000)),
    windowSeconds: p.rule.unit === 'concurrency' ? 0 : Math.ceil(p.op.windowMs / 1000),
    ...(p.rule.unit !== 'requests' ? { unit: p.rule.unit } : {}),
  };
}

function fields(plans: Plan[], states: LimitState[], staticPolicy: string | undefined, complete: boolean): Record<string, string> {
  let policy = complete ? staticPolicy : undefined;
  if (policy === undefined) {
    policy = plans
      .map((p) => (p.rule.unit === 'concurrency' ? concurrencyItem(p.rule.name, p.op.limit) : policyItem(p.rule.name, p.op.limit, p.op.windowMs / 1000)))
      .join(', ');
  }
  let state = '';
  for (const s of states) state += (state ? ', ' : '') + stateItem(s);
  return { 'ratelimit-policy': policy, ratelimit: state };
}

/** How long to wait for room, if every violated rule throttles and the wait fits in its maxDelay. */
function throttleWait(violated: readonly Violation[], plans: Plan[], waited: number): number | undefined {
  let wait = 0;
  for (const v of violated) {
    const plan = plans.find((p) => p.rule.name === v.state.name);
    if (!plan || plan.rule.throttleMs <= 0 || v.never) return undefined;
    const needed = Math.max(1, v.waitMs);
    if (waited + needed > plan.rule.throttleMs) return undefined;
    wait = Math.max(wait, needed);
  }
  return wait;
}
