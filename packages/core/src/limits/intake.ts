import type { ValidatePolicy } from '../policy/types.js';
import { sizeBytes } from '../policy/units.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_DEPTH } from '../validate/validate-body.js';
import type { BodyIntakeLimits } from './request-limits.js';

/** The caps a route's validate() would read its body with, so limits that read it first use the same ones. */
export function limitIntake(validate: ValidatePolicy | false | undefined): BodyIntakeLimits {
  const v = validate || {};
  return {
    maxBodyBytes: v.maxBodyBytes !== undefined ? sizeBytes(v.maxBodyBytes) : DEFAULT_MAX_BODY_BYTES,
    maxDepth: v.maxDepth ?? DEFAULT_MAX_DEPTH,
  };
}
