import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import type { FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { keys, useDelegations, useMe, useMembers, useRoles } from '../api/queries';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { formatUntil } from '../shell/format';
import { notify } from '../shell/notices';

type NewDelegation = { roleKey: string; toUserId: string; until: string; reason?: string };

/** The form's fields as the server names them, in the words of their labels. */
const DELEGATION_FIELDS: Record<string, string> = { roleKey: 'Role', toUserId: 'To', until: 'Until', reason: 'Reason' };

/** Today's date where the reader is, as a date field takes it. */
const todayHere = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** Delegations in force, and handing one of your roles over to another member until a date (it then ends by itself). */
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
    mutationFn: (input: NewDelegation) => answer(api.POST('/api/v1/portfolios/{id}/delegations', { params: { path: { id: portfolioId } }, body: input })),
    onSuccess: () => notify('Role handed over.'),
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => answer(api.DELETE('/api/v1/portfolios/{id}/delegations/{delegationId}', { params: { path: { id: portfolioId, delegationId: id } } })),
    onSuccess: () => notify('The hand-over has ended; the other one is told.'),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: refresh,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get('reason')).trim();
    create.mutate({ roleKey: String(form.get('roleKey')), toUserId: String(form.get('toUserId')), until: String(form.get('until')), ...(reason ? { reason } : {}) });
  };
  const roleName = (key: string) => roles.data?.find((r) => r.key === key)?.name ?? key;
  const others = (members.data ?? []).filter((m) => m.userId !== me.data?.id);
  // Only a role one holds oneself can be handed over, not one handed to one.
  const ownRoles = myRoles.filter((key) => members.data?.find((m) => m.userId === me.data?.id)?.roles.includes(key));
  return (
    <div className="stack">
      <p className="hint">
        Handing a role over gives it to another member until the date: meanwhile they hold it instead of you, answer for its columns on your behalf and
        may do what it allows, while you keep what your other roles allow. You still see the portfolio and may end the delegation early; it ends by itself
        on the date.
      </p>
      {delegations.data?.length === 0 && <p className="hint">No delegation is in force.</p>}
      {/* Without delegations, no list: an empty one is drawn as an empty box. */}
      {delegations.data && delegations.data.length > 0 && (
        <ul className="entry-list">
          {delegations.data.map((d) => (
            <li key={d.id}>
              <span>
                {d.fromName} → {d.toName}: <strong>{roleName(d.roleKey)}</strong> until {formatUntil(d.until)}
                {d.reason && <span className="hint"> ({d.reason})</span>}
              </span>
              {(d.fromUserId === me.data?.id || d.toUserId === me.data?.id) && (
                <ConfirmDelete verb="End" what={`the hand-over of ${roleName(d.roleKey)} to ${d.toName}`} pending={revoke.isPending && revoke.variables === d.id} onDelete={() => revoke.mutate(d.id)} />
              )}
            </li>
          ))}
        </ul>
      )}
      {ownRoles.length > 0 && others.length > 0 && (
        <form className="inline-form" onSubmit={submit}>
          <label>
            Hand over my role
            <select name="roleKey">
              {ownRoles.map((key) => (
                <option key={key} value={key}>
                  {roleName(key)}
                </option>
              ))}
            </select>
          </label>
          <label>
            To
            {/* Nobody is proposed: whom a role goes to is a choice, not the first name in the list. */}
            <select name="toUserId" required defaultValue="">
              <option value="" disabled>
                Choose a member
              </option>
              {others.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Until (end of day)
            <input name="until" type="date" required min={todayHere()} />
          </label>
          <label>
            Reason <span className="hint">(optional)</span>
            <input name="reason" maxLength={2000} placeholder="e.g. parental leave" />
          </label>
          <SubmitButton busy={create.isPending}>
            Hand over
          </SubmitButton>
          <FormError error={create.error} describe={(field) => DELEGATION_FIELDS[field] ?? null} />
        </form>
      )}
    </div>
  );
}
