/**
 * A bounded memo for per-address work (parsing, BlockList checks cost microseconds; a Map hit ~100 ns). Clients
 * repeat, so hits dominate; a flood of distinct addresses only empties the map, never grows it past `max`.
 */
export function memo<T>(compute: (key: string) => T, max = 10_000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = compute(key);
    if (cache.size >= max) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
