import type { LimitRuleExtensions } from './types-limits.js';

/** `enforce` blocks; `monitor` evaluates and logs "would deny" but lets the request through. */
export type Mode = 'enforce' | 'monitor';

/** Seconds as a number, or a string such as `30s`, `1m`, `1h`, `1d`. */
export type Duration = number | string;

/** Bytes as a number, or a string such as `512kb`, `1mb`. */
export type Size = number | string;

/** What a limit counts by. Several parts combine into one key. */
export type KeyPart = 'principal' | 'tenant' | 'apiKey' | 'ip' | 'route' | 'model';

export interface AuthPolicy {
  /** Authenticators to try, in order. @default ['apiKey'] */
  methods?: 'apiKey'[];
  /** Let unauthenticated requests through (with no principal) instead of answering 401. @default false */
  optional?: boolean;
  /** Header that may carry an API key besides `Authorization: Bearer`. @default 'x-api-key' */
  apiKeyHeader?: string;
  mode?: Mode;
}

export interface LimitRule extends LimitRuleExtensions {
  /** Name shown in the RateLimit fields and in 429 bodies, e.g. `rpm`. */
  name: string;
  /** Requests allowed per window (one of `requests`, `tokens`, `usd`, `concurrency` is required). */
  requests?: number;
  /** Window length (required unless `calendar` or `concurrency` is set). */
  window?: Duration;
  /** What the counter is keyed by. @default ['principal'] (the client IP when unauthenticated) */
  by?: KeyPart[];
  mode?: Mode;
}

export interface ValidatePolicy {
  /** A shipped schema name (`openai.chat`, `anthropic.messages`, ...) or an inline JSON Schema. */
  schema?: string | Record<string, unknown>;
  /** Largest body accepted, counted on the bytes actually received. @default '1mb' */
  maxBodyBytes?: Size;
  /** Deepest nesting of arrays and objects accepted. @default 64 */
  maxDepth?: number;
  mode?: Mode;
}

/** The policies that can be set once for every route and overridden per route. */
export interface RouteSettings {
  mode?: Mode;
  /** `false` turns authentication off for the route. */
  auth?: AuthPolicy | false;
  limits?: LimitRule[];
  /** `false` turns body validation off for the route. */
  validate?: ValidatePolicy | false;
}

export interface RouteMatch {
  /** One method or several; any method when absent. */
  method?: string | string[];
  /** A path pattern (`/v1/chat/completions`, `/v1/models/:id`, `/v1/*rest`). */
  path: string;
}

export interface RoutePolicy extends RouteSettings {
  /** Identifier used in logs, headers and `route:` options, e.g. `chat`. */
  id: string;
  /** How requests are matched to this route; omit to select it only by id from code. */
  match?: RouteMatch;
}

export interface ApiKeyRecord {
  /** The key's visible id: `tg_live_<id>_<secret>`. */
  id: string;
  /** `sha256:<hex>` of the whole key. Plain keys are never stored. */
  hash: string;
  /** Principal id the key authenticates as. @default `key:<id>` */
  principal?: string;
  tenant?: string;
  roles?: string[];
  scopes?: string[];
  /** ISO 8601 time after which the key no longer works. */
  expiresAt?: string;
  revoked?: boolean;
}

export interface KeySources {
  /** Keys written into the policy itself (hashes only). */
  inline?: ApiKeyRecord[];
  /** A JSON file `{ "keys": [...] }`, resolved relative to the policy file. */
  file?: string;
}

export interface AuditPolicy {
  /** Lowest level written. @default 'info' */
  level?: 'error' | 'warn' | 'info' | 'debug';
}

/** A whole policy document, as written in `tollgate.yaml` or passed inline. */
export interface PolicyDocument {
  version: 1;
  /** Realm named in `WWW-Authenticate`. @default 'tollgate' */
  realm?: string;
  keys?: KeySources;
  /** Settings every route starts from. */
  defaults?: RouteSettings;
  /** Routes, matched in order; the first match wins. */
  routes?: RoutePolicy[];
  audit?: AuditPolicy;
}
