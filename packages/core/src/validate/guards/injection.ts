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
  readonly #words: WordTable;
  // Substring triggers, each searched once with the rules it flags; needles outside ASCII (other scripts) are
  // kept apart: they cannot occur in an ASCII form, and most forms are ASCII, so they are skipped unsearched.
  readonly #asciiNeedles: Needles = { needles: [], rules: [] };
  readonly #wideNeedles: Needles = { needles: [], rules: [] };
  readonly #always: number[] = [];

  constructor(rules: readonly WeightedRule[]) {
    this.#rules = rules;
    const byWord = new Map<string, number[]>();
    rules.forEach((rule, i) => {
      if (!rule.triggers) return void this.#always.push(i);
      for (const t of rule.triggers) {
        if (t.startsWith('*') || !WORDY.test(t)) {
          const needle = t.replace(/^\*/, '');
          const table = ASCII.test(needle) ? this.#asciiNeedles : this.#wideNeedles;
          const at = table.needles.indexOf(needle);
          if (at !== -1) (table.rules[at] as number[]).push(i);
          else {
            table.needles.push(needle);
            table.rules.push([i]);
          }
        }
        else {
          const list = byWord.get(t);
          if (list) list.push(i);
          else byWord.set(t, [i]);
        }
      }
    });
    this.#words = new WordTable(byWord);
  }

  // Scratch flags per rule, reused by every call: scoring is synchronous, so no two calls overlap.
  #candidate = new Uint8Array(0);
  #bytes = new Uint8Array(1024);
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
      if (!this.#mark(form, candidate)) continue;
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

  /** Flags the rules whose triggers occur in `form`; false when there is none. */
  #mark(form: string, out: Uint8Array): boolean {
    out.fill(0);
    let any = this.#always.length > 0;
    for (const r of this.#always) out[r] = 1;
    const words = this.#words;
    // Read as bytes when the form is ASCII (encodeInto then writes one byte per character): a typed array
    // read costs V8 a few instructions, charCodeAt on a string several times that, for every character.
    const n = form.length;
    if (this.#bytes.length < n) this.#bytes = new Uint8Array(Math.max(n, 2 * this.#bytes.length));
    const bytes = this.#bytes;
    const encoded = ENCODER.encodeInto(form, bytes);
    const wide = encoded.read !== n || encoded.written !== n;
    let start = -1;
    let hash = 0;
    for (let i = 0; i <= n; i++) {
      const c = i === n ? 32 : wide ? form.charCodeAt(i) : (bytes[i] as number);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start === -1) {
          start = i;
          hash = 0;
        }
        hash = (Math.imul(hash, 31) + c) | 0;
      } else if (start !== -1) {
        const list = words.find(form, start, i - start, hash);
        if (list) {
          for (const r of list) out[r] = 1;
          any = true;
        }
        start = -1;
      }
    }
    if (mark(this.#asciiNeedles, form, out)) any = true;
    if (wide && mark(this.#wideNeedles, form, out)) any = true;
    return any;
  }
}

/**
 * Trigger words by a hash of their characters (open addressing over typed arrays): a word of the text is
 * looked up without slicing it into a string of its own, which for prose was most of the scan's time.
 */
class WordTable {
  readonly #hashes: Int32Array;
  /** Entry index + 1 per slot; 0 marks an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #words: string[] = [];
  readonly #rules: number[][] = [];
  readonly #shortest: number = Infinity;
  readonly #longest: number = 0;

  constructor(byWord: ReadonlyMap<string, number[]>) {
    let size = 16;
    while (size < byWord.size * 4) size *= 2;
    this.#hashes = new Int32Array(size);
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    for (const [word, rules] of byWord) {
      this.#shortest = Math.min(this.#shortest, word.length);
      this.#longest = Math.max(this.#longest, word.length);
      const hash = WordTable.hash(word);
      let slot = hash & this.#mask;
      while (this.#slots[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#words.push(word);
      this.#rules.push(rules);
      this.#hashes[slot] = hash;
      this.#slots[slot] = this.#words.length;
    }
  }

  /** The hash #mark computes as it reads a word. */
  static hash(word: string): number {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
    return hash;
  }

  /** The rules triggered by `text.slice(start, start + length)`, whose hash is `hash`. */
  find(text: string, start: number, length: number, hash: number): readonly number[] | undefined {
    if (length < this.#shortest || length > this.#longest) return undefined;
    for (let slot = hash & this.#mask; this.#slots[slot] !== 0; slot = (slot + 1) & this.#mask) {
      if (this.#hashes[slot] !== hash) continue;
      const entry = (this.#slots[slot] as number) - 1;
      const word = this.#words[entry] as string;
      if (word.length === length && text.startsWith(word, start)) return this.#rules[entry];
    }
    return undefined;
  }
}

const WORDY = /^[a-z0-9]/;
const ENCODER = new TextEncoder();
// Needles are printable: ASCII ones are printable ASCII.
const ASCII = /^[ -~]*$/;

/** Substring triggers and the rules each flags, as parallel arrays: scanned with an index, no Map iterator. */
interface Needles {
  readonly needles: string[];
  readonly rules: number[][];
}

/** Flags the rules of every needle found in `form`; true when one was. */
function mark({ needles, rules }: Needles, form: string, out: Uint8Array): boolean {
  let any = false;
  for (let n = 0; n < needles.length; n++) {
    if (form.includes(needles[n] as string)) {
      for (const r of rules[n] as number[]) out[r] = 1;
      any = true;
    }
  }
  return any;
}

// Made at first use: a guard compiles a RuleSet of its own, so only scoreText() callers need this one.
let builtIn: RuleSet | undefined;

/** Scores one text with the built-in rules (what the corpus test measures). */
export function scoreText(text: string): { score: number; rules: string[] } {
  return (builtIn ??= new RuleSet(BUILT_IN_RULES)).score(text);
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
