import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { answer, api, isProblem } from '../api/http';
import { keys } from '../api/queries';
import { FormError, SubmitButton } from '../setup/FieldErrors';

/** The page a password reset link opens: a new password, then you are signed in. */
export default function ResetPasswordPage({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const reset = useMutation({
    mutationFn: (password: string) => answer(api.POST('/api/v1/password-reset/accept', { body: { token, password } })),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(keys.me, user);
      void navigate({ to: '/', replace: true });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    reset.mutate(String(new FormData(event.currentTarget).get('password')));
  };
  const invalid = isProblem(reset.error, 'reset_invalid');
  return (
    <main id="main" className="setup">
      <form className="setup-card" onSubmit={submit}>
        <h1>{invalid ? 'This reset link is no longer valid' : 'Choose a new password'}</h1>
        {!invalid && (
          <label>
            New password <span className="hint">(at least 8 characters)</span>
            <input name="password" type="password" required minLength={8} autoComplete="new-password" autoFocus />
          </label>
        )}
        <FormError error={reset.error} />
        {invalid ? (
          <p>
            <Link to="/login">Sign in</Link> if you remember your password.
          </p>
        ) : (
          <SubmitButton busy={reset.isPending}>
            Set password and sign in
          </SubmitButton>
        )}
      </form>
    </main>
  );
}
