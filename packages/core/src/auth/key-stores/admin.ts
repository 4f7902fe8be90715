import { generateApiKey } from '../api-keys.js';
import type { ApiKeyLimitOverride, ApiKeyRecord } from '../../policy/types.js';

/** What `tollgate keys create` (or code) may set on a new key. */
export interface NewKeyInput {
  /** Visible environment tag. @default 'live' */
  env?: string;
  /** Visible key id. @default random */
  id?: string;
  principal?: string;
  owner?: string;
  tenant?: string;
  roles?: string[];
  scopes?: string[];
  models?: string[];
  limits?: Record<string, ApiKeyLimitOverride>;
  expiresAt?: string;
}

/** A key just made: the plain key exists only here, to be shown once. */
export interface CreatedKey {
  readonly key: string;
  readonly record: ApiKeyRecord;
}

/** A key as `list` shows it: never the hash in full. */
export interface KeyListing extends Omit<ApiKeyRecord, 'hash'> {
  /** The first 8 hex digits of the hash, enough to tell records apart. */
  readonly hashPrefix: string;
}

/** Administration of a persistent key store (file or Redis), used by the CLI. */
export interface KeyAdmin {
  create(input: NewKeyInput): Promise<CreatedKey>;
  list(): Promise<KeyListing[]>;
  /** Marks a key revoked; false when there is no such key. */
  revoke(id: string): Promise<boolean>;
  /** Makes a new key for the same principal; the old one keeps working for `graceSeconds`, then expires. */
  rotate(id: string, graceSeconds: number, env?: string): Promise<CreatedKey>;
  close(): Promise<void>;
}

export class KeyAdminError extends Error {
  override readonly name = 'KeyAdminError';
}

const stripUndefined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;

export function newKey(input: NewKeyInput, now = new Date()): CreatedKey {
  if (input.expiresAt !== undefined && Number.isNaN(Date.parse(input.expiresAt))) {
    throw new KeyAdminError(`expiresAt "${input.expiresAt}" is not an ISO 8601 time, e.g. 2027-01-31T00:00:00Z.`);
  }
  const generated = generateApiKey(stripUndefined({ env: input.env, id: input.id }));
  const record: ApiKeyRecord = stripUndefined({
    id: generated.id,
    hash: generated.hash,
    principal: input.principal,
    owner: input.owner,
    tenant: input.tenant,
    roles: input.roles,
    scopes: input.scopes,
    models: input.models,
    limits: input.limits,
    expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : undefined,
    createdAt: now.toISOString(),
  });
  return { key: generated.key, record };
}

/**
 * Rotation: the new key copies the old one's metadata (and principal, so limits and logs stay continuous);
 * the old key's expiry moves to now + grace, or stays if it was already sooner.
 */
export function rotateKey(old: ApiKeyRecord, graceSeconds: number, env: string | undefined, now = new Date()): { created: CreatedKey; old: ApiKeyRecord } {
  if (old.revoked) throw new KeyAdminError(`key ${old.id} is revoked; create a new key instead of rotating it.`);
  if (!Number.isFinite(graceSeconds) || graceSeconds < 0) throw new KeyAdminError('the grace period must be 0 or more seconds.');
  const created = newKey(
    stripUndefined({
      env,
      principal: old.principal ?? `key:${old.id}`,
      owner: old.owner,
      tenant: old.tenant,
      roles: old.roles,
      scopes: old.scopes,
      models: old.models,
      limits: old.limits,
      expiresAt: old.expiresAt,
    }),
    now,
  );
  const graceEnd = now.getTime() + graceSeconds * 1000;
  const oldEnd = old.expiresAt ? Math.min(Date.parse(old.expiresAt), graceEnd) : graceEnd;
  return {
    created: { key: created.key, record: { ...created.record, rotatedFrom: old.id } },
    old: { ...old, expiresAt: new Date(oldEnd).toISOString() },
  };
}

export function listing(record: ApiKeyRecord, lastUsedMs?: number): KeyListing {
  const { hash, ...rest } = record;
  const hashPrefix = hash.slice(0, 'sha256:'.length + 8) + '…';
  const lastUsedAt = lastUsedMs !== undefined ? new Date(lastUsedMs).toISOString() : record.lastUsedAt;
  return { ...rest, hashPrefix, ...(lastUsedAt ? { lastUsedAt } : {}) };
}
