import { linkOptions } from '@tanstack/react-router';
import type { WsjfInput } from '../api/types';

/** Where the strategy views live (routes.tsx), so that every link to them is written once. */
export const strategyLink = (portfolioId: string) => linkOptions({ to: '/portfolios/$portfolioId/strategy', params: { portfolioId } });
export const dependencyMapLink = (portfolioId: string) => linkOptions({ to: '/portfolios/$portfolioId/dependencies', params: { portfolioId } });
export const roadmapLink = (portfolioId: string) => linkOptions({ to: '/portfolios/$portfolioId/roadmap', params: { portfolioId } });
export const estimationLink = (boardId: string, columnId: string, input?: WsjfInput) =>
  linkOptions({ to: '/boards/$boardId/columns/$columnId/estimate', params: { boardId, columnId }, search: input ? { input } : {} });
