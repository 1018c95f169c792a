import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, api, explain } from '../api/http';
import { keys, useUsers } from '../api/queries';
import type { User } from '../api/types';
import { Avatar } from '../shell/Avatar';
import { notify } from '../shell/notices';
import { OneTimeLink } from './OneTimeLink';
import './people.css';
import { BusyButton } from '../setup/FieldErrors';

type Changes = { active?: boolean; admin?: boolean };

/** Everyone with an account: an instance admin deactivates or reactivates them, makes them admin, or makes a reset link. */
export function PeopleList({ me }: { me: User }) {
  const users = useUsers();
  const queryClient = useQueryClient();
  const [reset, setReset] = useState<{ user: User; url: string; expiresAt: string } | null>(null);
  const change = useMutation({
    mutationFn: ({ user, changes }: { user: User; changes: Changes }) => answer(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: changes })),
    onSuccess: (user, { changes }) => {
      if (changes.active !== undefined) notify(changes.active ? `${user.name} can sign in again.` : `${user.name} is deactivated and signed out everywhere.`);
      else notify(changes.admin ? `${user.name} is now an instance admin.` : `${user.name} is no longer an instance admin.`);
      if (user.id === me.id) void queryClient.invalidateQueries({ queryKey: keys.me });
    },
    onError: (error) => notify(explain(error), 'error'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.users }),
  });
  const makeReset = useMutation({
    mutationFn: (user: User) => answer(api.POST('/api/v1/users/{id}/password-reset', { params: { path: { id: user.id } } })),
    onSuccess: (link, user) => setReset({ user, ...link }),
    onError: (error) => notify(explain(error), 'error'),
  });

  return (
    <>
      {reset && (
        <OneTimeLink label={`Password reset link for ${reset.user.name}`} url={reset.url} expiresAt={reset.expiresAt} mailedTo={null} onDone={() => setReset(null)} />
      )}
      <div className="table-scroll">
        <table className="cards-on-phone">
          <caption className="sr-only">People with an account</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {(users.data ?? []).map((user) => (
              <tr key={user.id} className={user.active ? undefined : 'inactive'}>
                <th scope="row">
                  <span className="person">
                    <Avatar name={user.name} />
                    <span>
                      {user.name}
                      <span className="hint">{user.email}</span>
                    </span>
                  </span>
                </th>
                <td>{[user.active ? 'Active' : 'Deactivated', user.isAdmin ? 'instance admin' : null].filter(Boolean).join(', ')}</td>
                <td>
                  <div className="row-actions">
                    <BusyButton className={user.active ? 'danger' : undefined} busy={change.isPending} onClick={() => change.mutate({ user, changes: { active: !user.active } })} aria-label={`${user.active ? 'Deactivate' : 'Reactivate'} ${user.name}`}>
                      {user.active ? 'Deactivate' : 'Reactivate'}
                    </BusyButton>
                    <BusyButton busy={change.isPending} onClick={() => change.mutate({ user, changes: { admin: !user.isAdmin } })} aria-label={`${user.isAdmin ? 'Remove admin from' : 'Make admin'} ${user.name}`}>
                      {user.isAdmin ? 'Remove admin' : 'Make admin'}
                    </BusyButton>
                    {user.active && (
                      <BusyButton busy={makeReset.isPending} onClick={() => makeReset.mutate(user)} aria-label={`Reset link for ${user.name}`}>
                        Reset link
                      </BusyButton>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
