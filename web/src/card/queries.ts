import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { http } from '../api/http';
import { keys } from '../api/queries';
import type { WsjfScore } from '../api/types';
import type { Child } from './children';

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
  return useQuery({ queryKey: cardKeys.children(itemId), queryFn: () => http.get<Child[]>(`/items/${itemId}/children`) });
}

export function useWsjfHistory(itemId: string, version: number) {
  return useQuery({
    queryKey: cardKeys.wsjfHistory(itemId, version),
    queryFn: () => http.get<WsjfScore[]>(`/items/${itemId}/wsjf-history`),
    // The older history stays on screen while the newer one loads.
    placeholderData: keepPreviousData,
  });
}
