import { useQuery } from '@tanstack/react-query';
import { answer, api } from '../api/http';
import type { DependencyEdge, DependencyNode, EstimationEntry, RoadmapGroupBy, WsjfInput } from '../api/types';

/**
 * Cache keys of the strategy views. They sit under the portfolio's and the board's keys, so that
 * invalidating a portfolio or a board refreshes them too.
 */
export const strategyKeys = {
  themes: (portfolioId: string) => ['portfolio', portfolioId, 'themes'] as const,
  valueStreams: (portfolioId: string) => ['portfolio', portfolioId, 'value-streams'] as const,
  allocation: (portfolioId: string) => ['portfolio', portfolioId, 'allocation'] as const,
  dependencies: (portfolioId: string) => ['portfolio', portfolioId, 'dependencies'] as const,
  roadmaps: (portfolioId: string) => ['portfolio', portfolioId, 'roadmap'] as const,
  roadmap: (portfolioId: string, groupBy: RoadmapGroupBy) => ['portfolio', portfolioId, 'roadmap', groupBy] as const,
  columnEstimations: (boardId: string, columnId: string) => ['board', boardId, 'wsjf', columnId] as const,
  estimation: (boardId: string, columnId: string, input: WsjfInput) => ['board', boardId, 'wsjf', columnId, input] as const,
};

/** `enabled` false leaves the themes unread until they are needed (a board whose cards name none). */
export const useThemes = (portfolioId: string, enabled = true) =>
  useQuery({ queryKey: strategyKeys.themes(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/themes', { params: { path: { id: portfolioId } } })), enabled });

export function useValueStreams(portfolioId: string) {
  return useQuery({ queryKey: strategyKeys.valueStreams(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/value-streams', { params: { path: { id: portfolioId } } })) });
}

export function useAllocation(portfolioId: string) {
  return useQuery({ queryKey: strategyKeys.allocation(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/allocation', { params: { path: { id: portfolioId } } })) });
}

export type DependencyGraph = { nodes: DependencyNode[]; edges: DependencyEdge[] };

export function useDependencyGraph(portfolioId: string) {
  return useQuery({ queryKey: strategyKeys.dependencies(portfolioId), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/dependencies', { params: { path: { id: portfolioId } } })) });
}

export function useRoadmap(portfolioId: string, groupBy: RoadmapGroupBy) {
  return useQuery({ queryKey: strategyKeys.roadmap(portfolioId, groupBy), queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/roadmap', { params: { path: { id: portfolioId }, query: { groupBy } } })) });
}

export type Estimation = { columnId: string; input: WsjfInput; scale: number[]; items: EstimationEntry[] };

export function useEstimation(boardId: string, columnId: string, input: WsjfInput) {
  return useQuery({
    queryKey: strategyKeys.estimation(boardId, columnId, input),
    queryFn: () => answer(api.GET('/api/v1/boards/{id}/columns/{columnId}/wsjf', { params: { path: { id: boardId, columnId }, query: { input } } })),
  });
}
