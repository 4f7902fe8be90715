/** A provider answered in a way we cannot use (network error, timeout, non-2xx, not JSON). */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
}

const MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * Fetches JSON from an identity provider with a hard timeout; every failure becomes a ProviderError so
 * callers can answer 503 instead of letting an exception (or a hang) reach the request.
 */
export async function fetchJson(url: string, timeoutMs: number, init: RequestInit = {}): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new ProviderError(timedOut ? `${url} did not answer within ${timeoutMs} ms` : `${url} could not be reached`);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new ProviderError(`${url} answered HTTP ${res.status}`);
  if (Buffer.byteLength(text) > MAX_RESPONSE_BYTES) throw new ProviderError(`${url} answered more than 1 MB`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ProviderError(`${url} did not answer JSON`);
  }
}
