import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useHistory, useMe } from '../api/queries';
import type { Board, Item, Member } from '../api/types';
import { CLASS_OF_SERVICE_OPTIONS } from '../board/class-of-service';
import { assignableMembers } from '../people/assignable';
import { listed } from '../shell/format';
import { UNSAVED_ATTRIBUTE } from '../shell/Dialog';
import { notify } from '../shell/notices';
import { draftFromForm } from './draft';
import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';
import { CardDetails } from './CardDetails';
import { changedFieldNames, changedFields, editableOf, fieldNamesOf, unsavedInWords, type CardChanges, type EditableFields } from './item-changes';
import { ItemLinkSelect } from './ItemLinkSelect';
import { usePortfolioLinkables } from './queries';
import { ThemePicker, ValueStreamSelect } from './StrategyLinks';
import { TextGroup } from './TextGroup';
import { usePatchItem } from './usePatchItem';
import { WsjfFields } from './WsjfFields';
import { SubmitButton } from '../setup/FieldErrors';

type Props = { item: Item; board: Board; members: readonly Member[]; canEdit: boolean; canRank: boolean };

/** Where the keyboard was in a card's form, to be put back once the form is rebuilt: `value` tells a checkbox from the others of its group. */
type Focus = { name: string; value?: string; selection: [number, number] | null };

/**
 * The version the fields were filled from, the reader's changes laid over it, the fields others changed while the
 * reader edited (`clashes`: those the reader changed too) and since when (`othersSince`), and a count of rebuilds (the form is remounted on each). `carried`: the last rebuild carried the
 * reader's changes over, and where the keyboard was, to be put back.
 */
type Shown = { base: Item; mine: CardChanges; meanwhile: string[]; clashes: string[]; othersSince: string | null; rebuilds: number; carried: { focus: Focus | null } | null };

const NOTHING_CARRIED = { mine: {}, meanwhile: [], clashes: [], othersSince: null, carried: null };

/** The card as its form is filled: a version of it, with the reader's unsaved changes laid over it. */
function filledWith(base: Item, mine: CardChanges): Item {
  return { ...base, ...mine, wsjf: { ...base.wsjf, ...mine.wsjf }, hypothesis: { ...base.hypothesis, ...mine.hypothesis }, businessCase: { ...base.businessCase, ...mine.businessCase } };
}

/** The name of the form's field that holds the first of `changes` (`wsjf.timeCriticality` for a WSJF input). */
function firstFieldOf(changes: CardChanges): string {
  const [key, value] = Object.entries(changes)[0] ?? ['title', null];
  const inner = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value)[0] : undefined;
  return inner === undefined ? key : `${key}.${inner}`;
}

/** The named field of the item's form that has the keyboard, and its selection. */
function focusIn(itemId: string): Focus | null {
  const field = document.activeElement;
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) || field.form?.dataset.item !== itemId || !field.name) return null;
  const selection = field instanceof HTMLSelectElement || field.selectionStart === null || field.selectionEnd === null ? null : ([field.selectionStart, field.selectionEnd] as [number, number]);
  return { name: field.name, value: field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio') ? field.value : undefined, selection };
}

type FormField = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * The field of the form `focus` names that can take the keyboard: of a group (themes, assignees), the box with its
 * value, else the group's first shown; a field not shown (a group still loading) gives the title its place.
 */
function fieldFor(form: HTMLFormElement, focus: Focus): FormField | null {
  const named = form.elements.namedItem(focus.name);
  const candidates = (named instanceof RadioNodeList ? [...named] : [named]).filter(
    (element): element is FormField => (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) && element.type !== 'hidden' && element.getClientRects().length > 0,
  );
  const field = candidates.find((candidate) => candidate.value === focus.value) ?? candidates[0];
  if (field) return field;
  const title = form.elements.namedItem('title');
  return title instanceof HTMLInputElement ? title : null;
}

/**
 * Every field of a card in one form; saving sends only what changed, with the version that was read.
 * A new version of the card (someone else's change, the reader's own save) rebuilds the form. When the reader has
 * changes not yet saved, the form is rebuilt with them laid over the newer version: the fields they did not touch
 * show what the card holds now, theirs stay as typed (the keyboard too), and saving sends only theirs.
 * A closed card (declined or merged) shows its fields read-only; closed while the reader edits it, it keeps what
 * they typed in view, to be copied, since it can no longer be saved.
 */
export function CardForm({ item, board, members, canEdit, canRank }: Props) {
  const patch = usePatchItem(item);
  const [shown, setShown] = useState<Shown>({ base: item, rebuilds: 0, ...NOTHING_CARRIED });
  const [edited, setEdited] = useState(false);
  // The card as the form says it is, taken at each change: what the reader would lose if the card closed now.
  const draft = useRef<EditableFields | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [unsavedWhenClosed, setUnsavedWhenClosed] = useState<CardChanges | null>(null);
  const changedMeanwhile = changedFieldNames(editableOf(shown.base), editableOf(item));
  // A closed card shows no form: what its reader had typed is kept below instead.
  if (item.version > shown.base.version && !item.closed) {
    if (!edited) {
      setShown({ base: item, rebuilds: shown.rebuilds + (changedMeanwhile.length > 0 ? 1 : 0), ...NOTHING_CARRIED });
    } else if (changedMeanwhile.length === 0) {
      // A version that changed nothing the form shows (a move, a block) is taken in without touching the fields.
      setShown({ ...shown, base: item, carried: null });
    } else {
      // Read as the newer version arrives, to lay the reader's changes over it.
      // eslint-disable-next-line react-hooks/refs
      const drafted = draft.current ?? editableOf(shown.base);
      const mine = changedFields(editableOf(shown.base), drafted);
      if (Object.keys(mine).length === 0) {
        // Typed and typed back out: nothing of the reader's to keep.
        setEdited(false);
        setShown({ base: item, rebuilds: shown.rebuilds + 1, ...NOTHING_CARRIED });
      } else {
        const bothChanged = fieldNamesOf(mine).filter((name) => changedMeanwhile.includes(name));
        setShown({
          base: item,
          mine,
          meanwhile: [...new Set([...shown.meanwhile, ...changedMeanwhile])],
          othersSince: shown.othersSince ?? shown.base.updatedAt,
          clashes: [...new Set([...shown.clashes, ...bothChanged])],
          rebuilds: shown.rebuilds + 1,
          carried: { focus: focusIn(item.id) },
        });
      }
    }
  }
  // Once a rebuild has carried the reader's changes over: the draft is read from the new form, and the keyboard goes back.
  const carriedOver = useRef<Shown | null>(null);
  useLayoutEffect(() => {
    const form = formRef.current;
    if (!shown.carried || !form || carriedOver.current === shown) return;
    carriedOver.current = shown;
    draft.current = draftFromForm(new FormData(form), editableOf(shown.base), { edit: canEdit, rank: canRank });
    const { focus } = shown.carried;
    const field = focus && fieldFor(form, focus);
    if (!focus || !field) return;
    field.focus();
    if (!(field instanceof HTMLSelectElement) && field.name === focus.name && focus.selection) field.setSelectionRange(...focus.selection);
  }, [shown, canEdit, canRank]);
  if (item.closed && edited) {
    setEdited(false);
    // Read once, as the card closes, and kept as state: a draft held as state would render the form at every keystroke.
    // eslint-disable-next-line react-hooks/refs
    setUnsavedWhenClosed(draft.current ? changedFields(editableOf(shown.base), draft.current) : null);
    setShown({ ...shown, ...NOTHING_CARRIED });
  }
  const changedBy = useChangedBy(item.id, edited && shown.meanwhile.length > 0 ? shown.othersSince : null, members);
  const base = shown.base;
  const filled = filledWith(base, shown.mine);
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
  const people = assignableMembers(members, [filled.ownerId, ...filled.assigneeIds]);
  const rights = { edit: canEdit, rank: canRank };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const before = editableOf(base);
    const changes = changedFields(before, draftFromForm(new FormData(event.currentTarget), before, rights));
    if (Object.keys(changes).length === 0) {
      notify('Nothing to save: no field changed.');
      setEdited(false);
      setShown({ ...shown, ...NOTHING_CARRIED });
    } else {
      // Unless others changed the card meanwhile, the fields already show what was saved: the form takes the saved
      // version in without being built anew, so the keyboard's focus stays on the button.
      const rebuild = changedMeanwhile.length > 0 ? 1 : 0;
      patch.mutate(changes, {
        onSuccess: (saved) => {
          setEdited(false);
          setShown((current) => ({ ...current, ...NOTHING_CARRIED, ...(saved.version > current.base.version ? { base: saved, rebuilds: current.rebuilds + rebuild } : {}) }));
        },
      });
    }
  };
  return (
    <form
      key={shown.rebuilds}
      ref={formRef}
      data-item={item.id}
      // The card's guard knew the form this one replaced: carrying the reader's changes, this one says it holds them
      // (while they are being saved, the guard follows the save).
      {...(Object.keys(shown.mine).length > 0 && !patch.isPending ? { [UNSAVED_ATTRIBUTE]: '' } : {})}
      className="card-form"
      onSubmit={submit}
      onChange={(event) => {
        setEdited(true);
        draft.current = draftFromForm(new FormData(event.currentTarget), editableOf(base), rights);
      }}
      aria-label="Card fields"
    >
      {edited && shown.meanwhile.length > 0 && changedBy !== undefined && (
        <div className="changed-meanwhile" role="status">
          <p>
            {changedBy} changed this card&rsquo;s {listed(shown.meanwhile)} while you were editing it. Your changes are kept: saving applies them, and every field you did not change shows and keeps the newer value.
            {shown.clashes.length > 0 && ` You changed the ${listed(shown.clashes)} too: saving replaces their ${shown.clashes.length === 1 ? 'change' : 'changes'} there with yours.`}
          </p>
          <button
            type="button"
            onClick={() => {
              setEdited(false);
              // The button goes with the changes: the keyboard goes to the first field they were in, now as stored.
              setShown({ base: item, rebuilds: shown.rebuilds + 1, ...NOTHING_CARRIED, carried: { focus: { name: firstFieldOf(shown.mine), selection: null } } });
            }}
          >
            Discard my changes
          </button>
        </div>
      )}
      <fieldset disabled={!canEdit} className="card-fields">
        <legend className="sr-only">Details</legend>
        <label className="wide">
          Title
          <input name="title" defaultValue={filled.title} required maxLength={200} />
        </label>
        <label className="wide">
          Description <span className="hint">(Markdown)</span>
          <textarea name="description" defaultValue={filled.description} rows={4} />
        </label>
        <label>
          Owner
          <select name="ownerId" defaultValue={filled.ownerId ?? ''}>
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
          <select name="assigneeIds" multiple defaultValue={filled.assigneeIds} size={Math.min(4, Math.max(2, people.length))}>
            {people.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Class of service
          <select name="classOfService" defaultValue={filled.classOfService}>
            {CLASS_OF_SERVICE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due date
          <input name="dueDate" type="date" defaultValue={filled.dueDate ?? ''} />
        </label>
        <ValueStreamSelect portfolioId={item.portfolioId} current={filled.valueStream} />
        <ItemLinkSelect label="Parent" name="parentId" boards={boards} linked={filled.parentId ? [filled.parentId] : []} context={linkContext} kept="the card's current parent" />
        <label className="wide">
          Tags <span className="hint">(comma-separated)</span>
          <input name="tags" defaultValue={filled.tags.join(', ')} />
        </label>
        <ThemePicker portfolioId={item.portfolioId} linked={filled.themes} />
        <ItemLinkSelect
          label="Depends on"
          name="dependsOn"
          boards={boards}
          linked={filled.dependsOn}
          context={linkContext}
          known={filled.blockedBy}
          multiple
          kept="the items the card depends on now"
          className="wide"
        />
      </fieldset>
      <WsjfFields item={filled} disabled={!canRank} />
      <TextGroup title="Epic hypothesis statement" prefix="hypothesis" labels={HYPOTHESIS_LABELS} values={filled.hypothesis} disabled={!canEdit} />
      <TextGroup title="Lean business case" prefix="businessCase" labels={BUSINESS_CASE_LABELS} values={filled.businessCase} disabled={!canEdit} />
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
function UnsavedWhenClosed({ changes, closedAs, onDismiss }: { changes: CardChanges; closedAs: NonNullable<Item['closed']>['as']; onDismiss: () => void }) {
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

/**
 * Who changed the card's fields after `since` (when the reader's form last showed it as stored), in words, from its
 * history; undefined while `since` is null, and while the history that names them is first read (said once, not
 * "Someone" first and the names after).
 */
function useChangedBy(itemId: string, since: string | null, members: readonly Member[]): string | undefined {
  const history = useHistory(itemId, since !== null);
  const myId = useMe().data?.id;
  if (since === null) return undefined;
  const actorIds = [...new Set((history.data?.changes ?? []).filter((change) => change.at > since && change.actorId !== null).map((change) => change.actorId!))];
  if (actorIds.length === 0 && history.isFetching) return undefined;
  const words = actorIds.map((id) => {
    const name = members.find((member) => member.userId === id)?.name;
    return id === myId ? { text: 'you (in another window)', ours: true } : name ? { text: name, ours: false } : { text: 'a former member', ours: true };
  });
  const [first] = words;
  if (!first) return 'Someone';
  // A name is written as its owner writes it; only the words put in for one start the sentence with a capital.
  if (first.ours) first.text = first.text.charAt(0).toUpperCase() + first.text.slice(1);
  return listed(words.map((word) => word.text));
}
