import type { LimitsHook } from '../context.js';
import type { Usage } from '../principal.js';
import type { UsageEstimate } from '../usage/estimate.js';
import type { CompiledLimit } from './compile.js';
import type { AdjustOp, LimitOp, LimitStore } from './store.js';

/** One counter a request holds units on. */
export interface Held {
  readonly rule: CompiledLimit;
  readonly op: LimitOp;
  readonly store: LimitStore;
  readonly period: number;
}

const SETTLE_GRACE_MS = 5_000;

/**
 * Reserve-then-settle: the request reserved its estimate; settle() charges or refunds the difference to the
 * actual usage, end() frees concurrency slots. What is not settled 5 s after the response ended, or by
 * `timeoutMs` at the latest, stands at the estimate (concurrency leases expire in the store at `timeoutMs` too,
 * should this process die).
 */
export class Reservation implements LimitsHook {
  #settled: boolean;
  #released: boolean;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    readonly held: readonly Held[],
    readonly member: string,
    readonly estimate: UsageEstimate | undefined,
    timeoutMs: number,
  ) {
    this.#settled = !held.some((h) => h.rule.unit === 'tokens' || h.rule.unit === 'usd');
    this.#released = !held.some((h) => h.rule.unit === 'concurrency');
    if (!this.#settled || !this.#released) {
      this.#timer = setTimeout(() => this.#expire(), Math.min(timeoutMs, 2 ** 31 - 1));
      this.#timer.unref();
    }
  }

  settle(usage: Usage): void {
    if (this.#settled) return;
    this.#settled = true;
    const est = this.estimate;
    const input = usage.inputTokens ?? est?.inputTokens ?? 0;
    const output = usage.outputTokens ?? est?.outputTokens ?? 0;
    const adjust = new Map<LimitStore, AdjustOp[]>();
    for (const h of this.held) {
      let actual: number;
      if (h.rule.unit === 'tokens') actual = input + output;
      else if (h.rule.unit === 'usd') {
        const model = usage.model ?? est?.model;
        const price = model !== undefined ? h.rule.prices?.price(model) : undefined;
        if (!price) continue; // the estimate's price stands
        actual = h.rule.prices?.microUsd(price, input, output, usage.cachedInputTokens ?? 0) ?? h.op.cost;
      } else continue;
      const delta = actual - h.op.cost;
      if (delta === 0) continue;
      const list = adjust.get(h.store) ?? [];
      list.push({ ...h.op, delta, period: h.period });
      adjust.set(h.store, list);
    }
    for (const [store, ops] of adjust) store.adjust(ops, this.member).catch(() => {});
    this.#done();
  }

  end(): void {
    if (this.#released) return;
    this.#released = true;
    release(this.held.filter((h) => h.rule.unit === 'concurrency'), this.member);
    if (!this.#settled) {
      // Usage arrives by the response's end (a stream's tap reports before it closes); a short grace covers
      // settle() right after sending, without keeping every unsettled request alive for the full timeout.
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#expire(), SETTLE_GRACE_MS);
      this.#timer.unref();
    }
    this.#done();
  }

  #expire(): void {
    this.#settled = true;
    this.end();
  }

  #done(): void {
    if (this.#settled && this.#released) clearTimeout(this.#timer);
  }
}

/** Gives back what `held` reserved (a denied multi-store request, or concurrency slots at the end). */
export function release(held: readonly Held[], member: string): void {
  const byStore = new Map<LimitStore, AdjustOp[]>();
  for (const h of held) {
    const list = byStore.get(h.store) ?? [];
    list.push({ ...h.op, delta: -h.op.cost, period: h.period });
    byStore.set(h.store, list);
  }
  // A store that is down when a slot is freed lets the lease expire instead.
  for (const [store, ops] of byStore) store.adjust(ops, member).catch(() => {});
}

/** Two rateLimit() stages on one request: both hooks run. */
export function chainHooks(a: LimitsHook | undefined, b: LimitsHook): LimitsHook {
  return a ? { settle: (u) => (a.settle(u), b.settle(u)), end: () => (a.end(), b.end()) } : b;
}
