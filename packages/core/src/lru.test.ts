import { describe, expect, it, vi } from 'vitest';
import { growingLru } from './lru.js';

describe('growingLru', () => {
  it('holds at most max entries, dropping the least recently used', () => {
    const cache = growingLru<string, number>(3);
    for (const k of ['a', 'b', 'c']) cache.set(k, 1);
    cache.get('a');
    cache.set('d', 1);
    expect([...cache.keys()].sort()).toEqual(['a', 'c', 'd']);
    for (let i = 0; i < 1000; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(3);
    expect(cache.get('k999')).toBe(999);
  });

  it('passes the other options on (per-entry ttl)', async () => {
    const cache = growingLru<string, number>(10, { ttl: 20 });
    cache.set('a', 1);
    cache.set('b', 2, { ttl: 10_000 });
    await new Promise((r) => setTimeout(r, 60));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
  });

  it('reads entries with a ttl without arming a timer', () => {
    // lru-cache's default ttlResolution (1 ms) arms a timer on the first read of each millisecond.
    const cache = growingLru<string, number>(10, { ttl: 60_000 });
    cache.set('a', 1);
    // A spy, not process.getActiveResourcesInfo(): lru-cache unrefs its timer, and that list leaves such timers out.
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    try {
      for (let i = 0; i < 3; i++) expect(cache.get('a')).toBe(1);
      expect(cache.has('a')).toBe(true);
      expect(setTimer).not.toHaveBeenCalled();
    } finally {
      setTimer.mockRestore();
    }
  });

  it('expires an entry as soon as its ttl has passed', async () => {
    const cache = growingLru<string, number>(10);
    cache.set('a', 1, { ttl: 30 });
    expect(cache.get('a')).toBe(1);
    await new Promise((r) => setTimeout(r, 40));
    expect(cache.get('a')).toBeUndefined();
  });

  it('takes memory as it fills, not for max up front', () => {
    // lru-cache given `max` allocates arrays of that length at once: 10 million slots would be ~160 MB.
    const before = process.memoryUsage().heapUsed;
    const caches = Array.from({ length: 4 }, () => growingLru<string, number>(10_000_000));
    caches[0]?.set('a', 1);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(20_000_000);
  });
});
