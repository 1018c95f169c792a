import { linkOptions } from '@tanstack/react-router';

/**
 * Where things live in the app, so that every list links the same way: each gives the options for
 * `<Link {...…}>` and `navigate(…)`, checked against the routes in routes.tsx.
 */
export const boardLink = (boardId: string) => linkOptions({ to: '/boards/$boardId', params: { boardId } });
export const itemLink = (boardId: string, itemId: string) => linkOptions({ to: '/boards/$boardId/items/$itemId', params: { boardId, itemId } });

/** The portfolio page's sections besides its overview (the boards), each at `/portfolios/:id/<section>`. */
export const PORTFOLIO_SECTIONS = ['attention', 'strategy', 'members', 'delegations', 'roles', 'columns', 'integrations'] as const;
export type PortfolioSection = (typeof PORTFOLIO_SECTIONS)[number];

export const portfolioLink = (portfolioId: string, section?: PortfolioSection) =>
  section ? linkOptions({ to: `/portfolios/$portfolioId/${section}`, params: { portfolioId } }) : linkOptions({ to: '/portfolios/$portfolioId', params: { portfolioId } });
