import { randomUUID } from 'node:crypto';
// Imported, not the global: the global is a lazy getter that runs on every read.
import { performance } from 'node:perf_hooks';
import type { Decision, DenyDecision, ErrorDecision, StageName, TraceEntry } from './decision.js';
import type { Principal, Usage } from './principal.js';
import type { GateRequest } from './request.js';
import type { GuardFlag } from './validate/content-checks.js';
import type { MaskTable } from './validate/guards/mask.js';

/** What a handler sees as `req.tollgate` / `ctx.state.tollgate` / `c.get('tollgate')`. */
export interface TollgateContext {
  /** The request's id: the caller's `X-Request-Id` when well-formed, otherwise a new UUID. */
  readonly requestId: string;
  /** The id of the policy route that applied. */
  readonly routeId: string;
  /** The client address the policy used (IPv4-mapped IPv6 shown as IPv4). */
  readonly clientIp: string;
  /** Who is calling, once `auth()` ran; undefined for anonymous requests. */
  readonly principal: Principal | undefined;
  /** The body exactly as validated, once `validate()` ran. */
  readonly body: unknown;
  /** Decisions that monitor mode turned into "would deny". */
  readonly wouldDeny: readonly (DenyDecision | ErrorDecision)[];
  /** Every stage's outcome so far. */
  readonly trace: readonly TraceEntry[];
  /** Report the LLM call's actual usage; it is recorded in the audit line and settles token/USD reservations. */
  settle(usage: Usage): void;
  /** What content guards flagged, redacted or masked on this request (never the text itself). */
  readonly flagged: readonly GuardFlag[];
  /** Swaps the PII guard's `[EMAIL_1]` placeholders back to the caller's values (`json`: escaped for a JSON string). */
  unmask(text: string, options?: { json?: boolean }): string;
}

/** What the limits stage holds for a request until it is settled and its response has ended. */
export interface LimitsHook {
  settle(usage: Usage): void;
  end(): void;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The empty list every context starts with; frozen, so nothing can push onto the shared instance. */
const NONE: readonly never[] = Object.freeze([]);

/** A trace entry to make once (when a stage is compiled) and record on many requests. */
export function traceEntry(stage: StageName, rule: string, outcome: TraceEntry['outcome']): TraceEntry {
  return Object.freeze({ stage, rule, outcome });
}

/** Minimal view of a compiled route the context needs; the gate owns the rest. */
export interface RouteRef {
  readonly id: string;
}

/**
 * Per-request state shared by all of an adapter's middlewares, so `rateLimit()` keys by the principal that
 * `auth()` found and `logger()` records whichever stage decided.
 */
export class RequestContext<R extends RouteRef = RouteRef> implements TollgateContext {
  /** IPv6 clients share `ip` limit keys per subnet of this length (policy `network.ipv6Subnet`). */
  readonly ipv6Subnet: number;
  readonly startedAt = performance.now();
  // The three lists start as one shared frozen empty array and get their own on the first entry: most requests
  // never flag or would-deny anything, so they allocate no list for it.
  #trace: readonly TraceEntry[] = NONE;
  #wouldDeny: readonly (DenyDecision | ErrorDecision)[] = NONE;
  #flagged: readonly GuardFlag[] = NONE;
  principal: Principal | undefined = undefined;
  body: unknown = undefined;
  #bodyText: string | undefined = undefined;
  #bodyRewritten = false;
  /** The decision that stopped the request, if one did. */
  stoppedBy: DenyDecision | ErrorDecision | undefined = undefined;
  usage: Usage | undefined = undefined;
  /**
   * The PII guard's placeholders for this request, made when it first masks something. A field rather than a
   * WeakMap entry keyed by the context: the scavenger keeps weak entries alive until a full GC.
   */
  masks: MaskTable | undefined = undefined;
  /** Set once the body was read and validated, so a second `validate()` does not read again. */
  bodyChecked = false;
  /** Set when an adapter has arranged for the audit line, so it is written once. */
  auditScheduled = false;
  /** Reservations to settle and concurrency slots to free; adapters call ended() when it is set. */
  limitsHook: LimitsHook | undefined = undefined;
  /** Set when an adapter has arranged to call ended(). */
  endScheduled = false;
  #route: R | undefined;
  readonly #resolve: (request: GateRequest) => R;
  // Both are worked out on first use: a request that is allowed and never logged needs neither.
  #requestId: string | undefined = undefined;
  #clientIp: string | undefined = undefined;
  readonly #resolveIp: ((request: GateRequest) => string) | undefined;

  readonly #counters: { countWouldDeny(rule: string): void } | undefined;
  #seen: object[] | undefined = undefined;

  constructor(
    readonly request: GateRequest,
    resolve: (request: GateRequest) => R,
    counters?: { countWouldDeny(rule: string): void },
    /** How the gate's network rules find the client address (trusted proxies); else the socket's is used. */
    resolveIp?: (request: GateRequest) => string,
    ipv6Subnet = 64,
  ) {
    this.#counters = counters;
    this.ipv6Subnet = ipv6Subnet;
    this.#resolve = resolve;
    this.#resolveIp = resolveIp;
  }

  /** The caller's `X-Request-Id` when well-formed, otherwise a new UUID. */
  get requestId(): string {
    if (this.#requestId === undefined) {
      const incoming = this.request.header('x-request-id');
      this.#requestId = incoming !== undefined && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    }
    return this.#requestId;
  }

  /** The client address the policy uses (trusted proxies applied; IPv4-mapped IPv6 shown as IPv4). */
  get clientIp(): string {
    return (this.#clientIp ??= this.#resolveIp ? this.#resolveIp(this.request) : normaliseIp(this.request.remoteAddress));
  }

  /**
   * The body's text when Tollgate read it (adapters hand it to framework body caches): as received, or made
   * from the body once guards rewrote it. Made on first read: Express and Koa hand on the object and never ask.
   */
  get bodyText(): string | undefined {
    if (this.#bodyRewritten) {
      this.#bodyText = JSON.stringify(this.body);
      this.#bodyRewritten = false;
    }
    return this.#bodyText;
  }

  set bodyText(text: string | undefined) {
    this.#bodyText = text;
    this.#bodyRewritten = false;
  }

  /** Guards rewrote the body (masked, redacted): `bodyText` is made again from it when read. */
  bodyRewritten(): void {
    this.#bodyRewritten = true;
  }

  get route(): R {
    return (this.#route ??= this.#resolve(this.request));
  }

  set route(route: R) {
    this.#route = route;
  }

  get routeId(): string {
    return this.route.id;
  }

  settle(usage: Usage): void {
    this.usage = usage;
    this.limitsHook?.settle(usage);
  }

  /** Adapters call this once the response ended: finished, failed or aborted by the client. */
  ended(): void {
    this.limitsHook?.end();
  }

  unmask(text: string, options?: { json?: boolean }): string {
    return this.masks?.unmask(text, options?.json) ?? text;
  }

  get trace(): readonly TraceEntry[] {
    return this.#trace;
  }

  get wouldDeny(): readonly (DenyDecision | ErrorDecision)[] {
    return this.#wouldDeny;
  }

  get flagged(): readonly GuardFlag[] {
    return this.#flagged;
  }

  record(stage: StageName, rule: string, outcome: TraceEntry['outcome']): void {
    this.recordEntry({ stage, rule, outcome });
  }

  /** Adds a trace entry made once at start-up (see traceEntry()): the common outcomes allocate nothing. */
  recordEntry(entry: TraceEntry): void {
    if (this.#trace === NONE) this.#trace = [entry];
    else (this.#trace as TraceEntry[]).push(entry);
  }

  /** Monitor mode let `decision` through: keep it for the audit line and count it. */
  noteWouldDeny(decision: DenyDecision | ErrorDecision): void {
    if (this.#wouldDeny === NONE) this.#wouldDeny = [decision];
    else (this.#wouldDeny as (DenyDecision | ErrorDecision)[]).push(decision);
    this.#counters?.countWouldDeny(decision.rule);
  }

  /** A content guard flagged, redacted or masked something. */
  flag(flag: GuardFlag): void {
    if (this.#flagged === NONE) this.#flagged = [flag];
    else (this.#flagged as GuardFlag[]).push(flag);
  }

  /**
   * True the first time `key` (a compiled check) asks about this request, false after: a check mounted twice
   * on one request (protect() and a route's own middleware) runs once. Kept on the context rather than in a
   * WeakSet of contexts because V8's scavenger keeps weak collections' entries alive until the next full GC,
   * which promoted every request to old space.
   */
  firstTime(key: object): boolean {
    const seen = (this.#seen ??= []);
    if (seen.includes(key)) return false;
    seen.push(key);
    return true;
  }

  /** Remember the stage outcome; stopping decisions are what the audit line reports. */
  note(decision: Decision): void {
    if (!decision.allowed) this.stoppedBy = decision;
  }
}

/** `::ffff:10.0.0.1` is the IPv4 client 10.0.0.1: treat it so, for limits and logs alike. */
export function normaliseIp(address: string | undefined): string {
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
