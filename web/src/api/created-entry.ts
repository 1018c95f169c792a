/**
 * A list in the cache with an entry the reader just created. The change made by the creation travels
 * over the board's socket too, and the list read again for it may already hold the entry: that copy
 * stays, as it is as new as the answer or newer.
 */
export function withCreatedEntry<Entry extends { id: string }>(list: readonly Entry[], created: Entry): Entry[] {
  return list.some((entry) => entry.id === created.id) ? [...list] : [...list, created];
}
