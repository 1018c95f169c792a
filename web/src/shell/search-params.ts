import type { RoadmapGroupBy, WsjfInput } from '../api/types';
import { isWsjfInput } from '../strategy/wsjf-inputs';

/**
 * What each page reads from the query string, checked as the router parses it (see routes.tsx): a
 * value that is missing or not one the page knows is left out, so the page shows its default.
 * The router parses values as JSON where they are (`?first=1` gives the number 1).
 */
type Search = Record<string, unknown>;

/**
 * Where to go after signing in: a path of this app only. A full or protocol-relative address
 * (`//elsewhere.example`) would send a person who followed a crafted link to another site.
 */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

export function loginSearch(search: Search): { next?: string } {
  return search.next === undefined ? {} : { next: safeNext(search.next) };
}

/** `?first` (any value) marks the portfolio created right after setup. */
export function newPortfolioSearch(search: Search): { first?: true } {
  return 'first' in search && search.first !== false ? { first: true } : {};
}

export function roadmapSearch(search: Search): { groupBy?: RoadmapGroupBy } {
  return search.groupBy === 'theme' || search.groupBy === 'valueStream' ? { groupBy: search.groupBy } : {};
}

export function estimationSearch(search: Search): { input?: WsjfInput } {
  return isWsjfInput(search.input) ? { input: search.input } : {};
}

/** `?board=&column=` on the column settings: the board to choose and the column to open. */
export function columnSettingsSearch(search: Search): { board?: string; column?: string } {
  return {
    ...(typeof search.board === 'string' && { board: search.board }),
    ...(typeof search.column === 'string' && { column: search.column }),
  };
}

/** `?portfolio=` on People: the portfolio an invitation is into, chosen for the reader who came from one of its boards. */
export function peopleSearch(search: Search): { portfolio?: string } {
  return typeof search.portfolio === 'string' ? { portfolio: search.portfolio } : {};
}
