import type { ConstraintsPolicy } from '../policy/types-guards.js';
import { guardRole, textSlots, type BodyFormat, type TextSlot } from './guards/message-text.js';

/** A constraint the body broke: a JSON pointer and a message that names the field, never its content. */
export interface ConstraintViolation {
  readonly pointer: string;
  readonly message: string;
}

export interface CompiledConstraints {
  /** The server system prompt, which guards must not scan as client text. */
  readonly systemPrompt: string | undefined;
  /**
   * Checks `body` and rewrites it in place (clamped or default token caps, replaced system prompt).
   * Returns the first violation, or undefined; `rewrote` says whether the body changed. `texts`, when given,
   * returns the body's text slots as they are once rewritten (the guards' own list, made once for both).
   */
  apply(body: unknown, texts?: () => readonly TextSlot[]): { violation?: ConstraintViolation; rewrote: boolean };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The token-cap fields each format uses; the first is the one a default is written to. */
const TOKEN_FIELDS: Record<BodyFormat, readonly string[]> = {
  'openai-chat': ['max_tokens', 'max_completion_tokens'],
  generic: ['max_tokens', 'max_completion_tokens'],
  'openai-responses': ['max_output_tokens'],
  anthropic: ['max_tokens'],
  embeddings: [],
};

/** Prepares a route's constraints once; the sets and messages are built here, not per request. */
export function compileConstraints(policy: ConstraintsPolicy, format: BodyFormat): CompiledConstraints {
  const models = policy.models ? new Set(policy.models) : undefined;
  const modelList = policy.models?.join(', ');
  const tools = policy.tools ? new Set(policy.tools) : undefined;
  const clamp = policy.maxTokensAction === 'clamp';
  const tokenFields = TOKEN_FIELDS[format];
  const system = policy.systemMessages ?? 'allow';
  const prompt = policy.systemPrompt;
  const messagesKey = format === 'openai-responses' ? 'input' : 'messages';

  return {
    systemPrompt: prompt,
    apply(body, texts) {
      if (!isObj(body)) return { rewrote: false };
      let rewrote = false;
      const fail = (pointer: string, message: string) => ({ violation: { pointer, message }, rewrote });

      if (models && typeof body['model'] === 'string' && !models.has(body['model'])) {
        return fail('/model', `model is not allowed on this route; use one of ${modelList}`);
      }
      let hasCap = false;
      for (const field of tokenFields) {
        const v = body[field];
        if (typeof v !== 'number') continue;
        hasCap = true;
        if (policy.maxTokens !== undefined && v > policy.maxTokens) {
          if (!clamp) return fail(`/${field}`, `must be <= ${policy.maxTokens} on this route`);
          body[field] = policy.maxTokens;
          rewrote = true;
        }
      }
      const first = tokenFields[0];
      if (!hasCap && first !== undefined && policy.defaultMaxTokens !== undefined) {
        body[first] = policy.maxTokens !== undefined ? Math.min(policy.defaultMaxTokens, policy.maxTokens) : policy.defaultMaxTokens;
        rewrote = true;
      }
      if (policy.maxN !== undefined && typeof body['n'] === 'number' && body['n'] > policy.maxN) {
        return fail('/n', `must be <= ${policy.maxN} on this route`);
      }
      const messages = body[messagesKey];
      if (policy.maxMessages !== undefined && Array.isArray(messages) && messages.length > policy.maxMessages) {
        return fail(`/${messagesKey}`, `must have at most ${policy.maxMessages} messages on this route`);
      }
      if (tools && Array.isArray(body['tools'])) {
        const list = body['tools'] as unknown[];
        for (let i = 0; i < list.length; i++) {
          if (!tools.has(toolName(list[i]))) return fail(`/tools/${i}`, 'names a tool that is not allowed on this route');
        }
      }
      if (system !== 'allow' || prompt !== undefined) {
        const v = applySystem(body, format, messagesKey, system, prompt);
        if (v) return { violation: v, rewrote };
        rewrote ||= prompt !== undefined || system === 'replace';
      }
      if (policy.maxMessageChars !== undefined) {
        const sums = new Map<number, number>();
        for (const slot of texts ? texts() : textSlots(body, format, prompt)) {
          const total = (sums.get(slot.index) ?? 0) + slot.text.length;
          if (total > policy.maxMessageChars) {
            const where = slot.index === -1 ? `/${slot.path.split('.')[0] ?? 'system'}` : `/${messagesKey}/${slot.index}`;
            return fail(where, `message text must be at most ${policy.maxMessageChars} characters on this route`);
          }
          sums.set(slot.index, total);
        }
      }
      return { rewrote };
    },
  };
}

function toolName(tool: unknown): string {
  if (!isObj(tool)) return '';
  const fn = tool['function'];
  if (isObj(fn) && typeof fn['name'] === 'string') return fn['name'];
  const custom = tool['custom'];
  if (isObj(custom) && typeof custom['name'] === 'string') return custom['name'];
  if (typeof tool['name'] === 'string') return tool['name'];
  // Built-in tools (`web_search_preview`, ...) are allowed by their type.
  return typeof tool['type'] === 'string' ? tool['type'] : '';
}

/** Forbids or replaces client system messages, and puts the server's prompt first. */
function applySystem(
  body: Obj,
  format: BodyFormat,
  messagesKey: string,
  system: 'allow' | 'forbid' | 'replace',
  prompt: string | undefined,
): ConstraintViolation | undefined {
  // Anthropic and Responses carry the system prompt in a top-level field.
  const topKey = format === 'anthropic' ? 'system' : format === 'openai-responses' ? 'instructions' : undefined;
  if (topKey !== undefined && body[topKey] !== undefined) {
    if (system === 'forbid') return { pointer: `/${topKey}`, message: 'client system prompts are not allowed on this route' };
    if (system === 'replace') delete body[topKey];
  }
  const messages = body[messagesKey];
  if (Array.isArray(messages)) {
    for (let i = 0; i < messages.length; i++) {
      const m: unknown = messages[i];
      if (!isObj(m) || guardRole(m['role']) !== 'system') continue;
      if (system === 'forbid') return { pointer: `/${messagesKey}/${i}/role`, message: 'system and developer messages are not allowed on this route' };
      if (system === 'replace') messages.splice(i--, 1);
    }
  }
  if (prompt === undefined) return undefined;
  if (topKey !== undefined) {
    const existing = body[topKey];
    if (existing === undefined) body[topKey] = prompt;
    // Anthropic takes text blocks, so the server's prompt stays a block of its own that guards recognise.
    else if (format === 'anthropic') body[topKey] = [{ type: 'text', text: prompt }, ...(Array.isArray(existing) ? existing : [{ type: 'text', text: existing }])];
    else body[topKey] = `${prompt}\n\n${String(existing)}`;
  } else if (Array.isArray(messages)) {
    messages.unshift({ role: 'system', content: prompt });
  }
  return undefined;
}
