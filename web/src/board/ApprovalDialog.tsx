import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { explain, http, type Problem } from '../api/http';
import { FormActions } from '../setup/FieldErrors';
import { Dialog } from '../shell/Dialog';
import { notify } from '../shell/notices';
import type { MoveRequest } from './useMoveItem';

/** A move into (or past) a gate needs a go/no-go: the mover asks for it instead, and approvers are notified. */
export function ApprovalDialog({ move, problem, onClose }: { move: MoveRequest; problem: Problem; onClose: () => void }) {
  const [note, setNote] = useState('');
  const request = useMutation({
    mutationFn: () => http.post(`/items/${move.item.id}/approval-requests`, { columnId: move.columnId, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => {
      notify(`Approval requested for ${move.item.key}; the approvers have been notified.`);
      onClose();
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <Dialog title="Approval needed" onClose={onClose}>
      <form onSubmit={submit} className="stack">
        <p className="problem-detail">{problem.detail}</p>
        <label>
          Note for the approvers <span className="hint">(optional)</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} />
        </label>
        <FormActions error={request.error} pending={request.isPending} submitLabel="Request approval" cancelLabel="Not now" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
