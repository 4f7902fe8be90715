import { setTimeout as delay } from 'node:timers/promises';

export function normalizeLatency(latencyMs: number | undefined): number {
  if (latencyMs === undefined) return 0;
  if (!Number.isFinite(latencyMs) || latencyMs < 0) {
    throw new RangeError(`latencyMs must be a non-negative finite number, got ${String(latencyMs)}`);
  }
  return latencyMs;
}

/** Waits as a model would before answering; a client that hangs up stops the wait early. */
export async function simulateLatency(latencyMs: number, signal?: AbortSignal): Promise<void> {
  if (latencyMs <= 0) return;
  try {
    await delay(latencyMs, undefined, signal ? { signal } : undefined);
  } catch {
    // Aborted: the client is gone, so whatever is sent next is discarded anyway.
  }
}
