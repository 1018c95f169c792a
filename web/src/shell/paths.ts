import { linkOptions } from '@tanstack/react-router';

/**
 * Where things live in the app, so that every list links the same way: each gives the options for
 * `<Link {...…}>` and `navigate(…)`, checked against the routes in routes.tsx.
 */
export const boardLink = (boardId: string) => linkOptions({ to: '/boards/$boardId', params: { boardId } });
/** `section` names a part of the card to show first (e.g. `approval`), as the URL's hash. */
export const itemLink = (boardId: string, itemId: string, section?: string) =>
  linkOptions({ to: '/boards/$boardId/items/$itemId', params: { boardId, itemId }, ...(section ? { hash: section } : {}) });
/**
 * A card opened from a page other than its board (a list, a notification, the roadmap): closing it goes back to that
 * page rather than on to the board, which the person never chose to visit.
 */
export const itemLinkFromPage = (boardId: string, itemId: string, section?: string) => ({ ...itemLink(boardId, itemId, section), state: { closesBack: true } });
export const responsibilityLink = (boardId: string) => linkOptions({ to: '/boards/$boardId/responsibility', params: { boardId } });
/** The ideas a board's triage declined or merged into another item. */
export const declinedLink = (boardId: string) => linkOptions({ to: '/boards/$boardId/declined', params: { boardId } });

/** The portfolio page's sections besides its overview (the boards), each at `/portfolios/:id/<section>`. */
export const PORTFOLIO_SECTIONS = ['attention', 'reviews', 'strategy', 'members', 'delegations', 'roles', 'columns', 'integrations'] as const;
export type PortfolioSection = (typeof PORTFOLIO_SECTIONS)[number];

export const portfolioLink = (portfolioId: string, section?: PortfolioSection) =>
  section ? linkOptions({ to: `/portfolios/$portfolioId/${section}`, params: { portfolioId } }) : linkOptions({ to: '/portfolios/$portfolioId', params: { portfolioId } });

/** The portfolio's column settings, with that board chosen and that column open. */
export const columnSettingsLink = (portfolioId: string, boardId: string, columnId: string) =>
  linkOptions({ to: '/portfolios/$portfolioId/columns', params: { portfolioId }, search: { board: boardId, column: columnId } });

/** One review of a portfolio: review mode while it is open, its minutes once closed. */
export const reviewLink = (portfolioId: string, reviewId: string) => linkOptions({ to: '/portfolios/$portfolioId/reviews/$reviewId', params: { portfolioId, reviewId } });

declare module '@tanstack/history' {
  interface HistoryState {
    /** Set by `itemLinkFromPage`: the card's dialog closes back to the page it was opened from. */
    closesBack?: boolean;
  }
}
