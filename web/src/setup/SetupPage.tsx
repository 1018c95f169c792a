import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { answer, api } from '../api/http';
import { keys } from '../api/queries';
import { FormError, SubmitButton } from './FieldErrors';

/** First run, step 1 of 2: the instance's first admin, who is signed in right away. */
export function SetupPage() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const setUp = useMutation({
    mutationFn: (input: { name: string; email: string; password: string }) => answer(api.POST('/api/v1/setup', { body: input })),
    onSuccess: (user) => {
      queryClient.setQueryData(keys.setup, { setUp: true });
      queryClient.setQueryData(keys.me, user);
      void navigate({ to: '/portfolios/new', search: { first: true }, replace: true });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setUp.mutate({ name: String(form.get('name')), email: String(form.get('email')), password: String(form.get('password')) });
  };
  return (
    <main id="main" className="setup">
      <form className="setup-card" onSubmit={submit}>
        <p className="step">Step 1 of 2</p>
        <h1>Welcome to Portfolio Kanban</h1>
        <p>Create the administrator account for this installation. You can invite everyone else afterwards, from People in the header.</p>
        <label>
          Your name
          <input name="name" required autoComplete="name" autoFocus />
        </label>
        <label>
          E-mail
          <input name="email" type="email" required autoComplete="email" />
        </label>
        <label>
          Password <span className="hint">(at least 8 characters)</span>
          <input name="password" type="password" required minLength={8} autoComplete="new-password" />
        </label>
        <FormError error={setUp.error} />
        <SubmitButton busy={setUp.isPending}>
          Create administrator
        </SubmitButton>
      </form>
    </main>
  );
}
