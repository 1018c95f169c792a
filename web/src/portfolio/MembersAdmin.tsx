import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useChoiceWhileSaving } from '../api/choice-while-saving';
import { answer, api, explain } from '../api/http';
import { keys, useMembers, useRoles, useUsers } from '../api/queries';
import type { MemberWithGuidelines } from '../api/types';
import { Avatar } from '../shell/Avatar';
import { formatUntil } from '../shell/format';
import { onBehalfOf } from '../../../src/domain/delegation';
import { notify } from '../shell/notices';
import { InviteForm } from '../people/InviteForm';
import { PendingInvitations } from '../people/PendingInvitations';

/** Members and the roles they hold; a portfolio admin adds, changes and removes them. */
export function MembersAdmin({ portfolioId, editable }: { portfolioId: string; editable: boolean }) {
  const members = useMembers(portfolioId);
  const roles = useRoles(portfolioId);
  const users = useUsers();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: keys.members(portfolioId) });
    void queryClient.invalidateQueries({ queryKey: keys.portfolio(portfolioId), exact: true });
  };
  const setRoles = useMutation({
    mutationFn: ({ userId, roles }: { userId: string; roles: string[] }) => answer(api.PUT('/api/v1/portfolios/{id}/members/{userId}', { params: { path: { id: portfolioId, userId } }, body: { roles } })),
    // The boxes show the new roles at once; a refusal puts them back.
    onMutate: async ({ userId, roles }) => {
      await queryClient.cancelQueries({ queryKey: keys.members(portfolioId) });
      const previous = queryClient.getQueryData<MemberWithGuidelines[]>(keys.members(portfolioId));
      queryClient.setQueryData<MemberWithGuidelines[]>(keys.members(portfolioId), (list) => list?.map((m) => (m.userId === userId ? { ...m, roles } : m)));
      return { previous };
    },
    onError: (error, _input, context) => {
      queryClient.setQueryData(keys.members(portfolioId), context?.previous);
      notify(explain(error), 'error');
    },
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => answer(api.DELETE('/api/v1/portfolios/{id}/members/{userId}', { params: { path: { id: portfolioId, userId } } })),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: refresh,
  });
  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setRoles.mutate({ userId: String(form.get('userId')), roles: [String(form.get('role'))] }, { onSuccess: (member) => notify(`${member.name} joined as ${member.roles.join(', ')}.`) });
  };
  const roleChoice = useChoiceWhileSaving<string[]>();
  const roleList = roles.data ?? [];
  const memberIds = new Set((members.data ?? []).map((m) => m.userId));
  const candidates = (users.data ?? []).filter((u) => u.active && !memberIds.has(u.id));

  return (
    <>
      <div className="table-scroll">
        <table className="cards-on-phone">
          <caption className="sr-only">Members and their roles</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Roles</th>
              {editable && <th scope="col">Remove</th>}
            </tr>
          </thead>
          <tbody>
            {(members.data ?? []).map((member) => (
              <tr key={member.userId}>
                <th scope="row">
                  <span className="person">
                    <Avatar name={member.name} />
                    <span>
                      {member.name}
                      <span className="hint">
                        {member.email}
                        {!member.active && ' · deactivated'}
                      </span>
                    </span>
                  </span>
                </th>
                <td>
                  <div className="role-checks">
                    {roleList.map((role) => {
                      const held = roleChoice.shown(member.userId, member.roles);
                      const holds = held.includes(role.key);
                      const toggle = (on: boolean) => {
                        const roles = on ? [...held, role.key] : held.filter((r) => r !== role.key);
                        setRoles.mutate({ userId: member.userId, roles }, { onSettled: roleChoice.hold(member.userId, roles) });
                      };
                      return (
                        <label key={role.key} className="checkbox">
                          <input
                            type="checkbox"
                            checked={holds}
                            // The last role goes with "Remove": a member always holds at least one.
                            disabled={!editable || setRoles.isPending || (holds && held.length === 1)}
                            onChange={(e) => toggle(e.target.checked)}
                          />
                          {role.name}
                        </label>
                      );
                    })}
                  </div>
                  <MemberDelegations member={member} roleName={(key) => roleList.find((role) => role.key === key)?.name ?? 'a role'} />
                </td>
                {editable && (
                  <td>
                    <button type="button" className="danger" onClick={() => remove.mutate(member.userId)} aria-label={`Remove ${member.name}`}>
                      Remove
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {editable && (
        <form className="inline-form" onSubmit={add} key={roleList.length}>
          <label>
            Person
            <select name="userId" required defaultValue="">
              <option value="" disabled>
                {candidates.length ? 'Choose someone' : 'Every user is a member'}
              </option>
              {candidates.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name} ({u.email})
                </option>
              ))}
            </select>
          </label>
          <label>
            Role
            <select name="role" defaultValue={roleList.find((r) => r.key === 'contributor')?.key ?? roleList[0]?.key}>
              {roleList.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary" disabled={!candidates.length}>
            Add member
          </button>
        </form>
      )}
      {editable && (
        <section aria-labelledby="invite-members-heading">
          <h3 id="invite-members-heading">Invite by e-mail</h3>
          <p className="hint">Someone without an account yet gets a link to join this portfolio with the roles you tick.</p>
          <InviteForm portfolioId={portfolioId} />
          <h3>Pending invitations</h3>
          <PendingInvitations portfolioId={portfolioId} />
        </section>
      )}
    </>
  );
}

/** The roles a member handed over or holds for someone else now: who answers for a role is not who the boxes name. */
function MemberDelegations({ member, roleName }: { member: MemberWithGuidelines; roleName: (key: string) => string }) {
  if (member.delegations.length === 0) return null;
  return (
    <ul className="hint member-delegations">
      {member.delegations.map((d) => (
        <li key={d.id}>
          {d.fromUserId === member.userId
            ? `Handed ${roleName(d.roleKey)} over to ${d.toName} until ${formatUntil(d.until)}`
            : `Holds ${roleName(d.roleKey)} ${onBehalfOf(d, formatUntil)}`}
        </li>
      ))}
    </ul>
  );
}
