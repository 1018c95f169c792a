import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import type { IntakeLink, Portfolio } from '../api/types';
import { useIntakeLinks } from '../ideas/ideas-api';
import { FormError, SubmitButton } from '../setup/FieldErrors';
import { formatDate, formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';
import { ConfirmDelete } from '../strategy/ConfirmDelete';
import './integrations.css';

/** Intake links of every board of the portfolio: each lets people outside the organisation propose ideas into the board's first column. */
export function IntakeLinks({ portfolio }: { portfolio: Portfolio }) {
  if (portfolio.boards.length === 0) return <p className="hint">Add a board first: an intake link brings ideas into a board&apos;s first column.</p>;
  return (
    <div className="stack">
      <p className="hint">
        Share an intake link with customers or partners: anyone who has it can propose an idea, without an account, and follow what becomes of it. Revoke a link to close it.
      </p>
      {portfolio.boards.map((board) => (
        <BoardIntakeLinks key={board.id} board={board} />
      ))}
    </div>
  );
}

/** The end of the chosen day, where the reader is: a link "until 31 March" still works all that day. */
const endOfDay = (day: string) => new Date(`${day}T23:59:59`).toISOString();

function BoardIntakeLinks({ board }: { board: { id: string; name: string } }) {
  const queryClient = useQueryClient();
  const links = useIntakeLinks(board.id);
  const headingId = useId();
  const refresh = () => queryClient.invalidateQueries({ queryKey: keys.intakeLinks(board.id) });
  const create = useMutation({
    mutationFn: (input: { label: string; expiresAt?: string }) => answer(api.POST('/api/v1/boards/{id}/intake-links', { params: { path: { id: board.id } }, body: input })),
    onSuccess: (link) => notify(`Intake link "${link.label}" created: copy it and share it.`),
    onSettled: refresh,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const expires = String(form.get('expires') ?? '');
    create.mutate({ label: String(form.get('label')).trim(), ...(expires ? { expiresAt: endOfDay(expires) } : {}) }, { onSuccess: () => formElement.reset() });
  };
  const open = (links.data ?? []).filter((link) => !link.revokedAt);
  return (
    <section aria-labelledby={headingId} className="intake-board">
      <h4 id={headingId}>{board.name}</h4>
      {links.isError && <p className="form-error">{explain(links.error)}</p>}
      {links.data && open.length === 0 && <p className="hint">No intake link for this board yet.</p>}
      <ul className="entry-list intake-links">
        {open.map((link) => (
          <IntakeLinkEntry key={link.id} link={link} onRevoked={refresh} />
        ))}
      </ul>
      <form className="settings-form" onSubmit={submit} aria-label={`New intake link for ${board.name}`}>
        <label>
          What the link is for
          <input name="label" required maxLength={200} placeholder="Customer advisory board" />
        </label>
        <label>
          Closes after (optional)
          <input name="expires" type="date" />
        </label>
        <FormError error={create.error} />
        <div className="actions wide">
          <SubmitButton busy={create.isPending}>
            Create intake link
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}

function IntakeLinkEntry({ link, onRevoked }: { link: IntakeLink; onRevoked: () => void }) {
  const revoke = useMutation({
    mutationFn: () => answer(api.DELETE('/api/v1/intake-links/{id}', { params: { path: { id: link.id } } })),
    onSuccess: () => notify(`Intake link "${link.label}" revoked: it no longer takes ideas.`),
    onError: (error) => notify(explain(error), 'error'),
    onSettled: onRevoked,
  });
  const copy = () =>
    navigator.clipboard.writeText(link.url).then(
      () => notify('Link copied.'),
      () => notify('The browser did not allow copying: select the link and copy it yourself.', 'error'),
    );
  return (
    <li>
      <strong>{link.label}</strong>
      <span className="intake-url">
        <input readOnly value={link.url} aria-label={`Intake link "${link.label}"`} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy()}>
          Copy<span className="sr-only"> the link &ldquo;{link.label}&rdquo;</span>
        </button>
        <ConfirmDelete what={`the link "${link.label}"`} verb="Revoke" pending={revoke.isPending} onDelete={() => revoke.mutate()} />
      </span>
      <span className="hint">
        Created {formatDateTime(link.createdAt)} · {link.expiresAt ? `works until ${formatDate(link.expiresAt)}` : 'works until revoked'}
      </span>
    </li>
  );
}
