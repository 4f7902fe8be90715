import type { GuardRole, PiiGuardPolicy } from '../../policy/types-guards.js';
import type { MaskTable } from './mask.js';
import type { TextSlot } from './message-text.js';
import { ALL_KINDS, BUILT_IN_DETECTORS, type Detector } from './pii-detectors.js';
import { compileUserRegex } from './user-regex.js';

export interface PiiHit {
  readonly role: GuardRole;
  readonly index: number;
  readonly name: string;
  readonly label: string;
}

export interface PiiOutcome {
  /** The first finding (all that `block` needs). */
  readonly first: PiiHit | undefined;
  /** Kinds found, for the audit line. */
  readonly kinds: readonly string[];
  readonly rewrote: boolean;
}

export interface CompiledPiiGuard {
  readonly action: 'block' | 'redact' | 'mask';
  readonly monitor: boolean;
  /** Finds PII in the scanned roles; with `rewrite`, replaces it in place (redact or mask). */
  run(slots: readonly TextSlot[], table: () => MaskTable, rewrite: boolean): PiiOutcome;
}

const DIGIT = /\d/;
const DIGIT_PAIR = /\d\d/;

const byStart = (a: Span, b: Span) => a.start - b.start;

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && end > s.start) return true;
  return false;
}

interface Span {
  start: number;
  end: number;
  detector: Detector;
}

/** Prepares the PII guard once: detectors chosen, user patterns compiled and checked for backtracking. */
export function compilePiiGuard(policy: PiiGuardPolicy, where: string): CompiledPiiGuard {
  const action = policy.action ?? 'block';
  const roles = new Set<GuardRole>(policy.roles ?? ['user', 'system', 'tool']);
  const detectors: Detector[] = [
    ...(policy.patterns ?? []).map((p, i) => ({
      name: p.name,
      label: `a ${p.name} value`,
      regex: compileUserRegex(p.pattern, 'g', `${where} guards.pii.patterns[${i}] (${p.name})`),
    })),
    ...(policy.detect ?? ALL_KINDS).flatMap((k) => BUILT_IN_DETECTORS[k]),
  ];
  // Each detector's way to its next match: its own search, or exec() from that position on its shared global
  // regex (matchAll() would clone the regex on every call).
  const finders = detectors.map((d) => d.next ?? ((text: string, from: number) => {
    d.regex.lastIndex = from;
    return d.regex.exec(text);
  }));
  const digitsOf = (text: string) => (!DIGIT.test(text) ? 0 : DIGIT_PAIR.test(text) ? 2 : 1);
  // Which detectors' hints pass on `text`, which has `digits` (digitsOf).
  const hinted = (text: string, digits: number): boolean[] => detectors.map((d) => !d.hint || d.hint(text, digits));
  const spansOf = (text: string, digits: number, all: boolean, candidates: readonly boolean[] | undefined): Span[] => {
    const spans: Span[] = [];
    for (let k = 0; k < detectors.length; k++) {
      const detector = detectors[k] as Detector;
      if (candidates !== undefined && !candidates[k]) continue;
      if (detector.hint && !detector.hint(text, digits)) continue;
      const next = finders[k] as (text: string, from: number) => RegExpExecArray | null;
      for (let m = next(text, 0); m !== null; ) {
        const start = m.index;
        const end = start + m[0].length;
        if (end === start) {
          m = next(text, end + 1);
          continue;
        }
        if ((!detector.check || detector.check(m[0])) && !overlaps(spans, start, end)) {
          // Earlier detectors win an overlap (a card number is not also a phone number).
          spans.push({ start, end, detector });
          if (!all) return spans;
        }
        m = next(text, end);
      }
    }
    return spans.length > 1 ? spans.sort(byStart) : spans;
  };

  return {
    action,
    monitor: policy.mode === 'monitor',
    run(slots, table, rewrite) {
      let first: PiiHit | undefined;
      const kinds = new Set<string>();
      let rewrote = false;
      const scanned = slots.filter((slot) => roles.has(slot.role));
      // Hints are substring and digit tests, so one that fails on every scanned text joined by newlines fails
      // on each of them: asked once per request, it rules its detector out for all the texts at once (most
      // requests carry no secret-shaped prefix, and each hint asked per text was a native search of its own).
      // The joined text's digit class is the highest of its parts': a newline separates them, so no pair spans two.
      const digits = scanned.map((slot) => digitsOf(slot.text));
      let most = 0;
      for (const d of digits) if (d > most) most = d;
      const candidates = scanned.length > 1 ? hinted(scanned.map((slot) => slot.text).join('\n'), most) : undefined;
      for (let i = 0; i < scanned.length; i++) {
        const slot = scanned[i] as TextSlot;
        const spans = spansOf(slot.text, digits[i] as number, rewrite, candidates);
        if (spans.length === 0) continue;
        const s0 = spans[0] as Span;
        first ??= { role: slot.role, index: slot.index, name: s0.detector.name, label: s0.detector.label };
        for (const s of spans) kinds.add(s.detector.name);
        if (!rewrite) return { first, kinds: [...kinds], rewrote };
        let out = '';
        let at = 0;
        for (const s of spans) {
          const value = slot.text.slice(s.start, s.end);
          out += slot.text.slice(at, s.start) + (action === 'mask' ? table().placeholder(s.detector.name, value) : `[${s.detector.name}]`);
          at = s.end;
        }
        slot.set(out + slot.text.slice(at));
        rewrote = true;
      }
      return { first, kinds: [...kinds], rewrote };
    },
  };
}
