/** The counting algorithms every store implements, with identical semantics (memory and Redis twins). */
export type Algorithm = 'fixed' | 'sliding' | 'bucket' | 'concurrency';

/** One counter a request is checked against; all of a request's ops are reserved together (all or none). */
export interface LimitOp {
  /** The store key of the counter. */
  readonly key: string;
  readonly algorithm: Algorithm;
  /** Units allowed per window; the bucket's capacity; in-flight requests for `concurrency`. */
  readonly limit: number;
  /** Window length (fixed, sliding); time to refill the whole bucket; lease lifetime (concurrency). In ms. */
  readonly windowMs: number;
  /** Units this request reserves. */
  readonly cost: number;
  /** Calendar windows: [start, end, nextEnd] in ms since the epoch, so the store's clock picks the period. */
  readonly bounds?: readonly [number, number, number] | undefined;
}

export interface OpResult {
  readonly allowed: boolean;
  /** Units left after this request (never negative). */
  readonly remaining: number;
  /** When allowed: ms until the window resets; when denied: ms until the request could pass. */
  readonly resetMs: number;
  /** Fixed windows: the start of the period charged, so a later adjustment hits the same period. */
  readonly period: number;
}

export interface Outcome {
  /** Whether every op passed; when not, nothing was reserved. */
  readonly allowed: boolean;
  readonly results: readonly OpResult[];
}

/** A change to an earlier reservation: settle's refund/charge (`delta`), or a concurrency release. */
export interface AdjustOp {
  readonly key: string;
  readonly algorithm: Algorithm;
  readonly limit: number;
  readonly windowMs: number;
  /** What was reserved. */
  readonly cost: number;
  /** Units to add (negative: refund). Ignored for `concurrency`, which is released. */
  readonly delta: number;
  readonly period: number;
}

/** Where counters live. `member` identifies the request's entries (sliding log, concurrency leases). */
export interface LimitStore {
  reserve(ops: readonly LimitOp[], member: string): Promise<Outcome>;
  adjust(ops: readonly AdjustOp[], member: string): Promise<void>;
}

/** Thrown by a store that cannot answer (down, or slower than its timeout): the rule's fail mode applies. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
