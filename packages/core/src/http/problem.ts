/** RFC 9457 problem details, as every Tollgate denial carries them. */
export interface Problem {
  /** A URI naming the kind of problem; see {@link problemType}. */
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Stable machine-readable code, e.g. `TG_RATE_LIMITED`. */
  code: string;
  /** The request id, so a caller can quote it to support. */
  instance?: string;
  /** Extension members, e.g. `errors` for validation or `violated` for limits. */
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const PROBLEM_BASE = 'https://tollgate.dev/problems#';

/** The problem kinds Tollgate answers with; each is a fragment of one documented page. */
export type ProblemKind =
  | 'unauthenticated'
  | 'invalid-credentials'
  | 'invalid-request'
  | 'forbidden'
  | 'rate-limited'
  | 'quota-exceeded'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'malformed-body'
  | 'validation-failed'
  | 'content-blocked'
  | 'store-unavailable'
  | 'auth-unavailable'
  | 'insufficient-scope'
  | 'internal-error';

export function problemType(kind: ProblemKind): string {
  return PROBLEM_BASE + kind;
}

/**
 * The `error` extension member mirrors the LLM providers' error envelope (`{ error: { message, type, code } }`)
 * so the official OpenAI/Anthropic SDKs surface our detail instead of "400 status code (no body)".
 */
export interface ProviderErrorEnvelope {
  readonly message: string;
  readonly type: string;
  readonly code: string;
  readonly param?: string;
}

function providerErrorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}

export function problem(
  kind: ProblemKind,
  status: number,
  title: string,
  code: string,
  detail: string,
  extensions?: Record<string, unknown>,
  param?: string,
): Problem {
  const error: ProviderErrorEnvelope = { message: detail, type: providerErrorType(status), code, ...(param ? { param } : {}) };
  return { type: problemType(kind), title, status, detail, code, ...extensions, error };
}
