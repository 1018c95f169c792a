import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { keys } from '../api/queries';
import { APPROVAL_SECTION } from '../card/ApprovalSection';
import { formatDay } from '../shell/format';
import { keepKeyboardIn } from '../shell/return-focus';
import { ActionForm } from './ActionForm';
import type { Review, ReviewEntry } from '../api/types';
import { SubmitButton } from '../setup/FieldErrors';

type Props = { review: Review; entry: ReviewEntry; mayRecord: boolean; portfolioId: string };

/** One entry of the agenda: what it is, why it is there, who answers for it now, and what the review records about it. */
export function AgendaEntryView({ review, entry, mayRecord, portfolioId }: Props) {
  const actions = review.actions.filter((a) => (entry.itemId ? a.itemId === entry.itemId : a.id === entry.actionId || a.entryId === entry.id));
  return (
    <article className="agenda-entry" aria-labelledby={`entry-${entry.id}`}>
      <p className="agenda-section">{entry.sectionTitle}</p>
      <h3 id={`entry-${entry.id}`}>{entry.title}</h3>
      <p className="agenda-why">{entry.detail}</p>
      {entry.resolved && <p className="hint">Resolved since the review started; kept for its note.</p>}
      <h4>Responsible now</h4>
      {entry.responsible.length === 0 ? (
        <p className="form-error">Nobody answers for it: the review should name someone.</p>
      ) : (
        <ul className="responsible-now">
          {entry.responsible.map((person) => (
            <li key={person.userId}>
              <strong>{person.name}</strong> <span className="hint">— {person.reasons.join('; ')}</span>
            </li>
          ))}
        </ul>
      )}
      {entry.requestId && entry.itemId && (
        <p>
          The go or no-go is recorded in <a href={`#${APPROVAL_SECTION}`}>the card&apos;s decision form</a>; it is linked to this review.
        </p>
      )}
      {mayRecord ? <NoteEditor reviewId={review.id} entry={entry} /> : <ReadNote note={entry.note ?? ''} />}
      {actions.length > 0 && (
        <>
          <h4>Actions</h4>
          <ul className="review-actions">
            {actions.map((action) => (
              <li key={action.id}>
                {action.title} <span className="hint">— {action.ownerName ?? 'a former member'}{action.dueDate ? `, due ${formatDay(action.dueDate)}` : ''}{action.done ? ', done' : ''}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {mayRecord && <ActionForm review={review} entry={entry} portfolioId={portfolioId} />}
    </article>
  );
}

function ReadNote({ note }: { note: string }) {
  return (
    <>
      <h4>Note</h4>
      <p className={note ? 'agenda-note' : 'hint'}>{note || 'No note yet.'}</p>
    </>
  );
}

/** The entry's note, saved on demand; "Saved" says the server has it. The latest note others wrote replaces an untouched draft. */
function NoteEditor({ reviewId, entry }: { reviewId: string; entry: ReviewEntry }) {
  const [draft, setDraft] = useState(entry.note ?? '');
  const [saved, setSaved] = useState(entry.note ?? '');
  const queryClient = useQueryClient();
  const field = useRef<HTMLTextAreaElement>(null);
  const save = useMutation({
    mutationFn: (note: string) => answer(api.PUT('/api/v1/reviews/{id}/entries/{entryId}', { params: { path: { id: reviewId, entryId: entry.id } }, body: { note } })),
    onSuccess: (_answer, note) => {
      setSaved(note);
      void queryClient.invalidateQueries({ queryKey: keys.review(reviewId) });
      // The button it was saved with is disabled until the note changes again: the keyboard stays with the note.
      keepKeyboardIn(field.current);
    },
  });
  // Someone else saved a note meanwhile: shown at once unless this draft has changes of its own.
  const latest = entry.note ?? '';
  if (latest !== saved && draft === saved) {
    setSaved(latest);
    setDraft(latest);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft.trim());
  };
  const unsaved = draft.trim() !== saved;
  return (
    <form className="stack note-form" onSubmit={submit}>
      <label>
        Note
        <textarea ref={field} value={draft} onChange={(e) => setDraft(e.target.value)} rows={3} maxLength={20000} />
      </label>
      <div className="actions">
        <SubmitButton busy={save.isPending} disabled={!unsaved} primary={false}>
          Save note
        </SubmitButton>
        <span role="status" className="hint">
          {save.isPending ? 'Saving…' : save.isError ? '' : !unsaved && saved ? 'Saved' : ''}
        </span>
      </div>
      {save.isError && <p className="form-error" role="alert">{explain(save.error)}</p>}
    </form>
  );
}
