import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { gateCrossed } from '../../../src/domain/move-policy';
import { answer, api } from '../api/http';
import { withCreatedEntry } from '../api/created-entry';
import { keys } from '../api/queries';
import type { Board, RequestBody } from '../api/types';
import { FormActions } from '../setup/FieldErrors';
import { Dialog } from '../shell/Dialog';
import { notify } from '../shell/notices';
import { focusCardOnceShown } from './card-focus';
import { CLASS_OF_SERVICE_OPTIONS } from './class-of-service';
import { mayOverrideRefusal, OverrideReasonField } from './override-reason';

/**
 * A new card; a holder of wip.override whose card a column refuses gives a reason here and creates it anyway. A
 * column behind a go/no-go gate is offered only to someone who may approve it: anyone else's card would be refused.
 */
export function NewItemDialog({ board, mayOverride, mayApprove, onClose }: { board: Board; mayOverride: boolean; mayApprove: boolean; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const create = useMutation({
    mutationFn: (input: RequestBody<'createItem'>) => answer(api.POST('/api/v1/boards/{id}/items', { params: { path: { id: board.id } }, body: input })),
    onSuccess: (item) => {
      queryClient.setQueryData<Board>(keys.board(board.id), (current) => (current ? { ...current, items: withCreatedEntry(current.items, item) } : current));
      void queryClient.invalidateQueries({ queryKey: keys.board(board.id), exact: true });
      notify(`${item.key} "${item.title}" created.`);
      onClose();
      focusCardOnceShown(item.id);
    },
  });
  const overriding = mayOverrideRefusal(create.error, mayOverride);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({
      title: String(form.get('title')),
      columnId: String(form.get('columnId')),
      classOfService: CLASS_OF_SERVICE_OPTIONS.find((option) => option.value === form.get('classOfService'))?.value,
      ...(overriding && reason.trim() ? { override: { reason: reason.trim() } } : {}),
    });
  };
  return (
    <Dialog title="New item" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <label>
          Title
          <input name="title" required maxLength={200} autoFocus />
        </label>
        <label>
          Column
          <select name="columnId" defaultValue={board.columns[0]?.id}>
            {board.columns.map((c) => {
              const gated = !mayApprove && gateCrossed(board.columns, null, c.id) !== null;
              return (
                <option key={c.id} value={c.id} disabled={gated}>
                  {c.name}
                  {gated ? ' (past a go/no-go decision)' : ''}
                </option>
              );
            })}
          </select>
        </label>
        <label>
          Class of service
          <select name="classOfService" defaultValue="standard">
            {CLASS_OF_SERVICE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        {overriding && <OverrideReasonField value={reason} onChange={setReason} />}
        <FormActions error={create.error} pending={create.isPending} submitLabel={overriding ? 'Override and create' : 'Create'} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
