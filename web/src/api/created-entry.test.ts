import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCreatedEntry } from './created-entry';

const entries = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), version: fc.nat() }), { selector: (entry) => entry.id, maxLength: 8 });

describe('withCreatedEntry', () => {
  it('holds every entry once, keeps what the list held as it was, and adds the created entry at the end when it was missing', () => {
    fc.assert(
      fc.property(entries, fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), version: fc.nat() }), (list, created) => {
        const result = withCreatedEntry(list, created);
        expect(new Set(result.map((entry) => entry.id)).size).toBe(result.length);
        const known = list.some((entry) => entry.id === created.id);
        expect(result).toEqual(known ? list : [...list, created]);
      }),
    );
  });
});
