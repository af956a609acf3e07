/**
 * Remembers a one-argument function's results by its argument (a text or a number): a large sheet asks the same
 * question of the same few thousand texts hundreds of thousands of times. Bounded: cleared at `limit` entries.
 */
export function memoize<K extends string | number, T>(fn: (key: K) => T, limit = 50_000): (key: K) => T {
  const cache = new Map<K, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
