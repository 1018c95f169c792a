import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { explain, http } from '../api/http';
import { keys, usePendingApprovals } from '../api/queries';
import type { ApprovalRequest } from '../api/types';
import { formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';
import { itemLink } from '../shell/paths';
import { mayOverrideRefusal, OverrideReasonField } from '../board/override-reason';

/**
 * Gate requests awaiting a go/no-go; holders of gate.approve decide them here, with a rationale. A go
 * that a column policy refuses asks a holder of wip.override for the reason to override it.
 */
export function PendingApprovals({ portfolioId, canDecide, mayOverride }: { portfolioId: string; canDecide: boolean; mayOverride: boolean }) {
  const requests = usePendingApprovals(portfolioId);
  if (requests.isPending) return <p className="hint">Loading approval requests…</p>;
  if (requests.isError) return <p role="alert">{explain(requests.error)}</p>;
  if (requests.data.length === 0) return <p className="hint">No approval request is waiting.</p>;
  return (
    <ul className="entry-list">
      {requests.data.map((request) => (
        <li key={request.id}>
          <Link {...itemLink(request.boardId, request.itemId)}>
            {request.itemKey} {request.itemTitle}
          </Link>
          <span className="hint">
            Requested {formatDateTime(request.createdAt)}
            {request.note ? `: ${request.note}` : ''}
          </span>
          {canDecide && <DecideForm portfolioId={portfolioId} request={request} mayOverride={mayOverride} />}
        </li>
      ))}
    </ul>
  );
}

function DecideForm({ portfolioId, request, mayOverride }: { portfolioId: string; request: ApprovalRequest; mayOverride: boolean }) {
  const queryClient = useQueryClient();
  const [rationale, setRationale] = useState('');
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: ({ decision, override }: { decision: 'go' | 'no-go'; override?: { reason: string } }) =>
      http.post(`/approval-requests/${request.id}/decision`, { decision, rationale, ...(override ? { override } : {}) }),
    onSuccess: (_result, { decision }) => {
      notify(`${request.itemKey}: ${decision === 'go' ? 'approved and moved' : 'not approved'}.`);
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId) });
      void queryClient.invalidateQueries({ queryKey: keys.board(request.boardId), exact: true });
    },
    onError: (error) => notify(explain(error), 'error'),
  });
  // A go refused by a column policy may be overridden; a no-go ends the work and meets no such policy.
  const overriding = mayOverrideRefusal(decide.error, mayOverride) && decide.variables?.decision === 'go';
  const submit = (decision: 'go' | 'no-go') => (event: FormEvent) => {
    event.preventDefault();
    if (rationale.trim()) decide.mutate({ decision, ...(decision === 'go' && overriding && reason.trim() ? { override: { reason: reason.trim() } } : {}) });
  };
  return (
    <form className="inline-form" onSubmit={submit('go')}>
      <label>
        Rationale for {request.itemKey}
        <input value={rationale} onChange={(e) => setRationale(e.target.value)} required maxLength={5000} />
      </label>
      {overriding && <OverrideReasonField value={reason} onChange={setReason} />}
      <button type="submit" className="primary" disabled={decide.isPending || !rationale.trim() || (overriding && !reason.trim())}>
        {overriding ? 'Override and go' : 'Go'}
      </button>
      <button type="button" onClick={submit('no-go')} disabled={decide.isPending || !rationale.trim()}>
        No-go
      </button>
    </form>
  );
}
