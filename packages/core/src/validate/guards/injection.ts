import type { GuardRole, InjectionGuardPolicy } from '../../policy/types-guards.js';
import { BUILT_IN_RULES, type WeightedRule } from './injection-rules.js';
import { normalisedForms } from './normalise.js';
import { compileUserRegex } from './user-regex.js';
import type { TextSlot } from './message-text.js';

export interface InjectionHit {
  readonly role: GuardRole;
  readonly index: number;
  readonly score: number;
  /** Names of the rules that matched; never the text. */
  readonly rules: readonly string[];
}

export interface CompiledInjectionGuard {
  readonly action: 'block' | 'flag';
  readonly monitor: boolean;
  /** The first message at or over the threshold, or undefined. */
  scan(slots: readonly TextSlot[]): InjectionHit | undefined;
}

/**
 * Rules indexed by their trigger words, built once per rule list: scoring a text looks up each of its words
 * once instead of testing every rule's triggers.
 */
export class RuleSet {
  readonly #rules: readonly WeightedRule[];
  readonly #byWord = new Map<string, number[]>();
  // Substring triggers, each searched once with the rules it flags; needles outside ASCII (other scripts) are
  // kept apart: they cannot occur in an ASCII form, and most forms are ASCII, so they are skipped unsearched.
  readonly #asciiNeedles = new Map<string, number[]>();
  readonly #wideNeedles = new Map<string, number[]>();
  readonly #always: number[] = [];
  #shortest = Infinity;
  #longest = 0;

  constructor(rules: readonly WeightedRule[]) {
    this.#rules = rules;
    rules.forEach((rule, i) => {
      if (!rule.triggers) return void this.#always.push(i);
      for (const t of rule.triggers) {
        if (t.startsWith('*') || !WORDY.test(t)) {
          const needle = t.replace(/^\*/, '');
          const needles = ASCII.test(needle) ? this.#asciiNeedles : this.#wideNeedles;
          const list = needles.get(needle);
          if (list) list.push(i);
          else needles.set(needle, [i]);
        }
        else {
          this.#shortest = Math.min(this.#shortest, t.length);
          this.#longest = Math.max(this.#longest, t.length);
          const list = this.#byWord.get(t);
          if (list) list.push(i);
          else this.#byWord.set(t, [i]);
        }
      }
    });
  }

  // Scratch flags per rule, reused by every call: scoring is synchronous, so no two calls overlap.
  #candidate = new Uint8Array(0);
  #matched = new Uint8Array(0);

  /** Scores one text: each rule counts once, whichever normalised form it matched in. */
  score(text: string): { score: number; rules: string[] } {
    const forms = normalisedForms(text);
    const n = this.#rules.length;
    if (this.#candidate.length !== n) {
      this.#candidate = new Uint8Array(n);
      this.#matched = new Uint8Array(n);
    }
    const candidate = this.#candidate;
    const matched = this.#matched;
    matched.fill(0);
    let score = 0;
    const names: string[] = [];
    for (const form of forms) {
      this.#mark(form, candidate);
      for (let i = 0; i < n; i++) {
        if (candidate[i] === 0 || matched[i] === 1) continue;
        const rule = this.#rules[i] as WeightedRule;
        if (rule.regex.test(form)) {
          matched[i] = 1;
          score += rule.weight;
          names.push(rule.name);
        }
      }
    }
    return { score, rules: names };
  }

  /** Flags the rules whose triggers occur in `form`. */
  #mark(form: string, out: Uint8Array): void {
    out.fill(0);
    for (const r of this.#always) out[r] = 1;
    let start = -1;
    let wide = false;
    for (let i = 0; i <= form.length; i++) {
      const c = i < form.length ? form.charCodeAt(i) : 32;
      if (c > 127) wide = true;
      const wordy = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (wordy) {
        if (start === -1) start = i;
      } else if (start !== -1) {
        // Only words as long as some trigger are looked up: most words never allocate a slice.
        const length = i - start;
        if (length >= this.#shortest && length <= this.#longest) {
          const list = this.#byWord.get(form.slice(start, i));
          if (list) for (const r of list) out[r] = 1;
        }
        start = -1;
      }
    }
    mark(this.#asciiNeedles, form, out);
    if (wide) mark(this.#wideNeedles, form, out);
  }
}

const WORDY = /^[a-z0-9]/;
// Needles are printable: ASCII ones are printable ASCII.
const ASCII = /^[ -~]*$/;

function mark(needles: Map<string, number[]>, form: string, out: Uint8Array): void {
  for (const [needle, rules] of needles) if (form.includes(needle)) for (const r of rules) out[r] = 1;
}
const BUILT_IN = new RuleSet(BUILT_IN_RULES);

/** Scores one text with the built-in rules (what the corpus test measures). */
export function scoreText(text: string): { score: number; rules: string[] } {
  return BUILT_IN.score(text);
}

/** A trigger is a word of the text, or (marked `*`, or not starting with a letter) a substring of it. */
export function triggered(triggers: readonly string[], words: Set<string>, form: string): boolean {
  for (const t of triggers) {
    if (t.startsWith('*') ? form.includes(t.slice(1)) : WORDY.test(t) ? words.has(t) : form.includes(t)) return true;
  }
  return false;
}

/** Prepares the injection guard once: user rules are compiled and checked for catastrophic backtracking here. */
export function compileInjectionGuard(policy: InjectionGuardPolicy, where: string): CompiledInjectionGuard {
  const threshold = policy.threshold ?? 1;
  const roles = new Set<GuardRole>(policy.roles ?? ['user']);
  const rules = new RuleSet([
    ...BUILT_IN_RULES,
    ...(policy.rules ?? []).map((r, i) => ({
      name: r.name,
      weight: r.weight ?? 1,
      regex: compileUserRegex(r.pattern, 'i', `${where} guards.injection.rules[${i}] (${r.name})`),
    })),
  ]);
  return {
    action: policy.action ?? 'block',
    monitor: policy.mode === 'monitor',
    scan(slots) {
      for (const slot of slots) {
        if (!roles.has(slot.role)) continue;
        const { score, rules: hit } = rules.score(slot.text);
        if (score >= threshold) return { role: slot.role, index: slot.index, score: Math.round(score * 100) / 100, rules: hit };
      }
      return undefined;
    },
  };
}
