import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { explain, http } from '../api/http';
import { keys, useDelegations, useMe, useMembers, useRoles } from '../api/queries';
import { FormError } from '../setup/FieldErrors';
import { formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';

/** Delegations in force, and handing one of your roles to another member until a date (it then ends by itself). */
export function Delegations({ portfolioId, myRoles }: { portfolioId: string; myRoles: readonly string[] }) {
  const delegations = useDelegations(portfolioId);
  const members = useMembers(portfolioId);
  const roles = useRoles(portfolioId);
  const me = useMe();
  const queryClient = useQueryClient();
  // Delegating changes who answers for what, everywhere in the portfolio.
  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId) }), queryClient.invalidateQueries({ queryKey: keys.myResponsibilities })]);
  const create = useMutation({
    mutationFn: (input: { roleKey: string; toUserId: string; until: string }) => http.post(`/portfolios/${portfolioId}/delegations`, input),
    onSuccess: () => notify('Delegation created.'),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => http.delete(`/portfolios/${portfolioId}/delegations/${id}`),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: refresh,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    create.mutate({ roleKey: String(form.get('roleKey')), toUserId: String(form.get('toUserId')), until: String(form.get('until')) });
  };
  const roleName = (key: string) => roles.data?.find((r) => r.key === key)?.name ?? key;
  const others = (members.data ?? []).filter((m) => m.userId !== me.data?.id);
  return (
    <div className="stack">
      {delegations.data?.length === 0 && <p className="hint">No delegation is in force.</p>}
      <ul className="entry-list">
        {delegations.data?.map((d) => (
          <li key={d.id}>
            <span>
              {d.fromName} delegated <strong>{roleName(d.roleKey)}</strong> to {d.toName} until {formatDateTime(d.until)}
            </span>
            {(d.fromUserId === me.data?.id || d.toUserId === me.data?.id) && (
              <button type="button" className="danger" onClick={() => revoke.mutate(d.id)}>
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
      {myRoles.length > 0 && others.length > 0 && (
        <form className="inline-form" onSubmit={submit}>
          <label>
            Delegate my role
            <select name="roleKey">
              {myRoles.map((key) => (
                <option key={key} value={key}>
                  {roleName(key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            To
            <select name="toUserId" required>
              {others.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Until (end of day)
            <input name="until" type="date" required />
          </label>
          <button type="submit" className="primary" disabled={create.isPending}>
            Delegate
          </button>
          <FormError error={create.error} />
        </form>
      )}
    </div>
  );
}
