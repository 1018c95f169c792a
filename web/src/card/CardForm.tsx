import { useRef, useState, type FormEvent } from 'react';
import type { Board, Item, Member } from '../api/types';
import { CLASS_OF_SERVICE_OPTIONS } from '../board/class-of-service';
import { assignableMembers } from '../people/assignable';
import { listed } from '../shell/format';
import { notify } from '../shell/notices';
import { draftFromForm } from './draft';
import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';
import { CardDetails } from './CardDetails';
import { changedFieldNames, changedFields, editableOf, unsavedInWords, type EditableFields } from './item-changes';
import { ItemLinkSelect } from './ItemLinkSelect';
import { usePortfolioLinkables } from './queries';
import { ThemePicker, ValueStreamSelect } from './StrategyLinks';
import { TextGroup } from './TextGroup';
import { usePatchItem } from './usePatchItem';
import { WsjfFields } from './WsjfFields';
import { SubmitButton } from '../setup/FieldErrors';

type Props = { item: Item; board: Board; members: readonly Member[]; canEdit: boolean; canRank: boolean };

/**
 * Every field of a card in one form; saving sends only what changed, with the version that was read.
 * A new version of the card (someone else's change, the reader's own save) rebuilds the form, unless the
 * reader has changes not yet saved: those stay, and saving sends only them, over the newer version.
 * A closed card (declined or merged) shows its fields read-only; closed while the reader edits it, it keeps what
 * they typed in view, to be copied, since it can no longer be saved.
 */
export function CardForm({ item, board, members, canEdit, canRank }: Props) {
  const patch = usePatchItem(item);
  // The version the fields were filled from, and a count of rebuilds: the form is remounted on each.
  const [shown, setShown] = useState({ base: item, rebuilds: 0 });
  const [edited, setEdited] = useState(false);
  // The card as the form says it is, taken at each change: what the reader would lose if the card closed now.
  const draft = useRef<EditableFields | null>(null);
  const [unsavedWhenClosed, setUnsavedWhenClosed] = useState<Partial<EditableFields> | null>(null);
  const changedMeanwhile = changedFieldNames(editableOf(shown.base), editableOf(item));
  if (item.version > shown.base.version && (!edited || changedMeanwhile.length === 0)) {
    // A version that changed nothing the form shows (a move, a block) is taken in without touching the fields.
    setShown({ base: item, rebuilds: shown.rebuilds + (changedMeanwhile.length > 0 ? 1 : 0) });
  }
  if (item.closed && edited) {
    setEdited(false);
    // Read once, as the card closes, and kept as state: a draft held as state would render the form at every keystroke.
    // eslint-disable-next-line react-hooks/refs
    setUnsavedWhenClosed(draft.current ? changedFields(editableOf(shown.base), draft.current) : null);
  }
  const base = shown.base;
  // A parent or a blocker may be on any board of the portfolio (an epic's features live on team boards).
  const boards = usePortfolioLinkables(board.portfolioId);
  if (item.closed) {
    return (
      <>
        {unsavedWhenClosed && <UnsavedWhenClosed changes={unsavedWhenClosed} closedAs={item.closed.as} onDismiss={() => setUnsavedWhenClosed(null)} />}
        <CardDetails item={item} members={members} />
      </>
    );
  }
  const linkContext = { itemId: item.id, boardId: item.boardId };
  const people = assignableMembers(members, [base.ownerId, ...base.assigneeIds]);
  const rights = { edit: canEdit, rank: canRank };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const before = editableOf(base);
    const changes = changedFields(before, draftFromForm(new FormData(event.currentTarget), before, rights));
    if (Object.keys(changes).length === 0) {
      notify('Nothing to save: no field changed.');
      setEdited(false);
    } else {
      // Unless others changed the card meanwhile, the fields already show what was saved: the form takes the saved
      // version in without being built anew, so the keyboard's focus stays on the button.
      const rebuild = changedMeanwhile.length > 0 ? 1 : 0;
      patch.mutate(changes, {
        onSuccess: (saved) => {
          setEdited(false);
          setShown((current) => (saved.version > current.base.version ? { base: saved, rebuilds: current.rebuilds + rebuild } : current));
        },
      });
    }
  };
  return (
    <form
      key={shown.rebuilds}
      className="card-form"
      onSubmit={submit}
      onChange={(event) => {
        setEdited(true);
        draft.current = draftFromForm(new FormData(event.currentTarget), editableOf(base), rights);
      }}
      aria-label="Card fields"
    >
      {edited && changedMeanwhile.length > 0 && (
        <div className="changed-meanwhile" role="status">
          <p>
            Someone changed this card&rsquo;s {listed(changedMeanwhile)} while you were editing it. Your changes are kept: saving applies them, and every field you did not change keeps the newer value.
          </p>
          <button type="button" onClick={() => setEdited(false)}>
            Discard my changes
          </button>
        </div>
      )}
      <fieldset disabled={!canEdit} className="card-fields">
        <legend className="sr-only">Details</legend>
        <label className="wide">
          Title
          <input name="title" defaultValue={base.title} required maxLength={200} />
        </label>
        <label className="wide">
          Description <span className="hint">(Markdown)</span>
          <textarea name="description" defaultValue={base.description} rows={4} />
        </label>
        <label>
          Owner
          <select name="ownerId" defaultValue={base.ownerId ?? ''}>
            <option value="">No owner</option>
            {people.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignees
          <select name="assigneeIds" multiple defaultValue={base.assigneeIds} size={Math.min(4, Math.max(2, people.length))}>
            {people.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Class of service
          <select name="classOfService" defaultValue={base.classOfService}>
            {CLASS_OF_SERVICE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due date
          <input name="dueDate" type="date" defaultValue={base.dueDate ?? ''} />
        </label>
        <ValueStreamSelect portfolioId={item.portfolioId} current={base.valueStream} />
        <ItemLinkSelect label="Parent" name="parentId" boards={boards} linked={base.parentId ? [base.parentId] : []} context={linkContext} kept="the card's current parent" />
        <label className="wide">
          Tags <span className="hint">(comma-separated)</span>
          <input name="tags" defaultValue={base.tags.join(', ')} />
        </label>
        <ThemePicker portfolioId={item.portfolioId} linked={base.themes} />
        <ItemLinkSelect
          label="Depends on"
          name="dependsOn"
          boards={boards}
          linked={base.dependsOn}
          context={linkContext}
          known={base.blockedBy}
          multiple
          kept="the items the card depends on now"
          className="wide"
        />
      </fieldset>
      <WsjfFields item={base} disabled={!canRank} />
      <TextGroup title="Epic hypothesis statement" prefix="hypothesis" labels={HYPOTHESIS_LABELS} values={base.hypothesis} disabled={!canEdit} />
      <TextGroup title="Lean business case" prefix="businessCase" labels={BUSINESS_CASE_LABELS} values={base.businessCase} disabled={!canEdit} />
      {(canEdit || canRank) && (
        <div className="actions">
          <SubmitButton busy={patch.isPending}>
            Save changes
          </SubmitButton>
        </div>
      )}
    </form>
  );
}

/** What the reader had changed on a card closed meanwhile: the words they typed, to copy, and the other fields named. */
function UnsavedWhenClosed({ changes, closedAs, onDismiss }: { changes: Partial<EditableFields>; closedAs: NonNullable<Item['closed']>['as']; onDismiss: () => void }) {
  const { typed, alsoChanged } = unsavedInWords(changes);
  if (typed.length === 0 && alsoChanged.length === 0) return null;
  return (
    <section className="panel unsaved-when-closed" role="alert" aria-label="Your changes, not saved">
      <p>
        This card was {closedAs === 'merged' ? 'merged into another' : 'declined'} while you were editing it, so your changes can no longer be saved.
        {typed.length > 0 && ' What you typed is below, to copy into a comment or another card.'}
      </p>
      {typed.length > 0 && (
        <dl>
          {typed.map(({ label, text }) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd className="typed-text">{text}</dd>
            </div>
          ))}
        </dl>
      )}
      {alsoChanged.length > 0 && <p>You had {typed.length > 0 ? 'also ' : ''}changed its {listed(alsoChanged)}.</p>}
      <div className="actions">
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </section>
  );
}
