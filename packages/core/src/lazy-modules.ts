import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type * as IORedis from 'ioredis';
import type jwksRsa from 'jwks-rsa';
import type jsonwebtoken from 'jsonwebtoken';
import type { RateLimiterMemory } from 'rate-limiter-flexible';
import type * as Yaml from 'yaml';
import type winstonLib from 'winston';

/**
 * Dependencies only some gates use, loaded at first use instead of imported: a gate that never talks to Redis
 * or an identity provider, verifies no JWT, reads no YAML and logs through a stream (or not at all) does not
 * carry their code. Imported, they were several MB of every server's heap (bench/heap.js) and over 100 ms of
 * its start-up. `require` keeps the gate's start-up synchronous; all of these are CommonJS packages.
 */
const load = createRequire(import.meta.url);

function once<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= load(id) as T);
}

export const ioredis = once<typeof IORedis>('ioredis');
export const jwks = once<typeof jwksRsa>('jwks-rsa');
export const jwt = once<typeof jsonwebtoken>('jsonwebtoken');
export const yaml = once<typeof Yaml>('yaml');
// The default audit logger, made when it first writes (AuditLog): a gate that writes to a stream never needs it.
export const winston = once<typeof winstonLib>('winston');
// The memory limiter alone: the package's index also loads its Redis, Mongo, Postgres, ... limiters.
export const memoryLimiter = once<typeof RateLimiterMemory>('rate-limiter-flexible/lib/RateLimiterMemory.js');
// ajv's compiler, for custom body schemas only: the policy and the shipped body schemas are checked by code it
// generated ahead of time (policy/generated/, validate/generated/), whose runtime helpers do not load it.
export const ajvCompiler = once<typeof AjvModule>('ajv');
