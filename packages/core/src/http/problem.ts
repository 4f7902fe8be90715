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
  | 'store-unavailable'
  | 'internal-error';

export function problemType(kind: ProblemKind): string {
  return PROBLEM_BASE + kind;
}

export function problem(
  kind: ProblemKind,
  status: number,
  title: string,
  code: string,
  detail: string,
  extensions?: Record<string, unknown>,
): Problem {
  return { type: problemType(kind), title, status, detail, code, ...extensions };
}
