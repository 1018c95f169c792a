import { useCallback, useSyncExternalStore } from 'react';

/** Light or dark: the system's choice until the user picks one, which is then remembered. */
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'pk-theme';
// One query kept for the page's life: a listener on a query nothing holds may be collected with it.
let systemQuery: MediaQueryList | null = null;
const darkQuery = () => (systemQuery ??= window.matchMedia('(prefers-color-scheme: dark)'));
const listeners = new Set<() => void>();

function chosenTheme(): Theme | null {
  try {
    const chosen = localStorage.getItem(STORAGE_KEY);
    return chosen === 'light' || chosen === 'dark' ? chosen : null;
  } catch {
    return null;
  }
}

/** The stylesheets follow html[data-theme] alone; index.html sets it before the first paint. */
function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  listeners.forEach((listener) => listener());
}

function followSystem(): void {
  if (!chosenTheme()) apply(darkQuery().matches ? 'dark' : 'light');
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) darkQuery().addEventListener('change', followSystem);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) darkQuery().removeEventListener('change', followSystem);
  };
}

const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

export function useTheme(): { theme: Theme; toggle: () => void } {
  const theme = useSyncExternalStore(subscribe, currentTheme);
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
    apply(next);
  }, []);
  return { theme, toggle };
}
