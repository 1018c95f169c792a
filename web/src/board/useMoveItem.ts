import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MOVE_MUTATION } from '../api/board-events';
import { http } from '../api/http';
import { keys } from '../api/queries';
import type { Board, Item, MoveResult } from '../api/types';
import { notify } from '../shell/notices';
import { applyMove, replaceItem } from './optimistic-move';
import type { Placement } from './placement';

export type MoveRequest = { item: Item; columnId: string; placement: Placement; override?: { reason: string } };

/**
 * Moves are optimistic: the card lands where it was dropped at once, and goes back, with the
 * server's explanation, when the server refuses.
 */
export function useMoveItem(boardId: string, onRefused: (error: unknown, move: MoveRequest) => void) {
  const queryClient = useQueryClient();
  const boardKey = keys.board(boardId);
  return useMutation({
    mutationKey: MOVE_MUTATION(boardId),
    mutationFn: ({ item, columnId, placement, override }: MoveRequest) =>
      http.post<MoveResult>(`/items/${item.id}/move`, { columnId, ...placement, version: item.version, ...(override ? { override } : {}) }),
    onMutate: async ({ item, columnId, placement }) => {
      await queryClient.cancelQueries({ queryKey: boardKey, exact: true });
      const previous = queryClient.getQueryData<Board>(boardKey);
      if (previous) queryClient.setQueryData(boardKey, applyMove(previous, item.id, columnId, placement, new Date().toISOString()));
      return { previous };
    },
    onError: (error, move, context) => {
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
      onRefused(error, move);
    },
    onSuccess: ({ warnings, suggestions, ...item }) => {
      queryClient.setQueryData<Board>(boardKey, (board) => (board ? replaceItem(board, item) : board));
      queryClient.setQueryData(keys.item(item.id), item);
      // Accepted, with something worth knowing: a strategy guardrail passed, or a parent that could now be done.
      for (const note of [...(warnings ?? []), ...(suggestions ?? [])]) notify(note.message);
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey: MOVE_MUTATION(boardId) }) <= 1) void queryClient.invalidateQueries({ queryKey: boardKey, exact: true });
    },
  });
}
