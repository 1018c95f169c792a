import type { FormEvent } from 'react';
import type { Board, Item, Member } from '../api/types';
import { CLASS_OF_SERVICE_OPTIONS } from '../board/class-of-service';
import { assignableMembers } from '../people/assignable';
import { notify } from '../shell/notices';
import { draftFromForm } from './draft';
import { BUSINESS_CASE_LABELS, HYPOTHESIS_LABELS } from './epic-fields';
import { changedFields, editableOf } from './item-changes';
import { ItemLinkSelect } from './ItemLinkSelect';
import { usePortfolioLinkables } from './queries';
import { ThemePicker, ValueStreamSelect } from './StrategyLinks';
import { TextGroup } from './TextGroup';
import { usePatchItem } from './usePatchItem';
import { WsjfFields } from './WsjfFields';
import { SubmitButton } from '../setup/FieldErrors';

type Props = { item: Item; board: Board; members: readonly Member[]; canEdit: boolean; canRank: boolean };

/** Every field of a card in one form; saving sends only what changed, with the version that was read. */
export function CardForm({ item, board, members, canEdit, canRank }: Props) {
  const patch = usePatchItem(item);
  // A parent or a blocker may be on any board of the portfolio (an epic's features live on team boards).
  const boards = usePortfolioLinkables(board.portfolioId);
  const linkContext = { itemId: item.id, boardId: item.boardId };
  const people = assignableMembers(members, [item.ownerId, ...item.assigneeIds]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const before = editableOf(item);
    const changes = changedFields(before, draftFromForm(new FormData(event.currentTarget), before, { edit: canEdit, rank: canRank }));
    if (Object.keys(changes).length === 0) notify('Nothing to save: no field changed.');
    else patch.mutate(changes);
  };
  return (
    // Remounted on every new version, so the fields always show what was last saved.
    <form key={item.version} className="card-form" onSubmit={submit} aria-label="Card fields">
      <fieldset disabled={!canEdit} className="card-fields">
        <legend className="sr-only">Details</legend>
        <label className="wide">
          Title
          <input name="title" defaultValue={item.title} required maxLength={200} />
        </label>
        <label className="wide">
          Description <span className="hint">(Markdown)</span>
          <textarea name="description" defaultValue={item.description} rows={4} />
        </label>
        <label>
          Owner
          <select name="ownerId" defaultValue={item.ownerId ?? ''}>
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
          <select name="assigneeIds" multiple defaultValue={item.assigneeIds} size={Math.min(4, Math.max(2, people.length))}>
            {people.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Class of service
          <select name="classOfService" defaultValue={item.classOfService}>
            {CLASS_OF_SERVICE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Due date
          <input name="dueDate" type="date" defaultValue={item.dueDate ?? ''} />
        </label>
        <ValueStreamSelect portfolioId={item.portfolioId} current={item.valueStream} />
        <ItemLinkSelect label="Parent" name="parentId" boards={boards} linked={item.parentId ? [item.parentId] : []} context={linkContext} kept="the card's current parent" />
        <label className="wide">
          Tags <span className="hint">(comma-separated)</span>
          <input name="tags" defaultValue={item.tags.join(', ')} />
        </label>
        <ThemePicker portfolioId={item.portfolioId} linked={item.themes} />
        <ItemLinkSelect
          label="Depends on"
          name="dependsOn"
          boards={boards}
          linked={item.dependsOn}
          context={linkContext}
          known={item.blockedBy}
          multiple
          kept="the items the card depends on now"
          className="wide"
        />
      </fieldset>
      <WsjfFields item={item} disabled={!canRank} />
      <TextGroup title="Epic hypothesis statement" prefix="hypothesis" labels={HYPOTHESIS_LABELS} values={item.hypothesis} disabled={!canEdit} />
      <TextGroup title="Lean business case" prefix="businessCase" labels={BUSINESS_CASE_LABELS} values={item.businessCase} disabled={!canEdit} />
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
