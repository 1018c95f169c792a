import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useMemo } from 'react';
import type { MetricsRange } from './metrics-range';

/**
 * The metrics range kept in the address bar (validated by the metrics routes): reading it follows
 * back/forward, and choosing a range replaces the address (no new history entry per range), so a
 * reload or a shared link shows the same.
 */
export function useMetricsRange(): [MetricsRange, (range: MetricsRange) => void] {
  const { from, to, today } = useSearch({ strict: false });
  const range = useMemo(() => ({ from, to, today }), [from, to, today]);
  const navigate = useNavigate();
  const choose = useCallback((next: MetricsRange) => void navigate({ to: '.', search: { from: next.from, to: next.to, today: next.today }, replace: true }), [navigate]);
  return [range, choose];
}
