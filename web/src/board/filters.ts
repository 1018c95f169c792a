import type { BoardCard } from '../api/types';

/** What the user narrowed the board to; empty strings mean "any". */
export type BoardFilter = {
  search: string;
  ownerId: string;
  tag: string;
  theme: string;
  valueStream: string;
  classOfService: string;
  blockedOnly: boolean;
};

export const NO_FILTER: BoardFilter = { search: '', ownerId: '', tag: '', theme: '', valueStream: '', classOfService: '', blockedOnly: false };

/** The owner filter's value for cards without an owner. */
export const UNOWNED = '-';

export function isFiltering(filter: BoardFilter): boolean {
  return (Object.keys(NO_FILTER) as (keyof BoardFilter)[]).some((key) => filter[key] !== NO_FILTER[key]);
}

/** How many filters besides the search are in use: the count the folded filters' button shows. */
export function activeFieldFilters(filter: BoardFilter): number {
  return (Object.keys(NO_FILTER) as (keyof BoardFilter)[]).filter((key) => key !== 'search' && filter[key] !== NO_FILTER[key]).length;
}

/** Whether a card passes the filter: the filter read once, for the two thousand cards of a large board. */
export function cardFilter(filter: BoardFilter): (item: BoardCard) => boolean {
  const words = filter.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return (item) => {
    if (filter.blockedOnly && !item.blocked) return false;
    if (filter.ownerId && (filter.ownerId === UNOWNED ? item.ownerId !== null : item.ownerId !== filter.ownerId)) return false;
    if (filter.tag && !item.tags.includes(filter.tag)) return false;
    if (filter.theme && !item.themes.includes(filter.theme)) return false;
    if (filter.valueStream && item.valueStream !== filter.valueStream) return false;
    if (filter.classOfService && item.classOfService !== filter.classOfService) return false;
    if (words.length === 0) return true;
    const text = `${item.key} ${item.title} ${item.tags.join(' ')}`.toLowerCase();
    return words.every((word) => text.includes(word));
  };
}

/** The tags, themes and value streams in use on the board, for the filter menus. */
export function filterChoices(items: readonly BoardCard[]): { tags: string[]; themes: string[]; valueStreams: string[] } {
  const tags = new Set<string>();
  const themes = new Set<string>();
  const valueStreams = new Set<string>();
  for (const item of items) {
    item.tags.forEach((t) => tags.add(t));
    item.themes.forEach((t) => themes.add(t));
    if (item.valueStream) valueStreams.add(item.valueStream);
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b));
  return { tags: sorted(tags), themes: sorted(themes), valueStreams: sorted(valueStreams) };
}
