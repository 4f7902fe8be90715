import { describe, expect, it } from 'vitest';
import { BUILT_IN_DETECTORS, type Detector } from './pii-detectors.js';

/** The matches a detector reports (after its check), found with its own search or with its regex alone. */
function matches(d: Detector, text: string, viaNext: boolean, from = 0): [number, string][] {
  const out: [number, string][] = [];
  const next = viaNext && d.next ? d.next : (t: string, at: number) => ((d.regex.lastIndex = at), d.regex.exec(t));
  for (let m = next(text, from); m !== null; m = next(text, m.index + Math.max(1, m[0].length))) {
    if (!d.check || d.check(m[0])) out.push([m.index, m[0]]);
  }
  return out;
}

const anchored = Object.values(BUILT_IN_DETECTORS).flat().filter((d) => d.next);

describe('PII detectors searched around their anchor character', () => {
  it('covers the email and IPv6 detectors', () => {
    expect(anchored.map((d) => d.label)).toEqual(['an email address', 'an IP address']);
  });

  it('find exactly what their regex finds, on crafted texts', () => {
    const texts = [
      'mail jane.doe+x@example.co.uk please, or a@b.io.',
      'a@b.com.x@y.com and x@@y.com and @z.com and q@r',
      `${'l'.repeat(64)}@example.com ${'l'.repeat(65)}@example.com ${'l'.repeat(70)}@example.com`,
      'from 192.168.10.20 and 2001:db8::8a2e:370:7334, ::1 and fe80::1%eth0',
      'times 12:30:45 and 1:2:3:4:5:6:7:8 and abcd:ef01:2345:6789:abcd:ef01:2345:6789:1 and :: and a:b',
      'mixed g1:2:3 _1::2 1::2_ 1::2: :1::2 ab:cd:ef:12 https://[2001:db8::1]:8080/ x:1::2',
      'né@example.com ü::1 café:1::2 1::2é',
      `${'1:'.repeat(30)}1 ${'a'.repeat(50)}:1 short::`,
    ];
    for (const d of anchored) for (const t of texts) expect(matches(d, t, true), `${d.label}: ${t}`).toEqual(matches(d, t, false));
  });

  it('find exactly what their regex finds, on generated texts', () => {
    const pieces = ['@', ':', '::', '.', '-', '_', '+', '%', ' ', '\n', '1', '12', 'ab', 'f0', 'Z', 'x', 'é', 'example', '.com', 'db8', 'g'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let k = 0; k < 4000; k++) {
      let t = '';
      for (let j = next() % 24; j > 0; j--) t += pieces[next() % pieces.length] as string;
      for (const d of anchored) expect(matches(d, t, true), `${d.label}: ${JSON.stringify(t)}`).toEqual(matches(d, t, false));
    }
  });

  it('start from the position given, as exec() with lastIndex does', () => {
    const text = 'a@b.io c@d.io 1::2 ::1 fe80::1 x@y.io';
    for (const d of anchored) {
      for (let from = 0; from <= text.length; from++) {
        expect(matches(d, text, true, from), `${d.label} from ${from}`).toEqual(matches(d, text, false, from));
      }
    }
  });
});
