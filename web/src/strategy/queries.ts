import { useQuery } from '@tanstack/react-query';
import { http } from '../api/http';
import type { DependencyEdge, DependencyNode, EstimationEntry, PortfolioAllocation, Roadmap, RoadmapGroupBy, Theme, ValueStream, WsjfInput } from '../api/types';

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
  useQuery({ queryKey: strategyKeys.themes(portfolioId), queryFn: () => http.get<Theme[]>(`/portfolios/${portfolioId}/themes`), enabled });

export function useValueStreams(portfolioId: string) {
  return useQuery({ queryKey: strategyKeys.valueStreams(portfolioId), queryFn: () => http.get<ValueStream[]>(`/portfolios/${portfolioId}/value-streams`) });
}

export function useAllocation(portfolioId: string) {
  return useQuery({ queryKey: strategyKeys.allocation(portfolioId), queryFn: () => http.get<PortfolioAllocation>(`/portfolios/${portfolioId}/allocation`) });
}

export type DependencyGraph = { nodes: DependencyNode[]; edges: DependencyEdge[] };

export function useDependencyGraph(portfolioId: string) {
  return useQuery({ queryKey: strategyKeys.dependencies(portfolioId), queryFn: () => http.get<DependencyGraph>(`/portfolios/${portfolioId}/dependencies`) });
}

export function useRoadmap(portfolioId: string, groupBy: RoadmapGroupBy) {
  return useQuery({ queryKey: strategyKeys.roadmap(portfolioId, groupBy), queryFn: () => http.get<Roadmap>(`/portfolios/${portfolioId}/roadmap?groupBy=${groupBy}`) });
}

export type Estimation = { columnId: string; input: WsjfInput; scale: number[]; items: EstimationEntry[] };

export function useEstimation(boardId: string, columnId: string, input: WsjfInput) {
  return useQuery({
    queryKey: strategyKeys.estimation(boardId, columnId, input),
    queryFn: () => http.get<Estimation>(`/boards/${boardId}/columns/${columnId}/wsjf?input=${input}`),
  });
}
