import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../api/http';
import { keys } from '../api/queries';
import type { ForecastDocument, MetricsDocument, PortfolioMetrics } from '../api/types';
import { searchWithRange, type MetricsRange } from './metrics-range';

/** A Monte Carlo question (PRODUCT.md §5): when `items` more will be done (default: the unfinished ones), or how many by `until`. */
export type ForecastQuestion = { mode: 'when'; items?: number } | { mode: 'how-many'; until: string };

/** Cache keys under the board's and the portfolio's, so invalidating either refreshes its metrics too. */
export const metricsKeys = {
  board: (boardId: string, range: MetricsRange) => [...keys.metrics(boardId), range] as const,
  portfolio: (portfolioId: string, range: MetricsRange) => ['portfolio', portfolioId, 'metrics', range] as const,
  forecast: (boardId: string, question: ForecastQuestion, today: string | undefined) => ['board', boardId, 'forecast', question, today ?? null] as const,
};

// A new range keeps the previous charts on screen until its numbers arrive, so the page does not jump.
export function useBoardMetrics(boardId: string, range: MetricsRange) {
  return useQuery({
    queryKey: metricsKeys.board(boardId, range),
    queryFn: () => http.get<MetricsDocument>(`/boards/${boardId}/metrics${searchWithRange('', range)}`),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolioMetrics(portfolioId: string, range: MetricsRange) {
  return useQuery({
    queryKey: metricsKeys.portfolio(portfolioId, range),
    queryFn: () => http.get<PortfolioMetrics>(`/portfolios/${portfolioId}/metrics${searchWithRange('', range)}`),
    placeholderData: keepPreviousData,
  });
}

export function forecastPath(boardId: string, question: ForecastQuestion, today: string | undefined): string {
  const params = new URLSearchParams();
  if (question.mode === 'how-many') params.set('until', question.until);
  else if (question.items !== undefined) params.set('items', String(question.items));
  if (today) params.set('today', today);
  const search = params.toString();
  return `/boards/${boardId}/forecast${search ? `?${search}` : ''}`;
}

// A forecast the history cannot support is a 400 that says why: asking again will not change it.
export function useForecast(boardId: string, question: ForecastQuestion, today: string | undefined) {
  return useQuery({
    queryKey: metricsKeys.forecast(boardId, question, today),
    queryFn: () => http.get<ForecastDocument>(forecastPath(boardId, question, today)),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
