import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { answer, api, explain } from '../api/http';
import { keys, useMembers } from '../api/queries';
import type { Principal } from '../api/types';
import { PrincipalPicker } from '../portfolio/PrincipalPicker';
import { principalOptions } from '../portfolio/principals';
import { notify } from '../shell/notices';
import { keepKeyboardIn } from '../shell/return-focus';
import type { Review, ReviewEntry } from '../api/types';
import { SubmitButton } from '../setup/FieldErrors';

/** An action the review agrees on: what, who does it (a member, found by typing their name), by when, and about which item. */
export function ActionForm({ review, entry, portfolioId }: { review: Review; entry: ReviewEntry; portfolioId: string }) {
  const members = useMembers(portfolioId);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState<Principal[]>([]);
  const [dueDate, setDueDate] = useState('');
  const [aboutItem, setAboutItem] = useState(true);
  const queryClient = useQueryClient();
  const titleField = useRef<HTMLInputElement>(null);
  const record = useMutation({
    mutationFn: (body: { title: string; ownerId: string; dueDate?: string; itemId?: string; entryId: string }) => answer(api.POST('/api/v1/reviews/{id}/actions', { params: { path: { id: review.id } }, body })),
    onSuccess: (action) => {
      notify(`Action recorded for ${action.ownerName ?? 'its owner'}.`);
      setTitle('');
      setOwner([]);
      setDueDate('');
      // The button it was recorded with is disabled while the form is empty: the keyboard goes where the next action is written.
      keepKeyboardIn(titleField.current);
      void queryClient.invalidateQueries({ queryKey: keys.review(review.id) });
      if (action.itemId) void queryClient.invalidateQueries({ queryKey: keys.itemActions(action.itemId) });
    },
  });
  const ownerId = owner[0] && 'user' in owner[0] ? owner[0].user : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ownerId || !title.trim()) return;
    record.mutate({ title: title.trim(), ownerId, entryId: entry.id, ...(dueDate ? { dueDate } : {}), ...(aboutItem && entry.itemId ? { itemId: entry.itemId } : {}) });
  };
  const people = principalOptions([], (members.data ?? []).filter((m) => m.active));
  return (
    <form className="stack action-form" onSubmit={submit} aria-label="Record an action">
      <h4>Record an action</h4>
      <label>
        What is to be done
        <input ref={titleField} value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
      </label>
      <PrincipalPicker label="Owner" hint="who does it: type a member's name" options={people} chosen={owner} onChange={setOwner} single />
      <label>
        Due <span className="hint">(optional)</span>
        <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
      </label>
      {entry.itemId && (
        <label className="checkbox">
          <input type="checkbox" checked={aboutItem} onChange={(e) => setAboutItem(e.target.checked)} />
          About card {entry.itemKey}
        </label>
      )}
      {record.isError && <p className="form-error" role="alert">{explain(record.error)}</p>}
      <div className="actions">
        <SubmitButton busy={record.isPending} disabled={!ownerId || !title.trim()}>
          Record action
        </SubmitButton>
      </div>
    </form>
  );
}
