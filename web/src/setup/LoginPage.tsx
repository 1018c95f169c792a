import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';
import { Notices } from '../shell/notices';
import { FormError, SubmitButton } from './FieldErrors';

export function LoginPage({ next }: { next: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const logIn = useMutation({
    mutationFn: (input: { email: string; password: string }) => answer(api.POST('/api/v1/auth/login', { body: input })),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(keys.me, user);
      // `next` is any path of the app (checked by the login route), kept as it was asked for.
      void navigate({ href: next, replace: true });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    logIn.mutate({ email: String(form.get('email')), password: String(form.get('password')) });
  };
  return (
    <main id="main" className="setup">
      {/* Why the person is here, when the app sent them (their session ended while a board was open). */}
      <Notices />
      <form className="setup-card" onSubmit={submit}>
        <h1>Sign in</h1>
        <label>
          E-mail
          <input name="email" type="email" required autoComplete="username" autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" required autoComplete="current-password" />
        </label>
        <FormError error={logIn.error} />
        <SubmitButton busy={logIn.isPending}>
          Sign in
        </SubmitButton>
      </form>
    </main>
  );
}
