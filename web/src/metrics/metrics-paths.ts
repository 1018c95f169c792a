import { linkOptions } from '@tanstack/react-router';
import type { MetricsRange } from './metrics-range';

/** Where the metrics views live (routes.tsx), over `range`: a link between them keeps the range chosen. */
export const boardMetricsLink = (boardId: string, range: MetricsRange = {}) => linkOptions({ to: '/boards/$boardId/metrics', params: { boardId }, search: range });
export const portfolioMetricsLink = (portfolioId: string, range: MetricsRange = {}) =>
  linkOptions({ to: '/portfolios/$portfolioId/metrics', params: { portfolioId }, search: range });
