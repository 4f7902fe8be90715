/**
 * Stable codes for misconfiguration found at start-up. Each is documented in the README; the message
 * always says how to fix it.
 */
export type ConfigErrorCode =
  | 'TG_POLICY_INVALID'
  | 'TG_POLICY_NOT_FOUND'
  | 'TG_OPTIONS_INVALID'
  | 'TG_ROUTE_UNKNOWN'
  | 'TG_SCHEMA_UNKNOWN'
  | 'TG_SCHEMA_INVALID'
  | 'TG_KEY_FILE_INVALID'
  | 'TG_GATE_REQUIRED'
  | 'TG_JWT_ALGORITHMS_REQUIRED'
  | 'TG_AUTH_CONFIG_INVALID'
  | 'TG_AUTH_METHOD_UNCONFIGURED'
  | 'TG_NETWORK_INVALID'
  | 'TG_REGEX_INVALID'
  | 'TG_REGEX_UNSAFE'
  | 'TG_LIMIT_INVALID'
  | 'TG_LIMIT_STORE_MISSING';

/** Thrown at start-up (never per request) when configuration cannot work. */
export class TollgateConfigError extends Error {
  override readonly name = 'TollgateConfigError';
  readonly code: ConfigErrorCode;
  /** Where the problem is: a file path with line and column, or an options path. */
  readonly location: string | undefined;

  constructor(code: ConfigErrorCode, message: string, location?: string) {
    super(`${code}: ${location ? `${location}: ` : ''}${message}`);
    this.code = code;
    this.location = location;
  }
}
