import type { AuthOptions, Gate, RateLimitOptions, Stage, StageOptions, ValidateOptions } from './gate.js';

/**
 * The five middleware factories every adapter exposes, with the same options and behaviour; `M` is the
 * framework's middleware type. Documented once here so the adapters cannot drift apart.
 */
export interface TollgateMiddlewares<M> {
  /** Authenticates the caller (and applies network rules); sets the principal or answers 401/400/403. */
  auth(options?: AuthOptions): M;
  /** Counts the request against the route's limits; answers 429 with `Retry-After` when over. */
  rateLimit(options?: RateLimitOptions): M;
  /** Reads and validates the JSON body under the size cap; a schema name is shorthand for `{ schema }`. */
  validate(options?: string | ValidateOptions): M;
  /** Writes one audit line per request when the response ends (streams: when they end), denials included. Mount it first. */
  logger(): M;
  /** logger + auth + validate + rateLimit, all from the route's policy, in that pipeline order. */
  protect(options?: StageOptions): M;
}

/**
 * Builds an adapter's middleware set from its two translations: how to run a prepared stage (`audits`: also
 * write the audit line, as protect() does) and the logger. Middleware functions get stable names for stack
 * traces and framework introspection.
 */
export function middlewareSet<M extends object>(
  gate: Gate,
  run: (stage: Stage, audits: boolean) => M,
  logger: () => M,
): TollgateMiddlewares<M> {
  const named = (m: M, name: string): M => Object.defineProperty(m, 'name', { value: name });
  return {
    auth: (options) => named(run(gate.stage('auth', options), false), 'tollgateAuth'),
    rateLimit: (options) => named(run(gate.stage('rateLimit', options), false), 'tollgateRateLimit'),
    validate: (options) => named(run(gate.stage('validate', options), false), 'tollgateValidate'),
    protect: (options) => named(run(gate.protect(options), true), 'tollgateProtect'),
    logger: () => named(logger(), 'tollgateLogger'),
  };
}
