import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { answer, api } from '../api/http';
import { withCreatedEntry } from '../api/created-entry';
import { keys } from '../api/queries';
import type { Board } from '../api/types';
import { FormActions } from '../setup/FieldErrors';
import { Dialog } from '../shell/Dialog';
import { notify } from '../shell/notices';
import { useValueStreams } from '../strategy/queries';

/** A short form for anyone who may propose ideas: the idea lands in the board's first column, its intake. */
export function ProposeIdeaDialog({ board, onClose }: { board: Board; onClose: () => void }) {
  const queryClient = useQueryClient();
  const valueStreams = useValueStreams(board.portfolioId);
  const intake = board.columns[0]?.name ?? 'the first column';
  const propose = useMutation({
    mutationFn: (input: { title: string; description?: string; valueStreamId?: string }) => answer(api.POST('/api/v1/boards/{id}/ideas', { params: { path: { id: board.id } }, body: input })),
    onSuccess: (item) => {
      queryClient.setQueryData<Board>(keys.board(board.id), (current) => (current ? { ...current, items: withCreatedEntry(current.items, item) } : current));
      void queryClient.invalidateQueries({ queryKey: keys.board(board.id), exact: true });
      void queryClient.invalidateQueries({ queryKey: keys.myIdeas });
      notify(`Thank you: your idea ${item.key} "${item.title}" is in ${intake}. You follow it and will hear when it moves.`);
      onClose();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const description = String(form.get('description')).trim();
    const valueStreamId = String(form.get('valueStreamId') ?? '');
    propose.mutate({ title: String(form.get('title')).trim(), ...(description ? { description } : {}), ...(valueStreamId ? { valueStreamId } : {}) });
  };
  return (
    <Dialog title="Propose an idea" onClose={onClose}>
      <form onSubmit={submit} className="stack" aria-label="Propose an idea">
        <p className="hint">Your idea goes into {intake}, where the people who triage this board look at it. Others can vote for it.</p>
        <label>
          Your idea in a few words
          <input name="title" required maxLength={200} autoFocus />
        </label>
        <label>
          What problem it solves, for whom (optional)
          <textarea name="description" rows={4} maxLength={10_000} />
        </label>
        {valueStreams.data && valueStreams.data.length > 0 && (
          <label>
            Value stream it serves (optional)
            <select name="valueStreamId" defaultValue="">
              <option value="">Not sure</option>
              {valueStreams.data.map((stream) => (
                <option key={stream.id} value={stream.id}>
                  {stream.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <FormActions error={propose.error} pending={propose.isPending} submitLabel="Propose idea" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
