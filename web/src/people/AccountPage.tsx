import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import { useMe } from '../api/queries';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { notify } from '../shell/notices';
import './people.css';

/** The signed-in person's own account: who they are, and changing their password. */
export default function AccountPage() {
  const me = useMe().data;
  const [formKey, setFormKey] = useState(0);
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
