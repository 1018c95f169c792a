import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api, explain, isProblem } from '../api/http';
import { keys } from '../api/queries';
import type { Board, EstimationEntry, WsjfInput } from '../api/types';
import { replaceItem } from '../board/optimistic-move';
import { notify } from '../shell/notices';
import { strategyKeys, type Estimation } from './queries';

type Change = { entry: EstimationEntry; value: number | null };

function withEntry(estimation: Estimation | undefined, id: string, change: Partial<EstimationEntry>): Estimation | undefined {
  return estimation && { ...estimation, items: estimation.items.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)) };
}

/**
 * Sets one WSJF input of one item (PATCH /items/{id} with the version read). The choice shows at
 * once; the server's answer brings the new version and the recomputed WSJF, and a refusal puts back
 * what the server holds.
 */
export function useSetWsjfInput(boardId: string, columnId: string, input: WsjfInput) {
  const queryClient = useQueryClient();
  const key = strategyKeys.estimation(boardId, columnId, input);
  return useMutation({
    mutationFn: ({ entry, value }: Change) => answer(api.PATCH('/api/v1/items/{id}', { params: { path: { id: entry.id } }, body: { wsjf: { [input]: value }, version: entry.version } })),
    onMutate: async ({ entry, value }) => {
      await queryClient.cancelQueries({ queryKey: key });
      queryClient.setQueryData<Estimation>(key, (estimation) => withEntry(estimation, entry.id, { value }));
    },
    onSuccess: (item) => {
      // Every input's list of this column holds the item's version: all of them take the new one.
      queryClient.setQueriesData<Estimation>({ queryKey: strategyKeys.columnEstimations(boardId, columnId) }, (estimation) =>
        estimation ? withEntry(estimation, item.id, { value: item.wsjf[estimation.input], version: item.version }) : estimation,
      );
      queryClient.setQueryData<Board>(keys.board(boardId), (board) => (board ? replaceItem(board, item) : board));
      queryClient.setQueryData(keys.item(item.id), item);
    },
    onError: (error, { entry }) => {
      notify(isProblem(error, 'version_conflict') ? `${entry.key} changed meanwhile; its latest values are shown now.` : explain(error), 'error');
      return Promise.all([queryClient.invalidateQueries({ queryKey: key }), queryClient.invalidateQueries({ queryKey: keys.board(boardId), exact: true })]);
    },
  });
}
