import { LRUCache } from 'lru-cache';

type GrowingOptions<K extends NonNullable<unknown>, V extends NonNullable<unknown>> = Omit<LRUCache.Options<K, V, unknown>, 'max' | 'maxSize' | 'sizeCalculation'>;

/**
 * An LRU cache of at most `max` entries that takes memory only as it fills. Given `max`, lru-cache
 * preallocates arrays of that length: the two 100,000-key limit stores alone were 3.2 MB of slots in every
 * process, whether it counted one key or none, for every major GC to scan. Each entry counted as size 1
 * against `maxSize` bounds the cache the same way.
 */
export function growingLru<K extends NonNullable<unknown>, V extends NonNullable<unknown>>(max: number, options: GrowingOptions<K, V> = {}): LRUCache<K, V> {
  return new LRUCache<K, V>({ ...options, maxSize: max, sizeCalculation: sizeOne });
}

const sizeOne = (): number => 1;
