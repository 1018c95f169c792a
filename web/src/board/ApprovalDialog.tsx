import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api, type Problem } from '../api/http';
import { keys, useItemApprovals } from '../api/queries';
import type { Board } from '../api/types';
import { RequestSummary } from '../card/RequestSummary';
import { FormActions } from '../setup/FieldErrors';
import { Dialog } from '../shell/Dialog';
import { notify } from '../shell/notices';
import { replaceItem } from './optimistic-move';
import type { MoveRequest } from './useMoveItem';

type Props = { boardId: string; move: MoveRequest; stayingIn: string; columnName: (columnId: string) => string; problem: Problem; onClose: () => void };

/**
 * A move into (or past) a gate needs a go/no-go: the mover asks for it instead, and approvers are notified.
 * A card that already awaits one is not asked for again: the dialog shows the request the approvers have.
 */
export function ApprovalDialog(props: Props) {
  const approvals = useItemApprovals(props.move.item.id);
  const pending = approvals.data?.find((request) => request.status === 'pending');
  return (
    <Dialog title={pending ? 'Approval already requested' : 'Approval needed'} onClose={props.onClose}>
      {approvals.isPending ? (
        <p className="hint">Looking for an approval already requested…</p>
      ) : pending ? (
        <div className="stack">
          <p>
            {props.move.item.key} already awaits a go or no-go decision. It stays in {props.stayingIn} until the approvers decide.
          </p>
          <RequestSummary request={pending} columnName={props.columnName(pending.columnId)} />
          <div className="actions">
            <button type="button" onClick={props.onClose}>
              OK
            </button>
          </div>
        </div>
      ) : (
        <RequestApprovalForm {...props} />
      )}
    </Dialog>
  );
}

/** A drop into another lane also asked for a field change that needs no approval: the mover may make it now. */
function RequestApprovalForm({ boardId, move, stayingIn, problem, onClose }: Props) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [changeLaneNow, setChangeLaneNow] = useState(true);
  const { item, lane } = move;
  const request = useMutation({
    mutationFn: async () => {
      await answer(api.POST('/api/v1/items/{id}/approval-requests', { params: { path: { id: item.id } }, body: { columnId: move.columnId, ...(note.trim() ? { note: note.trim() } : {}) } }));
      if (!lane || !changeLaneNow) return;
      // Shown from the answer at once, as a move is, not only when the board's live feed brings it.
      const changed = await answer(api.PATCH('/api/v1/items/{id}', { params: { path: { id: item.id } }, body: { ...lane, version: item.version } }));
      queryClient.setQueryData<Board>(keys.board(boardId), (board) => (board ? replaceItem(board, changed) : board));
      queryClient.setQueryData(keys.item(changed.id), changed);
    },
    onSuccess: () => {
      // A board read before the request (the refused move's refetch, the request's own change) may still be on its
      // way: asked again now, it cannot put the card back in the lane it left.
      void queryClient.invalidateQueries({ queryKey: keys.board(boardId), exact: true });
      // The screen reader heard the card released over the gated column: it says where the card waits.
      notify(`Approval requested for ${item.key}; the approvers have been notified. It stays in ${stayingIn} until they decide.`);
      onClose();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <form onSubmit={submit} className="stack">
      <p className="problem-detail">{problem.detail}</p>
      <label>
        Note for the approvers <span className="hint">(optional)</span>
        {/* The keyboard starts where the request is written, as the override's reason does. */}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} autoFocus />
      </label>
      {lane && (
        <label className="checkbox">
          <input type="checkbox" checked={changeLaneNow} onChange={(e) => setChangeLaneNow(e.target.checked)} />
          Put it in the lane it was dropped in now — only the column needs the approval
        </label>
      )}
      <FormActions error={request.error} pending={request.isPending} submitLabel="Request approval" cancelLabel="Not now" onCancel={onClose} />
    </form>
  );
}
