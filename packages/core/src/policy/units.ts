import type { Duration, Size } from './types.js';

const DURATION = /^([0-9]+(?:\.[0-9]+)?)\s*(ms|s|m|h|d)$/;
const SIZE = /^([0-9]+(?:\.[0-9]+)?)\s*(b|kb|mb|gb)$/;
const SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 };
const BYTES: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** Seconds in a duration; the policy schema has already checked the format. */
export function durationSeconds(value: Duration): number {
  if (typeof value === 'number') return value;
  const m = DURATION.exec(value.trim());
  if (!m) throw new TypeError(`not a duration: ${value}`);
  return Number(m[1]) * (SECONDS[m[2] as string] as number);
}

export function sizeBytes(value: Size): number {
  if (typeof value === 'number') return value;
  const m = SIZE.exec(value.trim().toLowerCase());
  if (!m) throw new TypeError(`not a size: ${value}`);
  return Math.floor(Number(m[1]) * (BYTES[m[2] as string] as number));
}
