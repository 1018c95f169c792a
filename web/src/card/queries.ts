import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answer, api } from '../api/http';
import { keys, usePortfolio } from '../api/queries';
import type { LinkableBoard } from './link-choices';

/**
 * The card's own reads, under the item's key: the realtime events and saves that invalidate the item
 * refresh them too (the parent's item changes whenever a child's move changes its roll-up).
 */
export const cardKeys = {
  children: (itemId: string) => [...keys.item(itemId), 'children'] as const,
  // The version makes a save that changed WSJF read the new history at once.
  wsjfHistory: (itemId: string, version: number) => [...keys.item(itemId), 'wsjf-history', version] as const,
};

export function useChildren(itemId: string) {
  return useQuery({ queryKey: cardKeys.children(itemId), queryFn: () => answer(api.GET('/api/v1/items/{id}/children', { params: { path: { id: itemId } } })) });
}

export function useWsjfHistory(itemId: string, version: number) {
  return useQuery({
    queryKey: cardKeys.wsjfHistory(itemId, version),
    queryFn: () => answer(api.GET('/api/v1/items/{id}/wsjf-history', { params: { path: { id: itemId } } })),
    // The older history stays on screen while the newer one loads.
    placeholderData: keepPreviousData,
  });
}

/** A read made of several: its data once every part has arrived, or the first part's failure. */
export type CombinedLookup<T> = { data: T | undefined; isError: boolean; error: unknown };

/**
 * The items of every board of the portfolio, board by board, for links across boards (a parent or a
 * blocker on a team board): one short row per item from the server rather than every board's cards.
 */
export function usePortfolioLinkables(portfolioId: string): CombinedLookup<LinkableBoard[]> {
  const portfolio = usePortfolio(portfolioId);
  const items = useQuery({
    queryKey: [...keys.portfolio(portfolioId), 'items'],
    queryFn: () => answer(api.GET('/api/v1/portfolios/{id}/items', { params: { path: { id: portfolioId } } })),
    // A long portfolio's list is not read again for every card opened; links are kept by id, so a list a little old does no harm.
    staleTime: 30_000,
  });
  if (portfolio.data && items.data) {
    const list = items.data;
    return { data: portfolio.data.boards.map((board) => ({ id: board.id, name: board.name, items: list.filter((item) => item.boardId === board.id) })), isError: false, error: null };
  }
  const failed = [portfolio, items].find((lookup) => lookup.isError);
  return { data: undefined, isError: failed !== undefined, error: failed?.error ?? null };
}
