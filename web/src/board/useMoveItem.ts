import { useMutation, useQueryClient } from '@tanstack/react-query';
import { MOVE_MUTATION } from '../api/board-events';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';
import type { Board, BoardCard, Item, MoveResult } from '../api/types';
import { notify } from '../shell/notices';
import { applyLaneChange, type LaneChange } from './lanes';
import { applyMove, replaceItem } from './optimistic-move';
import type { Placement } from './placement';

/**
 * A card dropped somewhere: into a column at a place (`placement` null: it keeps its place in its
 * column), and into a lane (`lane`: the value it takes on). `said`: what the page says once the move went through,
 * when nothing else tells (a move chosen in the card's view, not dropped).
 */
export type MoveRequest = { item: BoardCard; columnId: string; placement: Placement | null; lane?: LaneChange | null; override?: { reason: string }; said?: string };

/** The move went through but the lane change that came with it did not. */
class LaneChangeRefused extends Error {
  constructor(
    readonly refusal: unknown,
    readonly moved: Item,
  ) {
    super('lane change refused after the move');
  }
}

/**
 * The move first, then the lane change with the version the move left: a move the policies refuse
 * (WIP limit, gate, exit criteria) leaves the card's lane alone too.
 */
async function send({ item, columnId, placement, lane, override }: MoveRequest): Promise<MoveResult> {
  const moved = placement ? await answer(api.POST('/api/v1/items/{id}/move', { params: { path: { id: item.id } }, body: { columnId, ...placement, version: item.version, ...(override ? { override } : {}) } })) : null;
  if (!lane) return moved!;
  try {
    const changed = await answer(api.PATCH('/api/v1/items/{id}', { params: { path: { id: item.id } }, body: { ...lane, version: (moved ?? item).version } }));
    return { ...changed, ...(moved?.warnings ? { warnings: moved.warnings } : {}), ...(moved?.suggestions ? { suggestions: moved.suggestions } : {}) };
  } catch (error) {
    throw moved ? new LaneChangeRefused(error, moved) : error;
  }
}

/**
 * Moves are optimistic: the card lands where it was dropped (column, place and lane) at once, and goes
 * back, with the server's explanation, when the server refuses.
 */
export function useMoveItem(boardId: string, onRefused: (error: unknown, move: MoveRequest, refusedOnly: 'move' | 'lane') => void) {
  const queryClient = useQueryClient();
  const boardKey = keys.board(boardId);
  return useMutation({
    mutationKey: MOVE_MUTATION(boardId),
    mutationFn: send,
    onMutate: async ({ item, columnId, placement, lane }) => {
      await queryClient.cancelQueries({ queryKey: boardKey, exact: true });
      const previous = queryClient.getQueryData<Board>(boardKey);
      if (previous) {
        const moved = placement ? applyMove(previous, item.id, columnId, placement, new Date().toISOString()) : previous;
        queryClient.setQueryData(boardKey, lane ? applyLaneChange(moved, item.id, lane) : moved);
      }
      return { previous };
    },
    onError: (error, move, context) => {
      if (error instanceof LaneChangeRefused) {
        // Only the lane goes back: the card did move.
        if (context?.previous) queryClient.setQueryData(boardKey, replaceItem(context.previous, error.moved));
        onRefused(error.refusal, move, 'lane');
        return;
      }
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
      onRefused(error, move, 'move');
    },
    onSuccess: ({ warnings, suggestions, ...item }, { said }) => {
      queryClient.setQueryData<Board>(boardKey, (board) => (board ? replaceItem(board, item) : board));
      queryClient.setQueryData(keys.item(item.id), item);
      if (said) notify(said);
      // Accepted, with something worth knowing: a strategy guardrail passed, or a parent that could now be done.
      for (const note of [...(warnings ?? []), ...(suggestions ?? [])]) notify(note.message);
    },
    onSettled: () => {
      if (queryClient.isMutating({ mutationKey: MOVE_MUTATION(boardId) }) <= 1) void queryClient.invalidateQueries({ queryKey: boardKey, exact: true });
    },
  });
}
