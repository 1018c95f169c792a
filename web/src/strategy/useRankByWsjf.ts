import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import type { Board, RankedEntry } from '../api/types';
import { notify } from '../shell/notices';
import { applyRanking } from './apply-ranking';
import { strategyKeys } from './queries';
import { counted } from '../../../src/domain/words';

/** A column's new order, highest first, with each item's WSJF score and votes. */
type Entry = Pick<RankedEntry, 'id' | 'rank' | 'version' | 'score'> & { votes: number };

/** What a column can be ranked by, with how the notice names it and what it says of the items left last. */
const RANKINGS = {
  wsjf: { path: '/api/v1/boards/{id}/columns/{columnId}/rank-by-wsjf', words: 'WSJF', without: 'without a score', unranked: (entry: Entry) => entry.score === null },
  votes: { path: '/api/v1/boards/{id}/columns/{columnId}/rank-by-votes', words: 'votes', without: 'without a vote', unranked: (entry: Entry) => entry.votes === 0 },
} as const;

/**
 * "Rank by WSJF" (PRODUCT.md §4) and "Rank by votes" (§11): the server orders the whole column, highest
 * first; the board shows it at once.
 */
export function useRankColumn(boardId: string, column: { id: string; name: string }, by: keyof typeof RANKINGS) {
  const queryClient = useQueryClient();
  const ranking = RANKINGS[by];
  return useMutation({
    mutationFn: () => answer(api.POST(ranking.path, { params: { path: { id: boardId, columnId: column.id } } })),
    onSuccess: ({ order }) => {
      queryClient.setQueryData<Board>(keys.board(boardId), (board) => (board ? applyRanking(board, order) : board));
      const unranked = order.filter((entry) => ranking.unranked(entry)).length;
      notify(`${column.name} ranked by ${ranking.words}: ${counted(order.length, 'item')}${unranked ? `, ${unranked} ${ranking.without} kept last` : ''}.`);
    },
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: keys.board(boardId), exact: true }), queryClient.invalidateQueries({ queryKey: strategyKeys.columnEstimations(boardId, column.id) })]),
  });
}

export const useRankByWsjf = (boardId: string, column: { id: string; name: string }) => useRankColumn(boardId, column, 'wsjf');
