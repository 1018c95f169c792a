import type { WsjfInput } from '../api/types';

/** Where the strategy views live, so that every link to them is written once. */
export const strategyPath = (portfolioId: string) => `/portfolios/${portfolioId}/strategy`;
export const dependencyMapPath = (portfolioId: string) => `/portfolios/${portfolioId}/dependencies`;
export const roadmapPath = (portfolioId: string) => `/portfolios/${portfolioId}/roadmap`;
export const estimationPath = (boardId: string, columnId: string, input?: WsjfInput) => `/boards/${boardId}/columns/${columnId}/estimate${input ? `?input=${input}` : ''}`;
