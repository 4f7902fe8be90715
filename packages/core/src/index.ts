export { createGate, Gate } from './gate.js';
export type { GateOptions, StageOptions, AuthOptions, RateLimitOptions, ValidateOptions, Stage } from './gate.js';
export type { GateRequest, BodySource } from './request.js';
export { RequestContext, normaliseIp } from './context.js';
export type { TollgateContext } from './context.js';
export { ALLOW, NO_HEADERS } from './decision.js';
export type {
  Decision,
  AllowDecision,
  DenyDecision,
  ErrorDecision,
  DenyReason,
  FieldError,
  HeaderMap,
  LimitState,
  StageName,
  TraceEntry,
} from './decision.js';
export type { Principal, Usage } from './principal.js';
export { TollgateConfigError } from './errors.js';
export type { ConfigErrorCode } from './errors.js';
export { PROBLEM_CONTENT_TYPE, problemType } from './http/problem.js';
export type { Problem, ProblemKind } from './http/problem.js';
export { generateApiKey, hashApiKey, ApiKeyStore } from './auth/api-keys.js';
export type { GeneratedKey } from './auth/api-keys.js';
export { MemoryKeyStore, keyIdOf } from './auth/api-keys.js';
export type { KeyStore, KeyCheck } from './auth/api-keys.js';
export { FileKeyStore } from './auth/key-stores/file.js';
export type { FileKeyStoreOptions } from './auth/key-stores/file.js';
export { RedisKeyStore, KeyStoreUnavailableError } from './auth/key-stores/redis.js';
export type { RedisKeyStoreOptions } from './auth/key-stores/redis.js';
export { ChainKeyStore, openKeyStore } from './auth/key-stores/open.js';
export { FileKeyAdmin } from './auth/key-stores/file-admin.js';
export { RedisKeyAdmin } from './auth/key-stores/redis-admin.js';
export { KeyAdminError } from './auth/key-stores/admin.js';
export type { KeyAdmin, CreatedKey, KeyListing, NewKeyInput } from './auth/key-stores/admin.js';
export { NetworkGuard, compileNetwork } from './net/network.js';
export { canonicalIp, clientKeyIp } from './net/address.js';
export { loadPolicy, parsePolicyText } from './policy/load.js';
export type { LoadedPolicy } from './policy/load.js';
export { policySchema } from './policy/schema.js';
export type * from './policy/types.js';
export type * from './policy/types-limits.js';
export type { LimitStoreOptions } from './limits/stores.js';
export type { LimitsHook } from './context.js';
export { endWhenDone } from './node-http.js';
export { SHIPPED_PRICES } from './usage/prices.js';
export type { CompiledRoute } from './routes.js';
export { auditJsonFormat, defaultAuditLogger } from './audit/audit-log.js';
export type { AuditRecord, AuditStream } from './audit/audit-log.js';
export { shippedSchemas } from './validate/schemas/index.js';
export { NodeGateRequest, auditWhenDone, sendDenial, applyHeaders, denialBody } from './node-http.js';
export { usageFrom } from './usage/extract.js';
export { usageTap } from './usage/sse-usage.js';
export { unmaskTap } from './validate/guards/unmask-tap.js';
export { scoreText } from './validate/guards/injection.js';
export type { GuardFlag } from './validate/content-checks.js';
export { middlewareSet } from './middleware-set.js';
export type { TollgateMiddlewares } from './middleware-set.js';
