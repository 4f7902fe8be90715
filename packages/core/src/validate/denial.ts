import type { RequestContext } from '../context.js';
import type { DenyDecision, DenyReason } from '../decision.js';
import { problem, type ProblemKind } from '../http/problem.js';

/** A validate-stage denial: the problem body carries the request id and any extension members. */
export function validateDenial(
  ctx: RequestContext,
  status: number,
  kind: ProblemKind,
  title: string,
  code: string,
  detail: string,
  reason: DenyReason,
  rule: string,
  extensions?: Record<string, unknown>,
  headers: Record<string, string> = {},
  param?: string,
): DenyDecision {
  return {
    allowed: false,
    kind: 'deny',
    status,
    headers,
    problem: problem(kind, status, title, code, detail, { requestId: ctx.requestId, ...extensions }, param),
    stage: 'validate',
    rule,
    reason,
  };
}
