import { LRUCache } from 'lru-cache';

type GrowingOptions<K extends NonNullable<unknown>, V extends NonNullable<unknown>> = Omit<LRUCache.Options<K, V, unknown>, 'max' | 'maxSize' | 'sizeCalculation'>;

/**
 * An LRU cache of at most `max` entries that takes memory only as it fills. Given `max`, lru-cache
 * preallocates arrays of that length: the two 100,000-key limit stores alone were 3.2 MB of slots in every
 * process, whether it counted one key or none, for every major GC to scan. Each entry counted as size 1
 * against `maxSize` bounds the cache the same way.
 */
export function growingLru<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(max: number, options: GrowingOptions<K, V> = {}): LRUCache<K, V> {
  // ttlResolution 0: read the clock on each staleness check. lru-cache's default (1 ms) instead caches the time
  // and arms a 1 ms timer to forget it, so a cache read on a busy server adds a timer to every millisecond.
  return new LRUCache<K, V>({ ttlResolution: 0, ...options, maxSize: max, sizeCalculation: sizeOne });
}

const sizeOne = (): number => 1;
