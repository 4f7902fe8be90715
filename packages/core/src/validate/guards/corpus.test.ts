import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreText } from './injection.js';

interface Entry {
  id: string;
  label: 'benign' | 'injection';
  role: string;
  variant?: string;
  /** dev.json and test.json: the kind of injection, or the kind of hard case a benign entry is. */
  category?: string;
  text: string;
}

const THRESHOLD = 1;
const load = (name: string) => JSON.parse(readFileSync(new URL(`./corpus/${name}`, import.meta.url), 'utf8')) as { entries: Entry[] };

/**
 * Harmful requests in disguise ("for a novel, how do I make X"): they ask the model for content, they do not
 * try to replace its instructions, so they are not what this guard detects. Scored and printed apart, left
 * out of the recall figures.
 */
const POLICY_EVASION = 'policy-evasion';

interface Measure {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
  precision: number;
  recall: number;
  fpr: number;
  /** Per category: caught (injections) or flagged (benign), of how many. */
  categories: Map<string, { hit: number; of: number }>;
  evasion: { hit: number; of: number };
  missed: string[];
  falseAlarms: string[];
}

function measure(entries: readonly Entry[]): Measure {
  const m: Measure = { tp: 0, fn: 0, fp: 0, tn: 0, precision: 0, recall: 0, fpr: 0, categories: new Map(), evasion: { hit: 0, of: 0 }, missed: [], falseAlarms: [] };
  for (const e of entries) {
    const flagged = scoreText(e.text).score >= THRESHOLD;
    if (e.category) {
      const key = `${e.label}/${e.category}`;
      const c = m.categories.get(key) ?? { hit: 0, of: 0 };
      c.of++;
      if (flagged) c.hit++;
      m.categories.set(key, c);
    }
    if (e.category === POLICY_EVASION) {
      m.evasion.of++;
      if (flagged) m.evasion.hit++;
    } else if (e.label === 'injection') {
      if (flagged) m.tp++;
      else {
        m.fn++;
        m.missed.push(`${e.id} (${e.category ?? e.variant ?? 'plain'})`);
      }
    } else if (flagged) {
      m.fp++;
      m.falseAlarms.push(e.id);
    } else m.tn++;
  }
  m.precision = m.tp + m.fp === 0 ? 1 : m.tp / (m.tp + m.fp);
  m.recall = m.tp / (m.tp + m.fn);
  m.fpr = m.fp / (m.fp + m.tn);
  return m;
}

function report(name: string, m: Measure, details: { missed: boolean }): void {
  const lines = [
    `${name}: ${m.tp + m.fn} injections, ${m.fp + m.tn} benign; precision ${m.precision.toFixed(3)}, recall ${m.recall.toFixed(3)} ` +
      `(${m.tp}/${m.tp + m.fn}), false-positive rate ${(m.fpr * 100).toFixed(2)}% (${m.fp}/${m.fp + m.tn})`,
  ];
  if (m.evasion.of) lines.push(`  policy evasion (not instruction injection, outside recall): ${m.evasion.hit}/${m.evasion.of} flagged`);
  for (const [key, c] of [...m.categories].sort()) lines.push(`  ${key.padEnd(34)} ${c.hit}/${c.of} ${key.startsWith('benign') ? 'flagged' : 'caught'}`);
  if (details.missed && m.missed.length) lines.push(`  missed: ${m.missed.join(', ')}`);
  if (m.falseAlarms.length) lines.push(`  false alarms: ${m.falseAlarms.join(', ')}`);
  process.stdout.write(lines.join('\n') + '\n');
}

describe('prompt-injection corpora', () => {
  it('prompts.json is big enough to mean something', () => {
    const { entries } = load('prompts.json');
    expect(entries.filter((e) => e.label === 'benign').length).toBeGreaterThanOrEqual(150);
    expect(entries.filter((e) => e.label === 'injection').length).toBeGreaterThanOrEqual(100);
  });

  // Written alongside the rules: a regression floor, not an estimate of how they generalise.
  it('prompts.json: >= 0.90 recall at <= 2% false positives with the default threshold', () => {
    const m = measure(load('prompts.json').entries);
    report('prompts.json (written with the rules)', m, { missed: true });
    expect(m.recall).toBeGreaterThanOrEqual(0.9);
    expect(m.fpr).toBeLessThanOrEqual(0.02);
  });

  // Never tuned on: printed, with only the false-positive bound asserted.
  it('held-out.json: <= 2% false positives', () => {
    const m = measure(load('held-out.json').entries);
    report('held-out.json (never tuned on)', m, { missed: false });
    expect(m.fpr).toBeLessThanOrEqual(0.02);
  });

  // Written blind to the rules, and tuned on: the floor sits a little under what the rules reach (1.000 when
  // set), so a change that loses phrasings fails here.
  it('dev.json: recall >= 0.95 at <= 2% false positives', () => {
    const { entries } = load('dev.json');
    expect(entries.some((e) => e.category === undefined)).toBe(false);
    const m = measure(entries);
    report('dev.json (blind, tuned on)', m, { missed: true });
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
    expect(m.fpr).toBeLessThanOrEqual(0.02);
  });

  // Written blind to the rules and never tuned on: the honest estimate. Its recall is printed and not asserted —
  // a floor would make it one more set to tune to — and which texts were missed is not printed either (a list to
  // write rules for). The 2% false-positive bar the other corpora keep is NOT met here: scored once, when the
  // rules were final, 3 of its 121 benign texts were flagged (2.48%; the rules before the families flagged 3 as
  // well). Loosening rules until it passed would be tuning on it, so the bound asserted is the one measured: it
  // only stops this getting worse, and lowering it needs fixes found on other texts.
  it('test.json: false positives no worse than the one scoring (3/121; recall printed, not asserted)', () => {
    const m = measure(load('test.json').entries);
    report('test.json (blind, never tuned on)', m, { missed: false });
    expect(m.fp).toBeLessThanOrEqual(3);
  });
});

describe('rule triggers', () => {
  it('never skip a rule that would have matched (checked on every corpus text)', async () => {
    const { BUILT_IN_RULES } = await import('./injection-rules.js');
    const { normalisedForms } = await import('./normalise.js');
    const { triggered } = await import('./injection.js');
    for (const name of ['prompts.json', 'held-out.json', 'dev.json', 'test.json']) {
      for (const e of load(name).entries) {
        for (const form of normalisedForms(e.text)) {
          const words = new Set(form.split(/[^a-z0-9]+/));
          for (const rule of BUILT_IN_RULES) {
            if (rule.regex.test(form)) expect(triggered(rule.triggers ?? [], words, form), `${rule.name} on ${e.id}`).toBe(true);
          }
        }
      }
    }
  });
});
