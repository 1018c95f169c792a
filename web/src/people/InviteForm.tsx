import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import { useInvitations, usePortfolios, useRoles } from '../api/queries';
import type { Invitation } from '../api/types';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { formatDateTime } from '../shell/format';
import { lastPlace } from '../shell/last-visited';
import { OneTimeLink } from './OneTimeLink';
import './people.css';

type Created = Invitation & { url: string; emailed: boolean };

/**
 * Invites someone by e-mail, into a portfolio with roles chosen by name. Instance admins choose the
 * portfolio (or none), starting from `initialPortfolioId`; in a portfolio's Members section it is that portfolio.
 * Each link made stays shown until it is put away: it is shown only once, and inviting the next person keeps it.
 */
export function InviteForm({ portfolioId: fixedPortfolio, initialPortfolioId }: { portfolioId?: string; initialPortfolioId?: string }) {
  const queryClient = useQueryClient();
  const portfolios = usePortfolios();
  // Until the inviter picks one, the portfolio proposed is the one they came from or last worked in, or the only one.
  const [picked, setPicked] = useState<string | null>(fixedPortfolio ?? initialPortfolioId ?? null);
  const [lastPortfolio] = useState(() => lastPlace().portfolioId);
  const known = portfolios.data ?? [];
  const portfolioId = picked ?? known.find((p) => p.id === lastPortfolio)?.id ?? (known.length === 1 ? known[0]!.id : '');
  const roles = useRoles(portfolioId || undefined);
  const [email, setEmail] = useState('');
  const pending = useInvitations(fixedPortfolio ?? null);
  // Sending again to an address invited into the same portfolio replaces that invitation (the server revokes it).
  const replacing = pending.data?.find((invitation) => invitation.email === email.trim().toLowerCase() && (invitation.portfolio?.id ?? '') === portfolioId);
  // Nothing is ticked for the inviter: a role given by default (say, one that may edit) is a right nobody chose to give.
  const [chosen, setChosen] = useState<string[]>([]);
  const [created, setCreated] = useState<Created[]>([]);
  const [formKey, setFormKey] = useState(0);
  const invite = useMutation({
    mutationFn: (body: { email: string; name?: string; portfolioId?: string; roles?: string[] }) => answer(api.POST('/api/v1/invitations', { body })),
    onSuccess: (invitation) => {
      // A link this one replaces (the same person invited again into the same portfolio) no longer works: it goes.
      setCreated((shown) => [invitation, ...shown.filter((other) => other.email !== invitation.email || other.portfolio?.id !== invitation.portfolio?.id)]);
      // The next person starts from nothing: roles kept from the last one would be given without anyone choosing them.
      setChosen([]);
      setEmail('');
      setFormKey((k) => k + 1);
      void queryClient.invalidateQueries({ queryKey: ['invitations'] });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name')).trim();
    invite.mutate({
      email: String(form.get('email')),
      ...(name ? { name } : {}),
      ...(portfolioId ? { portfolioId, roles: chosen } : {}),
    });
  };
  const toggle = (key: string, on: boolean) => setChosen((list) => (on ? [...list, key] : list.filter((k) => k !== key)));

  return (
    <>
      <form className="invite-form" onSubmit={submit} key={formKey} aria-label="Invite someone">
        <div className="inline-form">
          <label>
            E-mail
            {/* After a send the form starts afresh, and the keyboard with it, for the next person. */}
            <input name="email" type="email" required autoComplete="off" autoFocus={formKey > 0} onChange={(e) => setEmail(e.target.value)} aria-describedby={replacing ? 'invite-replaces' : undefined} />
          </label>
          <label>
            <span>
              Name <span className="hint">(optional)</span>
            </span>
            <input name="name" autoComplete="off" />
          </label>
          {!fixedPortfolio && (
            <label>
              Portfolio
              <select
                name="portfolioId"
                value={portfolioId}
                onChange={(e) => {
                  setPicked(e.target.value);
                  setChosen([]);
                }}
              >
                <option value="">No portfolio yet</option>
                {(portfolios.data ?? []).map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        {portfolioId && (
          <fieldset className="role-checks">
            <legend>Roles</legend>
            {(roles.data ?? []).map((role) => (
              <label key={role.key} className="checkbox">
                <input type="checkbox" checked={chosen.includes(role.key)} onChange={(e) => toggle(role.key, e.target.checked)} />
                {role.name}
              </label>
            ))}
          </fieldset>
        )}
        {replacing && (
          <p className="hint" id="invite-replaces">
            {replacing.email} has an invitation waiting{replacing.portfolio ? ` to ${replacing.portfolio.name}` : ''}, sent by {replacing.invitedBy.name} on {formatDateTime(replacing.createdAt)}: sending replaces it, and its link stops working.
          </p>
        )}
        <FormError error={invite.error} />
        {portfolioId && chosen.length === 0 && <p className="hint">Tick at least one role: it decides what they may do in the portfolio.</p>}
        <div className="actions">
          <SubmitButton busy={invite.isPending} disabled={!!portfolioId && chosen.length === 0}>
            Send invitation
          </SubmitButton>
        </div>
      </form>
      {created.map((invitation) => (
        <OneTimeLink
          key={invitation.id}
          label={`Invitation link for ${invitation.name ?? invitation.email}`}
          url={invitation.url}
          expiresAt={invitation.expiresAt}
          mailedTo={invitation.emailed ? invitation.email : null}
          onDone={() => setCreated((shown) => shown.filter((other) => other.id !== invitation.id))}
        />
      ))}
    </>
  );
}
