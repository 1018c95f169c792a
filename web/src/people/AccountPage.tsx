import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import { useMe } from '../api/queries';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { notify } from '../shell/notices';
import './people.css';

/** The signed-in person's own account: who they are, their name as everyone sees it, and changing their password. */
export default function AccountPage() {
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [formKey, setFormKey] = useState(0);
  const rename = useMutation({
    mutationFn: (name: string) => answer(api.PATCH('/api/v1/users/{id}', { params: { path: { id: me!.id } }, body: { name } })),
    onSuccess: () => {
      // The name shows wherever people are listed: every view reads it again.
      void queryClient.invalidateQueries();
      notify('Your name is saved: everyone now sees it.');
    },
  });
  const submitName = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    rename.mutate(String(new FormData(event.currentTarget).get('name')).trim());
  };
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => answer(api.POST('/api/v1/auth/password', { body })),
    onSuccess: () => {
      setFormKey((k) => k + 1);
      notify('Password changed. You stay signed in here; your other devices were signed out.');
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    change.mutate({ currentPassword: String(form.get('currentPassword')), newPassword: String(form.get('newPassword')) });
  };
  return (
    <div className="page">
      <h1>Your account</h1>
      {me && (
        <p>
          {me.name} · {me.email}
          {me.isAdmin && ' · instance admin'}
        </p>
      )}
      {me && (
        <section aria-labelledby="name-heading">
          <h2 id="name-heading">Your name</h2>
          <form className="stacked-form" onSubmit={submitName}>
            <label>
              Name <span className="hint">(how everyone else sees you)</span>
              <input name="name" defaultValue={me.name} required maxLength={200} autoComplete="name" />
            </label>
            <FormError error={rename.error} />
            <div className="actions">
              <SubmitButton busy={rename.isPending}>Save name</SubmitButton>
            </div>
          </form>
        </section>
      )}
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Change password</h2>
        <form className="stacked-form" onSubmit={submit} key={formKey}>
          <label>
            Current password
            <input name="currentPassword" type="password" required autoComplete="current-password" />
          </label>
          <label>
            New password <span className="hint">(at least 8 characters)</span>
            <input name="newPassword" type="password" required minLength={8} autoComplete="new-password" />
          </label>
          <FormError error={change.error} />
          <div className="actions">
            <SubmitButton busy={change.isPending}>
              Change password
            </SubmitButton>
          </div>
        </form>
      </section>
    </div>
  );
}
