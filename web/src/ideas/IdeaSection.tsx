import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Board, BoardCard, Item } from '../api/types';
import { cardAfterLeaving, focusCardOnceShown } from '../board/card-focus';
import { usePatchItem } from '../card/usePatchItem';
import { BusyButton, FormActions } from '../setup/FieldErrors';
import { boardLink } from '../shell/paths';
import { useReturnFocus } from '../shell/return-focus';
import { submitterName } from './idea-words';
import { useFollow, useReopen, useTriage, useVote } from './ideas-api';
import { counted } from '../../../src/domain/words';

/** `mayTriage`: decline or merge the open idea; `mayReopen`: reopen it once declined (both item.edit, the first while it is open). */
type Props = { item: Item; board: Board; mayVote: boolean; mayTriage: boolean; mayReopen: boolean; myId: string | undefined; nameOf: (userId: string) => string | undefined };

/**
 * A card's part in §11: who proposed it, its votes, the reader's vote and follow, and — for an item still in
 * the board's first column (its intake), to those who may edit items — declining it or merging it into another; a
 * declined one they may reopen.
 * The member who proposed it, if they may not edit items, may still fix its wording there.
 */
export function IdeaSection({ item, board, mayVote, mayTriage, mayReopen, myId, nameOf }: Props) {
  const vote = useVote(item);
  const follow = useFollow(item);
  const inIntake = board.columns[0]?.id === item.columnId;
  return (
    <section className="idea-section" aria-label="Votes and followers">
      <p>
        {item.source === 'idea' && (
          <>
            <span className="badge badge-idea">Idea</span> proposed by {submitterName(item, nameOf)} ·{' '}
          </>
        )}
        <span role="status">
          {item.votes === 0 ? 'No votes yet' : counted(item.votes, 'vote')}
          {item.votedByMe && ', yours among them'}
        </span>
      </p>
      {mayVote && (
        <div className="actions">
          <BusyButton busy={vote.isPending} onClick={() => vote.mutate(!item.votedByMe)}>
            {item.votedByMe ? 'Withdraw vote' : 'Vote'}
          </BusyButton>
          <BusyButton busy={follow.isPending} onClick={() => follow.mutate(!item.followedByMe)}>
            {item.followedByMe ? 'Unfollow' : 'Follow'}
          </BusyButton>
          <span className="hint">{item.followedByMe ? 'You hear when it moves or is decided.' : 'Follow to hear when it moves or is decided.'}</span>
        </div>
      )}
      {mayReopen && item.closed?.as === 'declined' && <Reopen item={item} />}
      {mayTriage && inIntake && <Triage item={item} board={board} />}
      {!mayTriage && myId !== undefined && item.submittedBy === myId && <Rewording item={item} allowed={inIntake && !item.closed} />}
    </section>
  );
}

/**
 * "Fix the wording…" of one's own idea: its title and description, while it waits in the intake (`allowed`). Taken up
 * or closed meanwhile, the open form keeps what was typed, to be copied, and says why it can no longer be saved.
 */
function Rewording({ item, allowed }: { item: Item; allowed: boolean }) {
  const [open, setOpen] = useState(false);
  const patch = usePatchItem(item);
  if (!open && !allowed) return null;
  if (!open) {
    return (
      <div className="actions">
        <button type="button" onClick={() => setOpen(true)}>
          Fix the wording…
        </button>
        <span className="hint">While your idea waits in the intake, you can still change its title and description.</span>
      </div>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const title = String(form.get('title')).trim();
    const description = String(form.get('description'));
    const changes = { ...(title !== item.title ? { title } : {}), ...(description !== item.description ? { description } : {}) };
    if (Object.keys(changes).length === 0) setOpen(false);
    else patch.mutate(changes, { onSuccess: () => setOpen(false) });
  };
  const cancel = () => {
    patch.reset();
    setOpen(false);
  };
  return (
    <form className="stack triage-form" onSubmit={submit} aria-label="Fix the wording of your idea">
      {!allowed && (
        <p className="form-error" role="alert">
          Your idea was {item.closed ? 'closed' : 'taken up'} meanwhile, so it can no longer be reworded here. Copy what you wrote if you want to keep it, into a comment for instance.
        </p>
      )}
      <label>
        Title
        <input name="title" defaultValue={item.title} required maxLength={200} autoFocus readOnly={!allowed} />
      </label>
      <label>
        Description <span className="hint">(Markdown)</span>
        <textarea name="description" defaultValue={item.description} rows={4} readOnly={!allowed} />
      </label>
      {allowed ? (
        <FormActions error={patch.error} pending={patch.isPending} submitLabel="Save wording" onCancel={cancel} />
      ) : (
        <div className="actions">
          <button type="button" onClick={cancel}>
            Close
          </button>
        </div>
      )}
    </form>
  );
}

/** "Reopen…" with a reason: a declined idea is open again where it was declined. */
function Reopen({ item }: { item: Item }) {
  const [open, setOpen] = useState(false);
  const reopen = useReopen(item);
  const { opener, putAway } = useReturnFocus<HTMLButtonElement>(open);
  if (!open) {
    return (
      <div className="actions">
        <button ref={opener} type="button" onClick={() => setOpen(true)}>
          Reopen…
        </button>
      </div>
    );
  }
  const cancel = () => {
    reopen.reset();
    putAway();
    setOpen(false);
  };
  return <TriageReason act="reopen" mutation={reopen} onCancel={cancel} />;
}

/** The words of a triage decision taken with a reason. */
const REASONED = { decline: { verb: 'Decline', done: 'declined' }, reopen: { verb: 'Reopen', done: 'reopened' } } as const;

type ReasonProps = { act: keyof typeof REASONED; mutation: { mutate: (reason: string) => void; error: unknown; isPending: boolean }; onCancel: () => void };

/** The reason of a triage decision, which the person who proposed the idea and its followers read. */
function TriageReason({ act, mutation, onCancel }: ReasonProps) {
  const { verb, done } = REASONED[act];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    mutation.mutate(String(new FormData(event.currentTarget).get('reason')).trim());
  };
  // Escape in a reason not yet begun takes the form back, as Cancel does, rather than closing the card around it; a
  // reason begun is guarded by the card (its first Escape warns). In the capture phase: the card hears Escape before
  // the field's own handlers would, and would warn of what another of its forms holds unsaved.
  const cancelUnbegun = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Escape' || event.currentTarget.value.trim() !== '') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
  return (
    <form className="stack triage-form" onSubmit={submit} aria-label={`${verb} this idea`}>
      <label>
        Why it is {done} (the person who proposed it and its followers read this)
        <textarea name="reason" required rows={3} maxLength={2000} autoFocus onKeyDownCapture={cancelUnbegun} />
      </label>
      <FormActions error={mutation.error} pending={mutation.isPending} submitLabel={`${verb} idea`} onCancel={onCancel} />
    </form>
  );
}

/** "Decline…" with a reason, or "Merge into…" another item of the board: either closes the idea. */
function Triage({ item, board }: { item: Item; board: Board }) {
  const navigate = useNavigate();
  const [open, setOpen] = useState<'decline' | 'merge' | null>(null);
  const { opener: declineOpener, putAway: declineAway } = useReturnFocus<HTMLButtonElement>(open === 'decline');
  const { opener: mergeOpener, putAway: mergeAway } = useReturnFocus<HTMLButtonElement>(open === 'merge');
  const { decline, merge } = useTriage(item, () => {
    // The card it was opened from has left the board: the keyboard goes on to its neighbour in the column.
    const next = cardAfterLeaving(board, item.id);
    void navigate({ ...boardLink(board.id), resetScroll: false });
    if (next) focusCardOnceShown(next);
  });
  if (open === null) {
    return (
      <div className="actions">
        <button ref={declineOpener} type="button" onClick={() => setOpen('decline')}>
          Decline…
        </button>
        <button ref={mergeOpener} type="button" onClick={() => setOpen('merge')}>
          Merge into…
        </button>
      </div>
    );
  }
  const cancel = () => {
    decline.reset();
    merge.reset();
    (open === 'decline' ? declineAway : mergeAway)();
    setOpen(null);
  };
  if (open === 'decline') return <TriageReason act="decline" mutation={decline} onCancel={cancel} />;
  return <MergePicker item={item} board={board} error={merge.error} pending={merge.isPending} onMerge={(into) => merge.mutate(into)} onCancel={cancel} />;
}

type MergeProps = { item: Item; board: Board; error: unknown; pending: boolean; onMerge: (into: BoardCard) => void; onCancel: () => void };

/** A searchable list of the board's other items: the one chosen receives this idea's votes and followers. */
function MergePicker({ item, board, error, pending, onMerge, onCancel }: MergeProps) {
  const [search, setSearch] = useState('');
  const [chosenId, setChosenId] = useState('');
  const listId = useId();
  const words = search.trim().toLowerCase();
  const matches = (other: BoardCard, searched: string) => !searched || `${other.key} ${other.title}`.toLowerCase().includes(searched);
  const candidates = board.items.filter((other) => other.id !== item.id && matches(other, words));
  const searchFor = (text: string) => {
    setSearch(text);
    // What the list shows chosen is what a merge goes into: an item the search hides is chosen no more.
    const was = board.items.find((other) => other.id === chosenId);
    if (was && !matches(was, text.trim().toLowerCase())) setChosenId('');
  };
  // The one item a search finds is chosen.
  const chosen = candidates.some((other) => other.id === chosenId) ? chosenId : words && candidates.length === 1 ? candidates[0]!.id : '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const into = board.items.find((other) => other.id === chosen);
    if (into) onMerge(into);
  };
  return (
    <form className="stack triage-form" onSubmit={submit} aria-label="Merge this idea into another item">
      <label>
        Find the item it duplicates
        <input type="search" value={search} onChange={(e) => searchFor(e.target.value)} placeholder="Key or words of its title" autoFocus aria-controls={listId} />
      </label>
      <label>
        Merge into
        <select id={listId} required size={Math.min(6, Math.max(2, candidates.length))} value={chosen} onChange={(e) => setChosenId(e.target.value)}>
          {/* Chosen while nothing is: without it, the browser would show the first item chosen though it is not. */}
          <option value="" disabled hidden />
          {candidates.map((other) => (
            <option key={other.id} value={other.id}>
              {other.key} {other.title}
            </option>
          ))}
        </select>
      </label>
      {candidates.length === 0 && <p className="hint">No other item of this board matches.</p>}
      <p className="hint">Its votes and followers move to the item you choose, and this card leaves the board.</p>
      <FormActions error={error} pending={pending} incomplete={!chosen} submitLabel="Merge idea" onCancel={onCancel} />
    </form>
  );
}
