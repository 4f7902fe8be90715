import { ALLOW, type Decision, type DenyDecision, type DenyReason } from '../decision.js';
import type { RequestContext } from '../context.js';
import type { ProblemKind } from '../http/problem.js';
import { validateDenial } from './denial.js';
import type { Mode, ValidatePolicy } from '../policy/types.js';
import { sizeBytes } from '../policy/units.js';
import { inspectParsed, parseJson, type ParseResult } from './parse-json.js';
import { readBody, type ReadResult } from './read-body.js';
import { compileContentChecks, type CompiledContentChecks } from './content-checks.js';
import { encodingOf, inflate } from './inflate.js';
import type { BodyEncoding } from '../policy/types-guards.js';
import type { CompiledSchema, SchemaRegistry } from './schema-registry.js';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 64;

export interface CompiledValidate {
  readonly mode: Mode | undefined;
  /** Synchronous when nothing has to be read (a body the app or an earlier stage parsed). */
  run(ctx: RequestContext): Decision | Promise<Decision>;
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/;
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS', 'DELETE']);

/** How a route's body is read: one definition for validate() and for limits that need the body first. */
export function bodyIntake(policy: ValidatePolicy | false | undefined): Intake {
  const v = policy || {};
  return {
    cap: v.maxBodyBytes !== undefined ? sizeBytes(v.maxBodyBytes) : DEFAULT_MAX_BODY_BYTES,
    maxDepth: v.maxDepth ?? DEFAULT_MAX_DEPTH,
    encodings: new Set<BodyEncoding>(v.encodings ?? []),
  };
}

export function compileValidate(policy: ValidatePolicy, registry: SchemaRegistry, where: string): CompiledValidate {
  const schema = policy.schema !== undefined ? registry.compile(policy.schema, where) : undefined;
  const rule = schema ? `schema:${schema.name}` : 'body';
  const content = compileContentChecks(policy, typeof policy.schema === 'string' ? policy.schema : undefined, where);
  const intake = bodyIntake(policy);

  return {
    mode: policy.mode,
    run(ctx) {
      const decision = check(ctx, intake, schema, rule, content);
      return decision instanceof Promise ? decision.then((d) => recorded(ctx, rule, d)) : recorded(ctx, rule, decision);
    },
  };
}

function recorded(ctx: RequestContext, rule: string, decision: Decision): Decision {
  ctx.record('validate', decision.allowed ? rule : (decision as DenyDecision).rule, decision.allowed ? 'allow' : 'deny');
  return decision;
}

export interface Intake {
  readonly cap: number;
  readonly maxDepth: number;
  readonly encodings: ReadonlySet<BodyEncoding>;
}

// Not async, like the other stages: one promise per request (the read), not one per layer.
function check(
  ctx: RequestContext,
  intake: Intake,
  schema: CompiledSchema | undefined,
  rule: string,
  content: CompiledContentChecks | undefined,
): Decision | Promise<Decision> {
  // A body already read by an earlier stage is validated again (schemas may differ), never read twice.
  if (ctx.bodyChecked) return checkBody(ctx, schema, rule, content);
  const denied = intakeBody(ctx, intake);
  if (denied instanceof Promise) return denied.then((d) => d ?? checkBody(ctx, schema, rule, content));
  return denied ?? checkBody(ctx, schema, rule, content);
}

function checkBody(ctx: RequestContext, schema: CompiledSchema | undefined, rule: string, content: CompiledContentChecks | undefined): Decision {
  if (schema && ctx.body !== undefined && !schema.validate(ctx.body)) {
    const errors = (schema.validate.errors ?? []).map((e) => ({
      pointer: e.instancePath,
      message: e.keyword === 'additionalProperties'
        ? `unknown property "${String(e.params.additionalProperty)}"`
        : (e.message ?? 'is invalid'),
    }));
    const first = errors[0];
    const field = first?.pointer ? first.pointer.slice(1).replace(/\//g, '.') : 'body';
    return validateDenial(ctx, 400, 'validation-failed', 'Invalid request body', 'TG_BODY_INVALID',
      `${field}: ${first?.message ?? 'is invalid'}.`, { kind: 'validation', errors }, rule, { errors }, {}, field);
  }
  // Constraints and guards see only a body that passed its schema, already capped in size.
  if (content && ctx.body !== undefined) return content.run(ctx) ?? ALLOW;
  return ALLOW;
}

/**
 * Reads and parses the body into `ctx.body`; returns a denial, or undefined when the body is usable.
 * Synchronous when there is nothing to read (no body, or one the app parsed already).
 */
export function intakeBody(ctx: RequestContext, { cap, maxDepth, encodings }: Intake): DenyDecision | undefined | Promise<DenyDecision | undefined> {
  const { request } = ctx;
  const source = request.body;
  const length = request.header('content-length');
  const hasBody = source.kind === 'parsed' || (length !== undefined && length !== '0') || request.header('transfer-encoding') !== undefined;
  if (!hasBody && BODYLESS.has(request.method)) {
    ctx.bodyChecked = true;
    return undefined;
  }
  const type = request.header('content-type');
  const media = type?.split(';', 1)[0]?.trim().toLowerCase();
  if (!media || !JSON_MEDIA_TYPE.test(media)) {
    return bodyDeny(ctx, 415, 'unsupported-media-type', 'TG_UNSUPPORTED_MEDIA_TYPE', 'unsupported-media-type',
      `Expected Content-Type: application/json, got ${type ? JSON.stringify(type.slice(0, 100)) : 'none'}.`);
  }
  if (length !== undefined && Number(length) > cap) return tooLarge(ctx, cap);
  // A body the app parsed already was inflated by its parser.
  if (source.kind === 'parsed') return accept(ctx, inspectParsed(source.value, maxDepth));
  const encodingHeader = request.header('content-encoding');
  const encoding = encodingOf(encodingHeader, encodings);
  if (encoding === undefined) {
    const accepted = encodings.size > 0 ? `use one of ${[...encodings].join(', ')} or none` : 'send the body uncompressed';
    return bodyDeny(ctx, 415, 'unsupported-media-type', 'TG_UNSUPPORTED_ENCODING', 'unsupported-encoding',
      `Content-Encoding ${JSON.stringify((encodingHeader ?? '').slice(0, 50))} is not accepted; ${accepted}.`);
  }
  return readBody(source, cap).then(
    (result) => {
      if (result.kind !== 'bytes' || encoding === 'identity') return intakeResult(ctx, result, cap, maxDepth);
      return inflate(result.bytes, encoding, cap).then((inflated) =>
        inflated.kind === 'corrupt'
          ? bodyDeny(ctx, 400, 'malformed-body', 'TG_BODY_CORRUPT_ENCODING', 'malformed-json', `The body is not valid ${encoding} data.`)
          : intakeResult(ctx, inflated, cap, maxDepth));
    },
    () => bodyDeny(ctx, 400, 'malformed-body', 'TG_BODY_INCOMPLETE', 'malformed-json', 'The body ended before it was complete.'),
  );
}

function intakeResult(ctx: RequestContext, result: ReadResult, cap: number, maxDepth: number): DenyDecision | undefined {
  switch (result.kind) {
    case 'too-large':
      return tooLarge(ctx, cap);
    case 'none':
      return accept(ctx, { ok: false, code: 'empty', detail: 'The body was consumed before Tollgate could read it; mount validate() before other body parsers.' });
    case 'parsed':
      return accept(ctx, inspectParsed(result.value, maxDepth));
    case 'bytes':
      return accept(ctx, parseJson(result.bytes, maxDepth));
  }
}

/** Keeps a parsed body on the context, or refuses it. */
function accept(ctx: RequestContext, result: ParseResult): DenyDecision | undefined {
  if (!result.ok) return bodyDeny(ctx, 400, 'malformed-body', codeFor(result.code), result.code, result.detail);
  ctx.body = result.value;
  ctx.bodyText = result.text;
  ctx.bodyChecked = true;
  return undefined;
}

function codeFor(code: Exclude<ParseResult, { ok: true }>['code']): string {
  return `TG_BODY_${code.toUpperCase().replace(/-/g, '_')}`;
}

function tooLarge(ctx: RequestContext, cap: number): DenyDecision {
  // `connection: close` so the server need not read the rest of an oversized upload.
  return validateDenial(ctx, 413, 'payload-too-large', 'Payload too large', 'TG_BODY_TOO_LARGE',
    `The body is larger than ${cap} bytes.`, { kind: 'body', code: 'too-large' }, 'body', undefined, { connection: 'close' });
}

function bodyDeny(
  ctx: RequestContext,
  status: number,
  kind: ProblemKind,
  code: string,
  reason: Extract<DenyReason, { kind: 'body' }>['code'],
  detail: string,
): DenyDecision {
  const title = status === 415 ? 'Unsupported media type' : 'Malformed body';
  return validateDenial(ctx, status, kind, title, code, detail, { kind: 'body', code: reason }, 'body');
}

