import type { RequestContext } from '../context.js';
import type { DenyDecision } from '../decision.js';
import { validateDenial } from './denial.js';
import type { ValidatePolicy } from '../policy/types.js';
import { compileConstraints, type CompiledConstraints } from './constraints.js';
import { compileInjectionGuard } from './guards/injection.js';
import { MaskTable } from './guards/mask.js';
import { formatOf, textSlots, type BodyFormat, type TextSlot } from './guards/message-text.js';
import { compilePiiGuard } from './guards/pii.js';

/** What a guard recorded on a request that it let through (flag, redact, mask, or monitor mode). */
export interface GuardFlag {
  readonly guard: 'prompt-injection' | 'pii';
  /** What the guard did: `flag`, `redact`, `mask`; in monitor mode what it would have done. */
  readonly action: 'flag' | 'redact' | 'mask' | 'would-block' | 'would-redact' | 'would-mask';
  readonly role?: string;
  readonly index?: number;
  /** Rule names (injection) or placeholder kinds (PII); never the text. */
  readonly found: readonly string[];
}

/** Constraints and guards of one validate policy, run on a body that already passed its schema. */
export interface CompiledContentChecks {
  run(ctx: RequestContext): DenyDecision | undefined;
}

/** Compiles once at start-up; undefined when the policy has neither constraints nor guards. */
export function compileContentChecks(policy: ValidatePolicy, schemaName: string | undefined, where: string): CompiledContentChecks | undefined {
  const { constraints: c, guards: g } = policy;
  if (!c && !g?.injection && !g?.pii) return undefined;
  const format: BodyFormat = formatOf(schemaName);
  const constraints = c ? compileConstraints(c, format) : undefined;
  const constraintsMonitor = c?.mode === 'monitor';
  const injection = g?.injection ? compileInjectionGuard(g.injection, where) : undefined;
  const pii = g?.pii ? compilePiiGuard(g.pii, where) : undefined;
  const checks: CompiledContentChecks = {
    run(ctx) {
      // validate() may run twice for one request (protect() and a route's validate()): rewrite only once.
      if (!ctx.firstTime(checks)) return undefined;
      const body = ctx.body;
      let rewrote = false;
      // Message texts are listed once, after the constraints' rewrites, for their size check and the guards.
      let listed: TextSlot[] | undefined;
      const slotsOf = () => (listed ??= textSlots(body, format, constraints?.systemPrompt));
      if (constraints) {
        const result = constraintsMonitor ? dryRun(constraints, body) : constraints.apply(body, slotsOf);
        rewrote ||= result.rewrote;
        if (result.violation) {
          const { pointer, message } = result.violation;
          const field = pointer.slice(1).replace(/\//g, '.');
          const errors = [{ pointer, message }];
          const d = validateDenial(ctx, 400, 'validation-failed', 'Request not allowed', 'TG_CONSTRAINT_VIOLATED', `${field}: ${message}.`,
            { kind: 'validation', errors }, 'constraints', { errors }, undefined, field);
          if (!constraintsMonitor) return d;
          ctx.noteWouldDeny(d);
        }
      }
      if (injection || pii) {
        const slots = slotsOf();
        if (injection) {
          const hit = injection.scan(slots);
          if (hit) {
            const where = hit.index === -1 ? `the ${hit.role} prompt` : `message ${hit.index} (${hit.role})`;
            if (injection.action === 'block') {
              const d = validateDenial(ctx, 400, 'content-blocked', 'Prompt injection', 'TG_PROMPT_INJECTION',
                `${where} looks like a prompt injection and was not sent.`,
                { kind: 'guard', guard: 'prompt-injection', role: hit.role, index: hit.index }, 'guard:prompt-injection',
                { guard: 'prompt-injection', role: hit.role, index: hit.index });
              if (!injection.monitor) return d;
              ctx.noteWouldDeny(d);
            }
            flag(ctx, { guard: 'prompt-injection', action: injection.action === 'flag' ? 'flag' : 'would-block', role: hit.role, index: hit.index, found: hit.rules });
          }
        }
        if (pii) {
          const rewrite = pii.action !== 'block' && !pii.monitor;
          const table = () => (ctx.masks ??= new MaskTable());
          const outcome = pii.run(slots, table, rewrite);
          const hit = outcome.first;
          if (hit) {
            rewrote ||= outcome.rewrote;
            if (pii.action === 'block') {
              const where = hit.index === -1 ? `the ${hit.role} prompt` : `message ${hit.index} (${hit.role})`;
              const d = validateDenial(ctx, 400, 'content-blocked', 'Sensitive data', 'TG_PII_DETECTED',
                `${where} contains ${hit.label}; remove it and retry.`,
                { kind: 'guard', guard: 'pii', role: hit.role, index: hit.index }, 'guard:pii',
                { guard: 'pii', role: hit.role, index: hit.index, found: hit.name });
              if (!pii.monitor) return d;
              ctx.noteWouldDeny(d);
            }
            flag(ctx, { guard: 'pii', action: pii.monitor || pii.action === 'block' ? `would-${pii.action}` : pii.action, role: hit.role, index: hit.index, found: outcome.kinds });
          }
        }
      }
      // Some adapters hand the handler the body as text (Hono's body cache): keep it equal to the rewritten body.
      if (rewrote) ctx.bodyRewritten();
      return undefined;
    },
  };
  return checks;
}

/** Monitor mode: evaluate on a copy, so the body the handler gets is the caller's. */
function dryRun(constraints: CompiledConstraints, body: unknown): { violation?: { pointer: string; message: string }; rewrote: boolean } {
  const { violation } = constraints.apply(structuredClone(body));
  return violation ? { violation, rewrote: false } : { rewrote: false };
}

function flag(ctx: RequestContext, f: GuardFlag): void {
  ctx.flag(f);
}

