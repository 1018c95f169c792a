import { useMutation, useQueryClient } from '@tanstack/react-query';
import { explain, http } from '../api/http';
import { keys } from '../api/queries';
import type { Board, RankedEntry } from '../api/types';
import { notify } from '../shell/notices';
import { applyRanking } from './apply-ranking';
import { strategyKeys } from './queries';

type Ranking = { columnId: string; order: RankedEntry[] };

/** "Rank by WSJF" (PRODUCT.md §4): the server orders the whole column, highest WSJF first; the board shows it at once. */
export function useRankByWsjf(boardId: string, column: { id: string; name: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => http.post<Ranking>(`/boards/${boardId}/columns/${column.id}/rank-by-wsjf`),
    onSuccess: ({ order }) => {
      queryClient.setQueryData<Board>(keys.board(boardId), (board) => (board ? applyRanking(board, order) : board));
      const unscored = order.filter((entry) => entry.score === null).length;
      notify(`${column.name} ranked by WSJF: ${order.length} item${order.length === 1 ? '' : 's'}${unscored ? `, ${unscored} without a score kept last` : ''}.`);
    },
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: keys.board(boardId), exact: true }), queryClient.invalidateQueries({ queryKey: strategyKeys.columnEstimations(boardId, column.id) })]),
  });
}
