// Reading BENCH_* settings from the environment, shared by run.js, instructions.js, compare.js and the other
// scripts so that a name means the same in all and a bad value fails as a BenchError before anything is started.
import { MODES } from './apps/shared.js';
import { BenchError } from './harness.js';

export const FRAMEWORKS = ['express', 'koa', 'hono'];

export function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new BenchError(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function optionalPositiveNumber(name) {
  const raw = process.env[name];
  return raw === undefined || raw === '' ? undefined : positiveNumber(name, undefined);
}

export function positiveInteger(name, fallback) {
  const value = positiveNumber(name, fallback);
  if (!Number.isInteger(value)) throw new BenchError(`${process.env[name]} is not a whole number (${name})`);
  return value;
}

export function oneOf(name, values) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return values[0];
  if (!values.includes(raw)) throw new BenchError(`${name} must be one of ${values.join(', ')}, got "${raw}"`);
  return raw;
}

export function frameworkList(raw) {
  if (!raw) return FRAMEWORKS;
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((f) => !FRAMEWORKS.includes(f));
  if (unknown.length > 0 || list.length === 0) throw new BenchError(`BENCH_FRAMEWORKS: unknown ${unknown.join(', ') || '(empty)'}; use ${FRAMEWORKS.join(',')}`);
  return list;
}

/**
 * BENCH_MODES: bare first, then the modes compared with it; `fallback` when unset. `againstBare: false` takes
 * any modes as given (compare.js sets each mode against itself, built from another checkout).
 */
export function modeList(raw, fallback, { againstBare = true } = {}) {
  if (!raw) return fallback;
  const list = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((m) => !MODES.includes(m));
  if (!againstBare) {
    if (unknown.length > 0 || list.length === 0) throw new BenchError(`BENCH_MODES: give one or more of ${MODES.join(', ')}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}`);
    return list;
  }
  if (unknown.length > 0 || !list.includes('bare') || list.length < 2) {
    throw new BenchError(`BENCH_MODES: give bare and at least one of ${MODES.slice(1).join(', ')}${unknown.length ? `; unknown ${unknown.join(', ')}` : ''}`);
  }
  return ['bare', ...list.filter((m) => m !== 'bare')];
}
