import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';

export interface SseEvent {
  /** Omitted for OpenAI, whose streams are bare `data:` lines. */
  readonly event?: string;
  readonly data: string;
}

/**
 * Sends a fully-known event list, spreading `latencyMs` evenly over the gaps before each event, so a
 * streamed answer takes as long in total as a non-streamed one but arrives piece by piece. Stops
 * as soon as the client disconnects, as a real provider stops generating.
 */
export function streamEvents(c: Context, events: readonly SseEvent[], latencyMs: number): Response {
  const gapMs = events.length > 0 ? latencyMs / events.length : 0;
  return streamSSE(c, async (stream) => {
    for (const event of events) {
      if (gapMs > 0) await stream.sleep(gapMs);
      if (stream.aborted) return;
      await stream.writeSSE(event);
    }
  });
}
