import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { answer, api, explain, isProblem, ProblemError } from '../api/http';
import { keys } from '../api/queries';
import type { Board, Item } from '../api/types';
import { replaceItem } from '../board/optimistic-move';
import { dismiss, notify } from '../shell/notices';

const CONFLICT = 409;

/**
 * Item writes carry the version read; a conflict (the card changed meanwhile, so that the write no longer applies: a
 * newer version, a block someone else raised or cleared) reloads the card, and its board's tile, so the user sees the
 * newer state. `wordRefusal` words a refusal the card's own words can say better than the server's sentence. A
 * refusal's notice goes once the same write succeeds: it no longer holds.
 */
export function useItemWrite<Input>(item: Item, request: (input: Input) => Promise<Item>, success?: string, wordRefusal?: (error: unknown) => string | undefined) {
  const queryClient = useQueryClient();
  const refusal = useRef<number | null>(null);
  return useMutation({
    mutationFn: request,
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.item(updated.id), updated);
      queryClient.setQueryData<Board>(keys.board(updated.boardId), (board) => (board ? replaceItem(board, updated) : board));
      void queryClient.invalidateQueries({ queryKey: keys.item(updated.id) });
      if (refusal.current !== null) dismiss(refusal.current);
      refusal.current = null;
      if (success) notify(success);
    },
    onError: (error) => {
      if (error instanceof ProblemError && error.problem.status === CONFLICT) {
        void queryClient.invalidateQueries({ queryKey: keys.item(item.id) });
        void queryClient.invalidateQueries({ queryKey: keys.board(item.boardId) });
      }
      if (refusal.current !== null) dismiss(refusal.current);
      refusal.current = notify(wordRefusal?.(error) ?? explain(error), 'error');
    },
  });
}

/** The card form's save: refused because the card changed meanwhile, the form shows it as it is now, with the reader's changes kept. */
const savedOverNewer = (error: unknown) =>
  isProblem(error, 'version_conflict') ? 'Someone changed this card meanwhile: the form now shows it as it is, with your changes kept. Check them and save again.' : undefined;

export function usePatchItem(item: Item) {
  return useItemWrite(item, (changes: Record<string, unknown>) => answer(api.PATCH('/api/v1/items/{id}', { params: { path: { id: item.id } }, body: { ...changes, version: item.version } })), 'Card saved.', savedOverNewer);
}
