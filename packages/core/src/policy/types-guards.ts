import type { Mode } from './types.js';

/** Content encodings `validate.encodings` may accept; each is inflated under the body cap. */
export type BodyEncoding = 'gzip' | 'deflate' | 'br';

/** Roles whose text a guard scans. `system` covers OpenAI `developer` messages and Anthropic's top-level `system`. */
export type GuardRole = 'user' | 'assistant' | 'tool' | 'system';

/** Request constraints for LLM bodies (OpenAI chat / responses, Anthropic messages). */
export interface ConstraintsPolicy {
  /** Models the route accepts; anything else is a 400 naming `model`. */
  models?: string[];
  /** Largest `max_tokens` (also `max_completion_tokens`, `max_output_tokens`) accepted. */
  maxTokens?: number;
  /** What to do with a larger value: `reject` (400) or `clamp` (rewrite it to the cap). @default 'reject' */
  maxTokensAction?: 'reject' | 'clamp';
  /** `max_tokens` written into a body that has none (Anthropic requires one anyway). */
  defaultMaxTokens?: number;
  /** Largest `n` (choices per request). */
  maxN?: number;
  /** Most messages in one request (system prompt included). */
  maxMessages?: number;
  /** Most characters of text in one message (all of its text parts together). */
  maxMessageChars?: number;
  /** Tool (function) names the caller may declare; any other is a 400. */
  tools?: string[];
  /** Client system/developer messages: `allow`, `forbid` (400) or `replace` them with `systemPrompt`. @default 'allow' */
  systemMessages?: 'allow' | 'forbid' | 'replace';
  /** The server's system prompt: used by `systemMessages: replace`, and added when the caller sent none. */
  systemPrompt?: string;
  mode?: Mode;
}

/** A user-supplied guard rule; its regex is checked for catastrophic backtracking at start-up. */
export interface InjectionRule {
  /** A name shown in flags, e.g. `exfiltrate-keys`. */
  name: string;
  /** A regular expression, matched case-insensitively against the normalised text. */
  pattern: string;
  /** Points added when it matches. @default 1 */
  weight?: number;
}

export interface InjectionGuardPolicy {
  /** `block` answers 400 `TG_PROMPT_INJECTION`; `flag` lets the request through and records it. @default 'block' */
  action?: 'block' | 'flag';
  /** Score at which a message counts as an injection. @default 1 */
  threshold?: number;
  /** Roles scanned. @default ['user'] */
  roles?: GuardRole[];
  /** Extra weighted rules, added to the built-in ones. */
  rules?: InjectionRule[];
  mode?: Mode;
}

/** The kinds of PII and secrets the built-in detectors find. */
export type PiiKind = 'email' | 'phone' | 'card' | 'iban' | 'ssn' | 'ip' | 'secret';

export interface PiiPattern {
  /** Upper-case name used in placeholders, e.g. `EMPLOYEE_ID` gives `[EMPLOYEE_ID_1]`. */
  name: string;
  /** A regular expression; checked for catastrophic backtracking at start-up. */
  pattern: string;
}

export interface PiiGuardPolicy {
  /** `block` (400 `TG_PII_DETECTED`), `redact` (`[EMAIL]`), or `mask` (`[EMAIL_1]`, swapped back by `unmask()`). @default 'block' */
  action?: 'block' | 'redact' | 'mask';
  /** Built-in detectors to run. @default all */
  detect?: PiiKind[];
  /** Extra patterns. */
  patterns?: PiiPattern[];
  /** Roles scanned. @default ['user', 'system', 'tool'] */
  roles?: GuardRole[];
  mode?: Mode;
}

/** Content guards run on the validated body. */
export interface GuardsPolicy {
  injection?: InjectionGuardPolicy;
  pii?: PiiGuardPolicy;
}
