import { problem, type Problem, type ProblemKind } from './http/problem.js';

/** The middleware stages a decision can come from. */
export type StageName = 'auth' | 'rateLimit' | 'validate';

/** Response headers to add, by lower-case name. */
export type HeaderMap = Readonly<Record<string, string>>;

/** One step of the pipeline, as recorded for the audit line and for debugging. */
export interface TraceEntry {
  readonly stage: StageName;
  /** The rule that produced the outcome, e.g. `apiKey`, `limit:rpm`, `schema:openai.chat`. */
  readonly rule: string;
  readonly outcome: 'allow' | 'deny' | 'would-deny' | 'error' | 'skip';
}

/** The state of one limit after a request was counted against it. */
export interface LimitState {
  /** The rule's name, as it appears in the RateLimit fields. */
  readonly name: string;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets (or until one unit is available again). */
  readonly resetSeconds: number;
  readonly windowSeconds: number;
  /** What the limit counts, when not requests: `tokens`, `usd` (micro-USD), `concurrency`. */
  readonly unit?: string;
}

export interface FieldError {
  /** JSON pointer into the body, e.g. `/max_tokens` ('' for the body itself). */
  readonly pointer: string;
  readonly message: string;
}

/** Why a request was denied; `kind` says which family of rule decided. */
export type DenyReason =
  | { readonly kind: 'auth'; readonly code: 'missing' | 'malformed' | 'invalid' | 'expired' | 'revoked' }
  | { readonly kind: 'authorization'; readonly code: 'scope' | 'role' | 'model'; readonly required: readonly string[] }
  | { readonly kind: 'rate-limit'; readonly violated: readonly LimitState[] }
  | {
      readonly kind: 'body';
      readonly code:
        | 'too-large'
        | 'unsupported-media-type'
        | 'unsupported-encoding'
        | 'invalid-utf8'
        | 'malformed-json'
        | 'too-deep'
        | 'forbidden-key'
        | 'empty';
    }
  | { readonly kind: 'validation'; readonly errors: readonly FieldError[] }
  /** Transport, IP rules and failed-auth limiting, which open the auth stage. */
  | { readonly kind: 'network'; readonly code: 'ip-denied' | 'https-required' | 'auth-failures' }
  | { readonly kind: 'guard'; readonly guard: 'prompt-injection' | 'pii'; readonly role: string; readonly index: number };

export interface AllowDecision {
  readonly allowed: true;
  readonly kind: 'allow';
  /** Headers to add to the response (e.g. RateLimit fields). */
  readonly headers: HeaderMap;
}

export interface DenyDecision {
  readonly allowed: false;
  readonly kind: 'deny';
  readonly status: number;
  readonly headers: HeaderMap;
  /** The RFC 9457 body to send as `application/problem+json`. */
  readonly problem: Problem;
  readonly stage: StageName;
  /** The rule that denied, e.g. `limit:rpm`. */
  readonly rule: string;
  readonly reason: DenyReason;
}

export interface ErrorDecision {
  readonly allowed: false;
  readonly kind: 'error';
  readonly status: number;
  readonly headers: HeaderMap;
  readonly problem: Problem;
  readonly stage: StageName;
  readonly rule: string;
  readonly reason: { readonly kind: 'store-unavailable' | 'idp-unavailable' | 'internal'; readonly message: string };
}

/** What the core decided for one stage of one request. Adapters only copy it to the response. */
export type Decision = AllowDecision | DenyDecision | ErrorDecision;

export const NO_HEADERS: HeaderMap = Object.freeze({});

/** Shared allow decision for stages that add no headers: no allocation on the hot path. */
export const ALLOW: AllowDecision = Object.freeze({ allowed: true, kind: 'allow', headers: NO_HEADERS });

export function allow(headers: HeaderMap): AllowDecision {
  return headers === NO_HEADERS ? ALLOW : { allowed: true, kind: 'allow', headers };
}

/** What `unavailable()` needs to say which dependency failed and when to come back. */
export interface Unavailable {
  readonly stage: StageName;
  readonly rule: string;
  readonly kind: ProblemKind;
  readonly title: string;
  readonly code: string;
  readonly detail: string;
  /** Seconds, sent as `Retry-After`. */
  readonly retryAfter: number;
  readonly reason: 'store-unavailable' | 'idp-unavailable';
  /** The underlying error, for the decision's reason (never sent to the caller). */
  readonly message: string;
}

/** A dependency (key store, limit store, identity provider) did not answer: 503, never an allow. */
export function unavailable(ctx: { readonly requestId: string }, u: Unavailable): ErrorDecision {
  return {
    allowed: false,
    kind: 'error',
    status: 503,
    headers: { 'retry-after': String(u.retryAfter) },
    problem: problem(u.kind, 503, u.title, u.code, u.detail, { requestId: ctx.requestId }),
    stage: u.stage,
    rule: u.rule,
    reason: { kind: u.reason, message: u.message },
  };
}
