import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { answer, api, explain, ProblemError } from '../api/http';
import { keys } from '../api/queries';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { Loading } from '../shell/Loading';
import { PublicCard } from './PublicCard';

const statusOf = (error: unknown) => (error instanceof ProblemError ? error.problem.status : null);

/** What a guest reads when the link was withdrawn or expired (410). */
const CLOSED = 'This link no longer takes ideas: it was withdrawn or it expired. Ask the person who sent it to you for a new one.';

/**
 * The form an intake link opens, for people outside the organisation: no account needed. A hidden field
 * only robots fill in (`website`) lets the server set their submissions aside.
 */
export default function IntakePage({ token }: { token: string }) {
  const link = useQuery({ queryKey: keys.intake(token), queryFn: () => answer(api.GET('/api/v1/intake/{token}', { params: { path: { token } } })), retry: false });
  const submit = useMutation({
    mutationFn: (body: { title: string; description?: string; name: string; email: string; website: string }) => answer(api.POST('/api/v1/intake/{token}', { params: { path: { token } }, body })),
  });
  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    submit.mutate({ title: text('title'), ...(text('description') ? { description: text('description') } : {}), name: text('name'), email: text('email'), website: String(form.get('website') ?? '') });
  };

  if (link.isPending) return <Loading />;
  if (link.isError || statusOf(submit.error) === 410) {
    const closed = statusOf(link.error ?? submit.error) === 410;
    return (
      <PublicCard title={closed ? 'This link is closed' : 'This link could not be opened'}>
        <p role="alert">{closed ? CLOSED : explain(link.error)}</p>
      </PublicCard>
    );
  }
  if (submit.data) {
    return (
      <PublicCard title="Thank you for your idea">
        <p role="status">It has been received. The team looks at new ideas regularly; this page shows where yours is at any time, no sign-in needed:</p>
        <p>
          <a href={submit.data.followUrl} className="follow-link">
            {submit.data.followUrl}
          </a>
        </p>
        <p className="hint">Keep this link: it is the only way to see your idea.{submit.data.emailed ? ' We also e-mail you when it moves.' : ''}</p>
      </PublicCard>
    );
  }
  return (
    <PublicCard title={`Share an idea: ${link.data.label}`}>
      <p>Tell us what would make things better. You do not need an account.</p>
      <form className="setup-form" onSubmit={send} aria-label="Share an idea">
        <label>
          Your idea in a few words
          <input name="title" required maxLength={200} autoFocus />
        </label>
        <label>
          Tell us more (optional)
          <textarea name="description" rows={5} maxLength={10_000} />
        </label>
        <label>
          Your name
          <input name="name" required maxLength={200} autoComplete="name" />
        </label>
        <label>
          Your e-mail <span className="hint">(only to tell you what becomes of your idea)</span>
          <input name="email" type="email" required maxLength={320} autoComplete="email" />
        </label>
        {/* Hidden from people, filled in only by robots that fill in every field. */}
        <div className="honeypot" aria-hidden="true">
          <label>
            Website
            <input name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        {statusOf(submit.error) === 429 ? (
          <p className="form-error" role="alert">
            Too many ideas came from you or your network in the last hour. Thank you for your enthusiasm: please try again later.
          </p>
        ) : (
          <FormError error={submit.error} />
        )}
        <SubmitButton busy={submit.isPending}>
          {submit.isPending ? 'Sending…' : 'Send idea'}
        </SubmitButton>
      </form>
    </PublicCard>
  );
}
