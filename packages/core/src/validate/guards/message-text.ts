import type { GuardRole } from '../../policy/types-guards.js';

/** The request formats whose messages Tollgate understands; `generic` is read as OpenAI chat. */
export type BodyFormat = 'openai-chat' | 'openai-responses' | 'anthropic' | 'embeddings' | 'generic';

/** One piece of text in a request, with where it sits and how to rewrite it in place. */
export interface TextSlot {
  readonly role: GuardRole;
  /** Message index; -1 for a top-level field (`system`, `instructions`, a string `input`). */
  readonly index: number;
  /** Where it is, as a dotted path for problem details (`messages.2.content.0.text`). */
  readonly path: string;
  readonly text: string;
  set(next: string): void;
}

type Obj = Record<string, unknown>;

export function formatOf(schemaName: string | undefined): BodyFormat {
  switch (schemaName) {
    case 'openai.chat':
      return 'openai-chat';
    case 'openai.responses':
      return 'openai-responses';
    case 'anthropic.messages':
      return 'anthropic';
    case 'openai.embeddings':
      return 'embeddings';
    default:
      return 'generic';
  }
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The role a message's `role` field maps to; `developer` is OpenAI's newer name for `system`. */
export function guardRole(role: unknown): GuardRole | undefined {
  switch (role) {
    case 'user':
      return 'user';
    case 'assistant':
      return 'assistant';
    case 'system':
    case 'developer':
      return 'system';
    case 'tool':
    case 'function':
      return 'tool';
    default:
      return undefined;
  }
}

/**
 * Every text the caller sent, in order: message contents (strings, OpenAI content parts, Anthropic content
 * blocks and tool results), Anthropic's top-level `system`, Responses' `instructions` and `input`.
 * `trusted` is the server's own system prompt, which guards do not scan.
 */
export function textSlots(body: unknown, format: BodyFormat, trusted?: string): TextSlot[] {
  const out: TextSlot[] = [];
  if (!isObj(body)) return out;
  const push = (role: GuardRole, index: number, path: string, text: string, set: (s: string) => void) => {
    if (text !== trusted) out.push({ role, index, path, text, set });
  };
  if (format === 'embeddings') {
    stringsOf(body, 'input', 'user', -1, 'input', push);
    return out;
  }
  if (format === 'anthropic') {
    const system = body['system'];
    if (typeof system === 'string') push('system', -1, 'system', system, (s) => (body['system'] = s));
    else if (Array.isArray(system)) partsOf(system, 'system', -1, 'system', push);
  }
  if (format === 'openai-responses') {
    const instructions = body['instructions'];
    if (typeof instructions === 'string') push('system', -1, 'instructions', instructions, (s) => (body['instructions'] = s));
    const input = body['input'];
    if (typeof input === 'string') push('user', -1, 'input', input, (s) => (body['input'] = s));
    else if (Array.isArray(input)) messagesOf(input, 'input', push);
    return out;
  }
  const messages = body['messages'];
  if (Array.isArray(messages)) messagesOf(messages, 'messages', push);
  return out;
}

type Push = (role: GuardRole, index: number, path: string, text: string, set: (s: string) => void) => void;

function messagesOf(messages: unknown[], base: string, push: Push): void {
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (!isObj(m)) continue;
    // Responses input items without a role: tool outputs are the ones that carry text.
    if (m['type'] === 'function_call_output' && typeof m['output'] === 'string') {
      push('tool', i, `${base}.${i}.output`, m['output'], (s) => (m['output'] = s));
      continue;
    }
    const role = guardRole(m['role']);
    if (!role) continue;
    const content = m['content'];
    const path = `${base}.${i}.content`;
    if (typeof content === 'string') push(role, i, path, content, (s) => (m['content'] = s));
    else if (Array.isArray(content)) partsOf(content, role, i, path, push);
  }
}

/** OpenAI content parts (`text`, `input_text`, `output_text`) and Anthropic blocks (`text`, `tool_result`). */
function partsOf(parts: unknown[], role: GuardRole, index: number, base: string, push: Push): void {
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    if (!isObj(p)) continue;
    const path = `${base}.${j}`;
    if (typeof p['text'] === 'string') push(role, index, `${path}.text`, p['text'], (s) => (p['text'] = s));
    else if (p['type'] === 'tool_result') {
      const c = p['content'];
      if (typeof c === 'string') push('tool', index, `${path}.content`, c, (s) => (p['content'] = s));
      else if (Array.isArray(c)) partsOf(c, 'tool', index, `${path}.content`, push);
    }
  }
}

function stringsOf(body: Obj, key: string, role: GuardRole, index: number, path: string, push: Push): void {
  const v = body[key];
  if (typeof v === 'string') push(role, index, path, v, (s) => (body[key] = s));
  else if (Array.isArray(v)) {
    v.forEach((item, j) => {
      if (typeof item === 'string') push(role, j, `${path}.${j}`, item, (s) => (v[j] = s));
    });
  }
}
