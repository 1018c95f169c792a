import type { Theme, ValueStream } from '../api/types';
import { targetText } from '../strategy/theme-draft';

/** One checkbox of the card's theme picker: the theme's id is what the item stores. */
export type ThemeChoice = { id: string; name: string; hint: string };

/**
 * Every theme of the portfolio, in its order, then each theme id the item holds that the portfolio
 * does not list: shown (and ticked) so that saving the card never drops a link nobody unticked.
 * Themes outside their active period stay pickable (work may be lined up for an upcoming one), marked.
 */
export function themeChoices(themes: readonly Theme[], linked: readonly string[]): ThemeChoice[] {
  const listed = new Set(themes.map((theme) => theme.id));
  const known = themes.map((theme) => ({ id: theme.id, name: theme.name, hint: theme.active ? targetText(theme) : `${targetText(theme)} · not active today` }));
  const unknown = linked.filter((id) => !listed.has(id)).map((id) => ({ id, name: `Unknown theme ${id}`, hint: 'Not a theme of this portfolio' }));
  return [...known, ...unknown];
}

/** One option of the value stream select, besides "None". */
export type ValueStreamOption = { value: string; label: string };

/** The portfolio's value streams by name, and the item's own stream even when the portfolio does not list it. */
export function valueStreamOptions(streams: readonly ValueStream[], current: string | null): ValueStreamOption[] {
  const options = streams.map((stream) => ({ value: stream.id, label: stream.name }));
  if (current !== null && !streams.some((stream) => stream.id === current)) options.push({ value: current, label: `Unknown value stream ${current}` });
  return options;
}
