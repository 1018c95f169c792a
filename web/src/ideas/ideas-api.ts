import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import type { Board, Item } from '../api/types';
import { notify } from '../shell/notices';

/** Puts the item a vote or follow answers into the card and the board at once; the board's event refreshes the rest. */
function useItemToggle(item: Item, path: 'vote' | 'follow', done: { on: string; off: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (on: boolean): Promise<Item | undefined> => {
      const itemPath = path === 'vote' ? '/api/v1/items/{id}/vote' : '/api/v1/items/{id}/follow';
      const params = { path: { id: item.id } };
      if (on) return answer(api.PUT(itemPath, { params }));
      await answer(api.DELETE(itemPath, { params }));
      return undefined;
    },
    onSuccess: (answer, on) => {
      if (answer) {
        queryClient.setQueryData<Item>(keys.item(item.id), answer);
        queryClient.setQueryData<Board>(keys.board(item.boardId), (board) => (board ? { ...board, items: board.items.map((i) => (i.id === answer.id ? answer : i)) } : board));
      }
      notify(on ? done.on : done.off);
    },
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.item(item.id), exact: true }),
        queryClient.invalidateQueries({ queryKey: keys.board(item.boardId), exact: true }),
        queryClient.invalidateQueries({ queryKey: keys.myIdeas }),
      ]),
  });
}

export const useVote = (item: Item) => useItemToggle(item, 'vote', { on: `You vote for ${item.key}.`, off: `Your vote for ${item.key} is withdrawn.` });
export const useFollow = (item: Item) =>
  useItemToggle(item, 'follow', { on: `You follow ${item.key}: you will hear when it moves or is decided.`, off: `You no longer follow ${item.key}.` });

/**
 * Declining or merging closes the idea: it leaves the board at once (the card's dialog closes with it)
 * and the notice says what became of it.
 */
export function useTriage(item: Item, onClosed: () => void) {
  const queryClient = useQueryClient();
  const leaveBoard = (message: string) => {
    queryClient.setQueryData<Board>(keys.board(item.boardId), (board) => (board ? { ...board, items: board.items.filter((i) => i.id !== item.id) } : board));
    notify(message);
    onClosed();
  };
  const settle = () => Promise.all([queryClient.invalidateQueries({ queryKey: keys.board(item.boardId) }), queryClient.invalidateQueries({ queryKey: keys.myIdeas })]);
  const decline = useMutation({
    mutationFn: (reason: string) => answer(api.POST('/api/v1/items/{id}/decline', { params: { path: { id: item.id } }, body: { reason } })),
    onSuccess: () => leaveBoard(`${item.key} "${item.title}" was declined; it is in the board's declined ideas.`),
    onSettled: settle,
  });
  const merge = useMutation({
    mutationFn: (into: { id: string; key: string }) => answer(api.POST('/api/v1/items/{id}/merge', { params: { path: { id: item.id } }, body: { intoItemId: into.id } })),
    onSuccess: (_answer, into) => leaveBoard(`${item.key} "${item.title}" was merged into ${into.key}; its votes and followers moved there.`),
    onSettled: settle,
  });
  return { decline, merge };
}

/** Reopening a declined idea puts it back on its board: the card stays open, as an open card. */
export function useReopen(item: Item) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => answer(api.POST('/api/v1/items/{id}/reopen', { params: { path: { id: item.id } }, body: { reason } })),
    onSuccess: (reopened) => {
      queryClient.setQueryData<Item>(keys.item(item.id), reopened);
      notify(`${item.key} "${item.title}" is open again, back on its board.`);
    },
    // The board's prefix takes its declined list along.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: keys.board(item.boardId) }), queryClient.invalidateQueries({ queryKey: keys.myIdeas })]),
  });
}

export const useDeclined = (boardId: string) => useQuery({ queryKey: keys.declined(boardId), queryFn: () => answer(api.GET('/api/v1/boards/{id}/declined', { params: { path: { id: boardId } } })) });
export const useMyIdeas = () => useQuery({ queryKey: keys.myIdeas, queryFn: () => answer(api.GET('/api/v1/me/ideas')) });
export const useIntakeLinks = (boardId: string) => useQuery({ queryKey: keys.intakeLinks(boardId), queryFn: () => answer(api.GET('/api/v1/boards/{id}/intake-links', { params: { path: { id: boardId } } })) });
