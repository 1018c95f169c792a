import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api, explain, isProblem } from '../api/http';
import { keys } from '../api/queries';
import type { Board, Item } from '../api/types';
import { replaceItem } from '../board/optimistic-move';
import { notify } from '../shell/notices';

/** Item writes carry the version read; a conflict reloads the card so the user sees the newer state. */
export function useItemWrite<Input>(item: Item, request: (input: Input) => Promise<Item>, success?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (updated) => {
      queryClient.setQueryData(keys.item(updated.id), updated);
      queryClient.setQueryData<Board>(keys.board(updated.boardId), (board) => (board ? replaceItem(board, updated) : board));
      void queryClient.invalidateQueries({ queryKey: keys.item(updated.id) });
      if (success) notify(success);
    },
    onError: (error) => {
      if (isProblem(error, 'version_conflict')) void queryClient.invalidateQueries({ queryKey: keys.item(item.id) });
      notify(explain(error), 'error');
    },
  });
}

export function usePatchItem(item: Item) {
  return useItemWrite(item, (changes: Record<string, unknown>) => answer(api.PATCH('/api/v1/items/{id}', { params: { path: { id: item.id } }, body: { ...changes, version: item.version } })), 'Card saved.');
}
