import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteBoundedCache } from './byte-bounded-cache';

const keptKeys = <K, V>(cache: { entries(): IterableIterator<[K, V]> }) => [...cache.entries()].map(([key]) => key);

describe('a cache bounded in bytes', () => {
  it('drops the least recently used values once their bytes pass the bound', () => {
    const cache = byteBoundedCache<string, string>(() => 100);
    cache.set('a', 'A', 40);
    cache.set('b', 'B', 40);
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C', 40);
    expect(keptKeys(cache)).toEqual(['a', 'c']);
    expect(cache.get('b')).toBeUndefined();
  });

  it('counts a replaced value at its new size', () => {
    const cache = byteBoundedCache<string, string>(() => 100);
    cache.set('a', 'A', 90);
    cache.set('a', 'A, smaller', 10);
    cache.set('b', 'B', 90);
    expect(keptKeys(cache)).toEqual(['a', 'b']);
    expect(cache.get('a')).toBe('A, smaller');
  });

  it('keeps the newest value alone when it is beyond the bound by itself', () => {
    const cache = byteBoundedCache<string, string>(() => 100);
    cache.set('a', 'A', 10);
    cache.set('big', 'BIG', 500);
    expect(keptKeys(cache)).toEqual(['big']);
  });

  it('applies a bound changed after it was made', () => {
    let megabytes = 1;
    const cache = byteBoundedCache<string, number>(() => megabytes * 2 ** 20);
    cache.set('a', 1, 2 ** 19);
    megabytes = 0.25;
    cache.set('b', 2, 2 ** 18);
    expect(keptKeys(cache)).toEqual(['b']);
  });

  it('never holds more than its bound, except its newest value alone, and answers what was last set', () => {
    const operation = fc.oneof(
      fc.record({ set: fc.constantFrom('a', 'b', 'c', 'd', 'e'), bytes: fc.integer({ min: 0, max: 120 }) }),
      fc.record({ get: fc.constantFrom('a', 'b', 'c', 'd', 'e') }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.array(operation, { maxLength: 60 }), (bound, operations) => {
        const cache = byteBoundedCache<string, number>(() => bound);
        const sizes = new Map<string, number>();
        const lastSet = new Map<string, number>();
        operations.forEach((op, index) => {
          if ('set' in op) {
            cache.set(op.set, index, op.bytes);
            sizes.set(op.set, op.bytes);
            lastSet.set(op.set, index);
            expect(keptKeys(cache).at(-1)).toBe(op.set);
          } else {
            const value = cache.get(op.get);
            if (value !== undefined) expect(value).toBe(lastSet.get(op.get));
          }
          const kept = keptKeys(cache);
          const bytes = kept.reduce((sum, key) => sum + sizes.get(key)!, 0);
          expect(bytes <= bound || kept.length === 1).toBe(true);
        });
      }),
    );
  });
});
