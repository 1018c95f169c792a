import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';
import type { Query } from '../api/types';
import type { MetricsRange } from './metrics-range';

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
    queryFn: () => answer(api.GET('/api/v1/boards/{id}/metrics', { params: { path: { id: boardId }, query: rangeQuery(range) } })),
    placeholderData: keepPreviousData,
  });
}

export function usePortfolioMetrics(portfolioId: string, range: MetricsRange) {
  return useQuery({
    queryKey: metricsKeys.portfolio(portfolioId, range),
    queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/metrics', { params: { path: { id: portfolioId }, query: rangeQuery(range) } })),
    placeholderData: keepPreviousData,
  });
}

/** The range's days that are given: an empty one is left out, as if absent. */
function rangeQuery(range: MetricsRange): MetricsRange {
  return Object.fromEntries(Object.entries(range).filter(([, day]) => day));
}

function forecastQuery(question: ForecastQuestion, today: string | undefined): Query<'getBoardForecast'> {
  return {
    ...(question.mode === 'how-many' ? { until: question.until } : question.items !== undefined ? { items: String(question.items) } : {}),
    ...(today ? { today } : {}),
  };
}

// A forecast the history cannot support is a 400 that says why: asking again will not change it.
export function useForecast(boardId: string, question: ForecastQuestion, today: string | undefined) {
  return useQuery({
    queryKey: metricsKeys.forecast(boardId, question, today),
    queryFn: () => answer(api.GET('/api/v1/boards/{id}/forecast', { params: { path: { id: boardId }, query: forecastQuery(question, today) } })),
    placeholderData: keepPreviousData,
    retry: false,
  });
}
