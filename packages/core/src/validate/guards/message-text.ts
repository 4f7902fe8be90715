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
 * A text slot. Its path is made only when asked (denials), and it is rewritten through its holder and key:
 * a chat body has a slot per message, and building each one's path string and a setter closure up front was
 * a measurable share of the guards' cost.
 */
class Slot implements TextSlot {
  readonly role: GuardRole;
  readonly index: number;
  readonly text: string;
  readonly #holder: Obj | unknown[];
  readonly #key: string | number;
  readonly #head: string;
  readonly #at: number;
  readonly #tail: string;

  /** The path is `head`, then `.at` unless `at` is -1, then `tail`. */
  constructor(role: GuardRole, index: number, text: string, holder: Obj | unknown[], key: string | number, head: string, at: number, tail: string) {
    this.role = role;
    this.index = index;
    this.text = text;
    this.#holder = holder;
    this.#key = key;
    this.#head = head;
    this.#at = at;
    this.#tail = tail;
  }

  get path(): string {
    return this.#at === -1 ? this.#head + this.#tail : `${this.#head}.${this.#at}${this.#tail}`;
  }

  set(next: string): void {
    (this.#holder as Record<string | number, unknown>)[this.#key] = next;
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
  const push: Push = (role, index, text, holder, key, head, at, tail) => {
    if (text !== trusted) out.push(new Slot(role, index, text, holder, key, head, at, tail));
  };
  if (format === 'embeddings') {
    stringsOf(body, 'input', 'user', push);
    return out;
  }
  if (format === 'anthropic') {
    const system = body['system'];
    if (typeof system === 'string') push('system', -1, system, body, 'system', 'system', -1, '');
    else if (Array.isArray(system)) partsOf(system, 'system', -1, 'system', push);
  }
  if (format === 'openai-responses') {
    const instructions = body['instructions'];
    if (typeof instructions === 'string') push('system', -1, instructions, body, 'instructions', 'instructions', -1, '');
    const input = body['input'];
    if (typeof input === 'string') push('user', -1, input, body, 'input', 'input', -1, '');
    else if (Array.isArray(input)) messagesOf(input, 'input', push);
    return out;
  }
  const messages = body['messages'];
  if (Array.isArray(messages)) messagesOf(messages, 'messages', push);
  return out;
}

type Push = (role: GuardRole, index: number, text: string, holder: Obj | unknown[], key: string | number, head: string, at: number, tail: string) => void;

function messagesOf(messages: unknown[], base: string, push: Push): void {
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i];
    if (!isObj(m)) continue;
    // Responses input items without a role: tool outputs are the ones that carry text.
    if (m['type'] === 'function_call_output' && typeof m['output'] === 'string') {
      push('tool', i, m['output'], m, 'output', base, i, '.output');
      continue;
    }
    const role = guardRole(m['role']);
    if (!role) continue;
    const content = m['content'];
    if (typeof content === 'string') push(role, i, content, m, 'content', base, i, '.content');
    else if (Array.isArray(content)) partsOf(content, role, i, `${base}.${i}.content`, push);
  }
}

/** OpenAI content parts (`text`, `input_text`, `output_text`) and Anthropic blocks (`text`, `tool_result`). */
function partsOf(parts: unknown[], role: GuardRole, index: number, base: string, push: Push): void {
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    if (!isObj(p)) continue;
    if (typeof p['text'] === 'string') push(role, index, p['text'], p, 'text', base, j, '.text');
    else if (p['type'] === 'tool_result') {
      const c = p['content'];
      if (typeof c === 'string') push('tool', index, c, p, 'content', base, j, '.content');
      else if (Array.isArray(c)) partsOf(c, 'tool', index, `${base}.${j}.content`, push);
    }
  }
}

function stringsOf(body: Obj, key: string, role: GuardRole, push: Push): void {
  const v = body[key];
  if (typeof v === 'string') push(role, -1, v, body, key, key, -1, '');
  else if (Array.isArray(v)) {
    v.forEach((item, j) => {
      if (typeof item === 'string') push(role, j, item, v, j, key, j, '');
    });
  }
}
