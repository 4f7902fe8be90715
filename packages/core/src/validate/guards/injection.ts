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

/** Scores one text: each rule counts once, whichever normalised form it matched in. */
export function scoreText(text: string, rules: readonly WeightedRule[] = BUILT_IN_RULES): { score: number; rules: string[] } {
  const forms = normalisedForms(text);
  let score = 0;
  const matched: string[] = [];
  for (const rule of rules) {
    for (const form of forms) {
      if (rule.regex.test(form)) {
        score += rule.weight;
        matched.push(rule.name);
        break;
      }
    }
  }
  return { score, rules: matched };
}

/** Prepares the injection guard once: user rules are compiled and checked for catastrophic backtracking here. */
export function compileInjectionGuard(policy: InjectionGuardPolicy, where: string): CompiledInjectionGuard {
  const threshold = policy.threshold ?? 1;
  const roles = new Set<GuardRole>(policy.roles ?? ['user']);
  const rules: WeightedRule[] = [
    ...BUILT_IN_RULES,
    ...(policy.rules ?? []).map((r, i) => ({
      name: r.name,
      weight: r.weight ?? 1,
      regex: compileUserRegex(r.pattern, 'i', `${where} guards.injection.rules[${i}] (${r.name})`),
    })),
  ];
  return {
    action: policy.action ?? 'block',
    monitor: policy.mode === 'monitor',
    scan(slots) {
      for (const slot of slots) {
        if (!roles.has(slot.role)) continue;
        const { score, rules: hit } = scoreText(slot.text, rules);
        if (score >= threshold) return { role: slot.role, index: slot.index, score: Math.round(score * 100) / 100, rules: hit };
      }
      return undefined;
    },
  };
}
