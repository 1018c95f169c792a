import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { rangeFromSearch, searchWithRange, type MetricsRange } from './metrics-range';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * The metrics range kept in the address bar: reading it follows back/forward, and choosing a range
 * replaces the address (no new history entry per range), so a reload or a shared link shows the same.
 */
export function useMetricsRange(): [MetricsRange, (range: MetricsRange) => void] {
  const search = useSyncExternalStore(subscribe, () => location.search);
  const range = useMemo(() => rangeFromSearch(search), [search]);
  const choose = useCallback((next: MetricsRange) => {
    history.replaceState(history.state, '', location.pathname + searchWithRange(location.search, next) + location.hash);
    listeners.forEach((listener) => listener());
  }, []);
  return [range, choose];
}
