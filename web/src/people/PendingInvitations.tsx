import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answer, api, explain } from '../api/http';
import { useInvitations } from '../api/queries';
import { formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';
import { ConfirmDelete } from '../strategy/ConfirmDelete';

/** Invitations not yet accepted, each revocable once confirmed: its link then says it is no longer valid. */
export function PendingInvitations({ portfolioId }: { portfolioId: string | null }) {
  const invitations = useInvitations(portfolioId);
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => answer(api.DELETE('/api/v1/invitations/{id}', { params: { path: { id } } })),
    onSuccess: () => notify('Invitation revoked: its link no longer works.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
  const list = invitations.data ?? [];
  if (invitations.isError) return <p className="form-error" role="alert">{explain(invitations.error)}</p>;
  if (list.length === 0) return <p className="hint">{invitations.isPending ? 'Loading…' : 'No invitations are waiting.'}</p>;
  return (
    <div className="table-scroll">
      <table className="cards-on-phone">
        <caption className="sr-only">Pending invitations</caption>
        <thead>
          <tr>
            <th scope="col">Invited</th>
            {!portfolioId && <th scope="col">Portfolio</th>}
            <th scope="col">Roles</th>
            <th scope="col">Invited by</th>
            <th scope="col">Expires</th>
            <th scope="col">Revoke</th>
          </tr>
        </thead>
        <tbody>
          {list.map((invitation) => (
            <tr key={invitation.id}>
              <th scope="row">
                {invitation.name ?? invitation.email}
                {invitation.name && <span className="hint"> {invitation.email}</span>}
              </th>
              {!portfolioId && <td data-label="Portfolio">{invitation.portfolio?.name ?? '—'}</td>}
              <td data-label="Roles">{invitation.roles.map((r) => r.name).join(', ') || '—'}</td>
              <td data-label="Invited by">{invitation.invitedBy.name}</td>
              <td data-label="Expires">{formatDateTime(invitation.expiresAt)}</td>
              <td>
                <ConfirmDelete verb="Revoke" what={`the invitation for ${invitation.email}`} pending={revoke.isPending && revoke.variables === invitation.id} onDelete={() => revoke.mutate(invitation.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
