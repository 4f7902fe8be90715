import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreText } from './injection.js';

interface Entry {
  id: string;
  label: 'benign' | 'injection';
  role: string;
  variant?: string;
  text: string;
}

const corpus = JSON.parse(readFileSync(new URL('./corpus/prompts.json', import.meta.url), 'utf8')) as { entries: Entry[] };
const THRESHOLD = 1;

describe('prompt-injection corpus', () => {
  it('is big enough to mean something', () => {
    expect(corpus.entries.filter((e) => e.label === 'benign').length).toBeGreaterThanOrEqual(150);
    expect(corpus.entries.filter((e) => e.label === 'injection').length).toBeGreaterThanOrEqual(100);
  });

  it('reaches >= 0.90 recall at <= 2% false positives with the default threshold', () => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    const missed: string[] = [];
    const falseAlarms: string[] = [];
    for (const e of corpus.entries) {
      const flagged = scoreText(e.text).score >= THRESHOLD;
      if (e.label === 'injection') {
        if (flagged) tp++;
        else {
          fn++;
          missed.push(`${e.id} (${e.variant ?? 'plain'})`);
        }
      } else if (flagged) {
        fp++;
        falseAlarms.push(e.id);
      } else tn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const fpr = fp / (fp + tn);
    process.stdout.write(
      `prompt-injection corpus: ${tp + fn} injections, ${fp + tn} benign; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `false-positive rate ${(fpr * 100).toFixed(2)}%` + (missed.length ? `; missed ${missed.join(', ')}` : '') +
        (falseAlarms.length ? `; false alarms ${falseAlarms.join(', ')}` : '') + '\n',
    );
    const heldOut = JSON.parse(readFileSync(new URL('./corpus/held-out.json', import.meta.url), 'utf8')) as { entries: Entry[] };
    const hits = (label: Entry['label']) => heldOut.entries.filter((e) => e.label === label && scoreText(e.text).score >= THRESHOLD).length;
    const count = (label: Entry['label']) => heldOut.entries.filter((e) => e.label === label).length;
    process.stdout.write(
      `held-out prompts (never tuned on): recall ${hits('injection')}/${count('injection')}, false positives ${hits('benign')}/${count('benign')}\n`,
    );
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(fpr).toBeLessThanOrEqual(0.02);
  });
});

describe('rule triggers', () => {
  it('never skip a rule that would have matched (checked on every corpus text)', async () => {
    const { BUILT_IN_RULES } = await import('./injection-rules.js');
    const { normalisedForms } = await import('./normalise.js');
    const { triggered } = await import('./injection.js');
    for (const e of corpus.entries) {
      for (const form of normalisedForms(e.text)) {
        const words = new Set(form.split(/[^a-z0-9]+/));
        for (const rule of BUILT_IN_RULES) {
          if (rule.regex.test(form)) expect(triggered(rule.triggers ?? [], words, form), `${rule.name} on ${e.id}`).toBe(true);
        }
      }
    }
  });
});
