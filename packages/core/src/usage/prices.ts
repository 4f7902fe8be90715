import type { ModelPrice } from '../policy/types-limits.js';

/**
 * USD per one million tokens, as the providers list them (2025). Matched by the longest prefix, so a dated
 * snapshot (`gpt-4o-2024-08-06`) takes its family's price. A policy's `prices` override or extend this table.
 */
export const SHIPPED_PRICES: Readonly<Record<string, ModelPrice>> = Object.freeze({
  'gpt-5': { input: 1.25, output: 10, cached: 0.125 },
  'gpt-5-mini': { input: 0.25, output: 2, cached: 0.025 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cached: 0.005 },
  'gpt-4.1': { input: 2, output: 8, cached: 0.5 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cached: 0.1 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4, cached: 0.025 },
  'gpt-4o': { input: 2.5, output: 10, cached: 1.25 },
  'gpt-4o-mini': { input: 0.15, output: 0.6, cached: 0.075 },
  'o3': { input: 2, output: 8, cached: 0.5 },
  'o4-mini': { input: 1.1, output: 4.4, cached: 0.275 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
  'claude-opus-4': { input: 15, output: 75, cached: 1.5 },
  'claude-sonnet-4': { input: 3, output: 15, cached: 0.3 },
  'claude-3-7-sonnet': { input: 3, output: 15, cached: 0.3 },
  'claude-3-5-haiku': { input: 0.8, output: 4, cached: 0.08 },
  'claude-haiku-4-5': { input: 1, output: 5, cached: 0.1 },
});

/** A price table with longest-prefix lookup, built once per rule. */
export class PriceTable {
  readonly #entries: [string, ModelPrice][];

  constructor(overrides: Readonly<Record<string, ModelPrice>> = {}) {
    this.#entries = Object.entries({ ...SHIPPED_PRICES, ...overrides }).sort((a, b) => b[0].length - a[0].length);
  }

  price(model: string): ModelPrice | undefined {
    for (const [prefix, price] of this.#entries) if (model.startsWith(prefix)) return price;
    return undefined;
  }

  /** Cost in micro-USD (integers, so stores count exactly); per-1M-token prices are micro-USD per token. */
  microUsd(price: ModelPrice, input: number, output: number, cached = 0): number {
    return Math.ceil((input - cached) * price.input + cached * (price.cached ?? price.input) + output * price.output);
  }
}
