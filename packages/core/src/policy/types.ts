import type { IntrospectionPolicy, JwtPolicy, RolePolicy } from './types-tokens.js';

export type * from './types-tokens.js';
import type { BodyEncoding, ConstraintsPolicy, GuardsPolicy } from './types-guards.js';
import type { LimitRuleExtensions } from './types-limits.js';

/** `enforce` blocks; `monitor` evaluates and logs "would deny" but lets the request through. */
export type Mode = 'enforce' | 'monitor';

/** Seconds as a number, or a string such as `30s`, `1m`, `1h`, `1d`. */
export type Duration = number | string;

/** Bytes as a number, or a string such as `512kb`, `1mb`. */
export type Size = number | string;

/** What a limit counts by. Several parts combine into one key. */
export type KeyPart = 'principal' | 'tenant' | 'apiKey' | 'ip' | 'route' | 'model';

/** The authenticators a route may use. */
export type AuthMethod = 'apiKey' | 'jwt' | 'introspection';

export interface AuthPolicy {
  /** Authenticators to try, in order; the credential's shape picks the first that fits. @default ['apiKey'] */
  methods?: AuthMethod[];
  /** Scopes the principal must all hold, else 403 `insufficient_scope`. @example ['chat:write'] */
  scopes?: string[];
  /** Roles of which the principal must hold at least one, else 403. @example ['pro'] */
  roles?: string[];
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
  /** Content-Encodings accepted and inflated, the cap counting inflated bytes; others get 415. @default [] */
  encodings?: BodyEncoding[];
  /** Request constraints: model allow-list, token and message caps, tools, system messages. */
  constraints?: ConstraintsPolicy;
  /** Prompt-injection and PII/secret guards. */
  guards?: GuardsPolicy;
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
  /** Network rules for the route; each field set here replaces the top-level `network` one. */
  network?: RouteNetworkPolicy;
}

/** The network rules a route (or `defaults`) may override; proxies and the failure limit stay policy-wide. */
export type RouteNetworkPolicy = Pick<NetworkPolicy, 'allow' | 'deny' | 'requireHttps' | 'hsts'>;

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
  /** Models this key may request (`*` suffix matches a prefix). @default any the key's roles allow */
  models?: string[];
  /** ISO 8601 time after which the key no longer works. */
  expiresAt?: string;
  revoked?: boolean;
  /** Who the key was issued to (a person or team; informational, shown by `tollgate keys list`). */
  owner?: string;
  /**
   * Per-key amounts by limit name, beating role overrides: requests, tokens or USD in the rule's own unit.
   * @example { rpm: 600, daily-usd: 25 }
   */
  limits?: Record<string, ApiKeyLimitOverride>;
  /** ISO 8601 time the key was created. */
  createdAt?: string;
  /** ISO 8601 time the key was last used, as last persisted (coalesced: may lag by a minute). */
  lastUsedAt?: string;
  /** The id of the key this one replaced by `tollgate keys rotate`. */
  rotatedFrom?: string;
}

/** A key's own amount for one named limit, in that rule's unit. */
export type ApiKeyLimitOverride = number;

export interface KeySources {
  /** Keys written into the policy itself (hashes only). */
  inline?: ApiKeyRecord[];
  /** A JSON file `{ "keys": [...] }`, resolved relative to the policy file; reloaded when it changes. */
  file?: string;
  /** Keys shared by every instance in Redis (a hash under `prefix`). */
  redis?: RedisKeySource;
}

export interface RedisKeySource {
  /** `redis://host:port/db`. */
  url: string;
  /** Prefix of Tollgate's Redis keys. @default 'tollgate:' */
  prefix?: string;
  /** How long an instance trusts a record it read (and so how soon a revocation is seen elsewhere). @default '5s' */
  cacheTtl?: Duration;
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
  /** JWT bearer tokens (static keys, JWKS, OIDC discovery or the Entra ID preset). */
  jwt?: JwtPolicy;
  /** RFC 7662 introspection of opaque bearer tokens. */
  introspection?: IntrospectionPolicy;
  /** Per-role settings, e.g. `{ pro: { models: ['gpt-4o*'] } }`. */
  roles?: Record<string, RolePolicy>;
  /** Client IP, IP rules, HTTPS enforcement and failed-auth limiting; enforced first in the auth stage. */
  network?: NetworkPolicy;
}

/**
 * Which peers are proxies whose `X-Forwarded-For` / `Forwarded` / `X-Forwarded-Proto` we believe:
 * `false` (none, the default), a hop count, a CIDR list (or `loopback`, `linklocal`, `uniquelocal`), or `true`
 * (every peer: only behind a proxy that overwrites these headers).
 */
export type TrustProxy = boolean | number | string | string[];

export interface NetworkPolicy {
  /** @default false */
  trustProxy?: TrustProxy;
  /** Only these addresses/CIDRs may call (IPv4 and IPv6). */
  allow?: string[];
  /** These addresses/CIDRs are refused (403), even when also allowed. */
  deny?: string[];
  /** IPv6 clients share an `ip` limit key per subnet of this prefix length. @default 64 */
  ipv6Subnet?: number;
  /** Refuse (or redirect) plain-HTTP requests. @default false */
  requireHttps?: boolean | RequireHttpsPolicy;
  /** Send `Strict-Transport-Security` on HTTPS responses. @default false */
  hsts?: boolean | HstsPolicy;
  /** Failed authentications allowed per client IP in a window before 429, to slow brute force. */
  authFailureLimit?: { attempts: number; window: Duration };
}

export interface RequireHttpsPolicy {
  /** `reject` answers 403 (or `rejectStatus`); `redirect` answers 308 to the https URL. @default 'reject' */
  action?: 'reject' | 'redirect';
  /** @default 403 */
  rejectStatus?: 400 | 403;
  /** Host for redirects; without it the request's Host header is used if it is a plain host name. */
  redirectHost?: string;
}

export interface HstsPolicy {
  /** @default '365d' */
  maxAge?: Duration;
  /** @default false */
  includeSubDomains?: boolean;
  /** @default false */
  preload?: boolean;
}

export type * from './types-guards.js';
