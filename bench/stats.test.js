// The bench's verdicts rest on these: run with `node --test` (npm test runs it through turbo).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { geometricInterval, geometricMean, verdict } from './stats.js';

test('the interval is a t interval on the logarithms, centred on the geometric mean', () => {
  // Logs -0.1 and +0.1: mean 0, standard error 0.1, t(1 df) = 12.706.
  const [low, high] = geometricInterval([Math.exp(-0.1), Math.exp(0.1)]);
  assert.ok(Math.abs(low - Math.exp(-1.2706)) < 1e-9);
  assert.ok(Math.abs(high - Math.exp(1.2706)) < 1e-9);
  const ratios = [0.951, 0.945, 0.932, 0.957, 0.98, 0.935, 0.962, 0.961];
  const [a, b] = geometricInterval(ratios);
  const centre = geometricMean(ratios);
  assert.ok(a < centre && centre < b);
  assert.ok(Math.abs(Math.log(centre) - (Math.log(a) + Math.log(b)) / 2) < 1e-12);
});

test('more cycles with the same spread narrow the interval; past 31 cycles the 30-degree quantile is kept', () => {
  const eight = [0.93, 0.97, 0.94, 0.96, 0.93, 0.97, 0.94, 0.96];
  const width = (r) => geometricInterval(r)[1] - geometricInterval(r)[0];
  assert.ok(width([...eight, ...eight]) < width(eight) / 1.4);
  const many = Array.from({ length: 40 }, (_, i) => (i % 2 ? 0.96 : 0.94));
  const logs = many.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const se = Math.sqrt(logs.reduce((s, v) => s + (v - mean) ** 2, 0) / (logs.length - 1) / logs.length);
  const [low] = geometricInterval(many);
  assert.ok(Math.abs(Math.log(low) - (mean - 2.042 * se)) < 1e-12);
});

test('one ratio has no interval, and identical ratios a point', () => {
  assert.equal(geometricInterval([0.95]), undefined);
  assert.deepEqual(geometricInterval([0.97, 0.97, 0.97]).map((x) => x.toFixed(12)), ['0.970000000000', '0.970000000000']);
});

test('PASS and MISS only when the whole interval is on one side of the target', () => {
  assert.equal(verdict([0.951, 0.99], 0.95), 'PASS');
  assert.equal(verdict([0.95, 0.99], 0.95), 'PASS');
  assert.equal(verdict([0.9, 0.949], 0.95), 'MISS');
  assert.equal(verdict([0.94, 0.966], 0.95), 'NOISE');
  assert.equal(verdict(undefined, 0.95), 'NOISE');
});
