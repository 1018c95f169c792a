import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { answer, api, explain, isProblem } from '../api/http';
import { keys, useMe } from '../api/queries';
import type { InvitationPreview } from '../api/types';
import { BusyButton, FormError, SubmitButton } from '../setup/FieldErrors';
import { Loading } from '../shell/Loading';
import { portfolioLink } from '../shell/paths';
import './people.css';

/** What the invitation gives, in words: "the portfolio Growth as Kanban coach". */
function offer(invitation: InvitationPreview): string {
  if (!invitation.portfolio) return 'Portfolio Kanban';
  const roles = invitation.roles.map((r) => r.name).join(', ');
  return `the portfolio "${invitation.portfolio.name}"${roles ? ` as ${roles}` : ''}`;
}

/** The page an invitation link opens: choose a name and password and you are in, or accept with the account you have. */
export default function AcceptInvitationPage({ token }: { token: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const me = useMe().data ?? null;
  const preview = useQuery({ queryKey: ['invitation-preview', token], queryFn: () => answer(api.POST('/api/v1/invitations/preview', { body: { token } })), retry: false });
  const accept = useMutation({
    mutationFn: (body: { name?: string; password?: string }) => answer(api.POST('/api/v1/invitations/accept', { body: { token, ...body } })),
    onSuccess: ({ user }) => {
      queryClient.clear();
      queryClient.setQueryData(keys.me, user);
      void navigate(preview.data?.portfolio ? { ...portfolioLink(preview.data.portfolio.id), replace: true } : { to: '/', replace: true });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    accept.mutate({ name: String(form.get('name')), password: String(form.get('password')) });
  };

  if (preview.isPending) return <Loading />;
  if (preview.isError) {
    return (
      <main id="main" className="setup">
        <div className="setup-card">
          <h1>{isProblem(preview.error, 'invitation_invalid') ? 'This invitation is no longer valid' : 'The invitation could not be opened'}</h1>
          <p role="alert">{explain(preview.error)}</p>
          <p>
            Already have an account? <Link to="/login">Sign in</Link>.
          </p>
        </div>
      </main>
    );
  }
  const invitation = preview.data;
  const signedInAsInvited = me?.email === invitation.email;
  return (
    <main id="main" className="setup">
      <div className="setup-card">
        <h1>Join {invitation.portfolio?.name ?? 'Portfolio Kanban'}</h1>
        <p>
          {invitation.invitedBy.name} invites {invitation.email} to {offer(invitation)}.
        </p>
        {invitation.accountExists ? (
          signedInAsInvited ? (
            <>
              <FormError error={accept.error} />
              <BusyButton className="primary" busy={accept.isPending} onClick={() => accept.mutate({})}>
                Accept invitation
              </BusyButton>
            </>
          ) : (
            <p role="status">
              {me ? `You are signed in as ${me.email}. ` : ''}
              {invitation.email} already has an account: <Link to="/login" search={{ next: `/invite/${token}` }}>sign in as {invitation.email}</Link>
              {me ? ' (sign out first)' : ''}, then open this link again to accept.
            </p>
          )
        ) : (
          <form className="setup-form" onSubmit={submit}>
            <label>
              Your name
              <input name="name" required autoComplete="name" defaultValue={invitation.name ?? ''} autoFocus />
            </label>
            <label>
              Password <span className="hint">(at least 8 characters)</span>
              <input name="password" type="password" required minLength={8} autoComplete="new-password" />
            </label>
            <FormError error={accept.error} />
            <SubmitButton busy={accept.isPending}>
              Join
            </SubmitButton>
          </form>
        )}
      </div>
    </main>
  );
}
