import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useChoiceWhileSaving } from '../api/choice-while-saving';
import { answer, api, isProblem } from '../api/http';
import type { Item, Member } from '../api/types';
import { assignableMembers } from '../people/assignable';
import { formatDateTime } from '../shell/format';
import { useItemWrite } from './usePatchItem';
import { BusyButton, SubmitButton } from '../setup/FieldErrors';

/** Raising and clearing a roadblock, naming who should clear it; the person named may clear it whatever their roles. */
export function BlockControl({ item, members, canBlock, myId }: { item: Item; members: readonly Member[]; canBlock: boolean; myId: string | undefined }) {
  const [raising, setRaising] = useState(false);
  const nameOf = (id: string | null) => members.find((m) => m.userId === id)?.name;
  const [reason, setReason] = useState('');
  // The reason being written when someone else's block arrived first, and who raised theirs: kept until dismissed,
  // also once their block is cleared, when it may be the block to raise.
  const [notSaved, setNotSaved] = useState<{ reason: string; firstBy: string } | null>(null);
  const putAway = () => {
    setRaising(false);
    setReason('');
  };
  if (item.block && raising) {
    putAway();
    if (item.block.blockedBy !== myId && reason.trim()) setNotSaved({ reason: reason.trim(), firstBy: nameOf(item.block.blockedBy) ?? 'Someone' });
  }
  const notSavedNote = notSaved && (
    <div className="changed-meanwhile" role="status">
      <p>
        {notSaved.firstBy} blocked this card before your block was raised, which was not saved: &ldquo;{notSaved.reason}&rdquo;
      </p>
      {!item.block && (
        <button
          type="button"
          onClick={() => {
            setReason(notSaved.reason);
            setNotSaved(null);
            setRaising(true);
          }}
        >
          Raise it now
        </button>
      )}
      <button type="button" onClick={() => setNotSaved(null)}>
        Dismiss
      </button>
    </div>
  );
  const block = useItemWrite(
    item,
    (input: { reason: string; resolverId: string | null }) => answer(api.POST('/api/v1/items/{id}/block', { params: { path: { id: item.id } }, body: input })),
    'Card blocked.',
    (error) => {
      const raised = isProblem(error, 'already_blocked') ? (error.problem as { block?: Item['block'] }).block : undefined;
      return raised ? `${nameOf(raised.blockedBy) ?? 'Someone'} blocked this card meanwhile, on ${formatDateTime(raised.since)}: ${raised.reason}` : undefined;
    },
  );
  // Cleared by someone else meanwhile: says who and when, so that no one looks for a block to clear.
  const clearedMeanwhile = (error: unknown) => {
    const cleared = isProblem(error, 'not_blocked') ? (error.problem as { cleared?: { by: string | null; byName: string | null; at: string } }).cleared : undefined;
    if (!cleared) return undefined;
    const who = cleared.by === myId ? 'You' : (cleared.byName ?? 'Someone');
    return `${who} cleared this block meanwhile, on ${formatDateTime(cleared.at)}.`;
  };
  const unblock = useItemWrite(item, () => answer(api.POST('/api/v1/items/{id}/unblock', { params: { path: { id: item.id } }, body: {} })), 'Block cleared.', clearedMeanwhile);
  const nameResolver = useItemWrite(
    item,
    (resolverId: string | null) => answer(api.PUT('/api/v1/items/{id}/block/resolver', { params: { path: { id: item.id } }, body: { resolverId } })),
    'Who clears the block saved.',
    clearedMeanwhile,
  );
  const resolverChoice = useChoiceWhileSaving<string | null>();
  // Blocking or clearing replaces the control the keyboard was on: the keyboard goes to what replaces it.
  const blockState = useRef<HTMLDivElement>(null);
  const blockButton = useRef<HTMLButtonElement>(null);
  const changedHere = useRef(false);
  const blocked = Boolean(item.block);
  const changingHere = () => {
    changedHere.current = true;
    // Refused because the card was already so, it is read again and the change arrives all the same.
    return { onError: (error: unknown) => void (changedHere.current = isProblem(error, 'already_blocked', 'not_blocked')) };
  };
  useEffect(() => {
    // A block raised elsewhere took away the form the keyboard was in: the keyboard goes to the block.
    const lost = document.activeElement === document.body;
    if (!changedHere.current && !lost) return;
    changedHere.current = false;
    (blocked ? blockState.current : blockButton.current)?.focus();
  }, [blocked]);

  if (item.block) {
    return (
      <div className="block-state card-block" ref={blockState} tabIndex={-1}>
        <p>
          <strong>Blocked</strong> since {formatDateTime(item.block.since)}: {item.block.reason}
        </p>
        {notSavedNote}
        {canBlock ? (
          <label>
            Who should clear it?
            <ResolverSelect
              members={members}
              value={resolverChoice.shown(item.id, item.block.resolverId)}
              onChange={(resolverId) => nameResolver.mutate(resolverId, { onSettled: resolverChoice.hold(item.id, resolverId) })}
              disabled={nameResolver.isPending}
            />
          </label>
        ) : (
          item.block.resolverId && <p className="hint">To be cleared by {nameOf(item.block.resolverId) ?? 'a former member'}.</p>
        )}
        {(canBlock || (myId !== undefined && item.block.resolverId === myId)) && (
          <BusyButton busy={unblock.isPending} onClick={() => unblock.mutate(undefined, changingHere())}>
            Clear the block
          </BusyButton>
        )}
      </div>
    );
  }
  if (!canBlock) return null;
  if (!raising) {
    return (
      <>
        {notSavedNote}
        <button ref={blockButton} type="button" onClick={() => setRaising(true)}>
          Block this card…
        </button>
      </>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const resolverId = String(form.get('resolverId') ?? '');
    block.mutate({ reason, resolverId: resolverId || null }, { ...changingHere(), onSuccess: putAway });
  };
  return (
    <form className="stack block-form" onSubmit={submit}>
      <label>
        What blocks it?
        <input name="reason" required maxLength={2000} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label>
        Who should clear it?
        <ResolverSelect members={members} name="resolverId" />
      </label>
      <div className="actions">
        <button type="button" onClick={putAway}>
          Cancel
        </button>
        <SubmitButton busy={block.isPending}>
          Block
        </SubmitButton>
      </div>
    </form>
  );
}

type ResolverSelectProps = {
  members: readonly Member[];
  name?: string;
  /** Controlled when given: the resolver named now. */
  value?: string | null;
  onChange?: (resolverId: string | null) => void;
  disabled?: boolean;
};

/** The member named to clear a block, or nobody yet. */
function ResolverSelect({ members, name, value, onChange, disabled }: ResolverSelectProps) {
  // A resolver who has left the portfolio is shown as such rather than as "not named".
  const formerMember = value ? !members.some((m) => m.userId === value) : false;
  const controlled = value !== undefined ? { value: value ?? '', onChange: (e: ChangeEvent<HTMLSelectElement>) => onChange?.(e.target.value || null) } : { defaultValue: '' };
  return (
    <select name={name} disabled={disabled} {...controlled}>
      <option value="">Not named yet</option>
      {formerMember && <option value={value!}>A former member</option>}
      {assignableMembers(members, [value]).map((m) => (
        <option key={m.userId} value={m.userId}>
          {m.name}
        </option>
      ))}
    </select>
  );
}
