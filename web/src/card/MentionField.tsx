import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react';
import { mentionBeingTyped, mentionOf } from '../../../src/domain/mentions';
import type { Member } from '../api/types';
import { suggestedMembers } from './mention-suggestions';

type Props = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  /** The portfolio's members, to suggest while an @mention is typed; none while they load. */
  members: readonly Member[];
  myId: string | undefined;
  rows: number;
  autoFocus?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
};

/**
 * A comment's text field that suggests the members an @mention being typed may mean: arrows choose, Enter or Tab
 * writes the mention (the whole address where two members share its start), Escape sets the suggestions aside
 * without leaving the card.
 */
export function MentionField({ label, value, onChange, members, myId, rows, autoFocus, ref }: Props) {
  const field = useRef<HTMLTextAreaElement | null>(null);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // The @ whose suggestions Escape set aside: they stay away until another mention is typed.
  const [setAsideAt, setSetAsideAt] = useState<number | null>(null);
  // Where the caret goes once a written mention is in the field's text.
  const caretAfterWriting = useRef<number | null>(null);
  const typing = mentionBeingTyped(value, caret);
  // Set aside for as long as that mention is being typed: once it is gone, a new one is suggested for again.
  if (setAsideAt !== null && typing?.at !== setAsideAt) setSetAsideAt(null);
  // A lone "@" suggests nobody yet: Enter after it still starts a new line.
  const people = typing && typing.query !== '' && typing.at !== setAsideAt ? suggestedMembers(members, typing.query, myId) : [];
  const chosen = people[Math.min(active, people.length - 1)];
  useLayoutEffect(() => {
    // A text opened to be edited is edited on from its end, where the caret of the field focused on opening is not.
    if (autoFocus) field.current?.setSelectionRange(field.current.value.length, field.current.value.length);
    // Set once, as the field mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useLayoutEffect(() => {
    if (caretAfterWriting.current === null) return;
    field.current?.setSelectionRange(caretAfterWriting.current, caretAfterWriting.current);
    caretAfterWriting.current = null;
  });
  const follow = (element: HTMLTextAreaElement) => setCaret(element.selectionStart);
  const write = (member: Member) => {
    const mention = `${mentionOf(member, members)} `;
    onChange(value.slice(0, typing!.at) + mention + value.slice(caret));
    setCaret(typing!.at + mention.length);
    caretAfterWriting.current = typing!.at + mention.length;
    setActive(0);
  };
  // In the capture phase: the card's dialog hears Escape before the field's own handlers would.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!chosen || !typing) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0) setActive((people.indexOf(chosen) + step + people.length) % people.length);
    else if (event.key === 'Enter' || event.key === 'Tab') write(chosen);
    else if (event.key === 'Escape') setSetAsideAt(typing.at);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  // The suggestions sit outside the label, which names the field by its own words alone.
  return (
    <div className="mention-field">
      <label>
        {label}
        <textarea
          ref={(element) => {
            field.current = element;
            if (typeof ref === 'function') ref(element);
            else if (ref) ref.current = element;
          }}
          value={value}
          rows={rows}
          autoFocus={autoFocus}
          onChange={(event) => {
            onChange(event.target.value);
            follow(event.target);
            setActive(0);
          }}
          onSelect={(event) => follow(event.currentTarget)}
          onKeyDownCapture={onKeyDownCapture}
          aria-autocomplete="list"
          aria-controls={people.length > 0 ? listId : undefined}
          aria-activedescendant={chosen ? `${listId}-${chosen.userId}` : undefined}
        />
      </label>
      {people.length > 0 && (
        <ul className="mention-suggestions" id={listId} role="listbox" aria-label="People to mention">
          {people.map((member) => (
            <li
              key={member.userId}
              id={`${listId}-${member.userId}`}
              role="option"
              aria-selected={member === chosen}
              // The field keeps the keyboard: a click writes the mention without taking the focus from it.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => write(member)}
            >
              {member.name} <span className="hint">{mentionOf(member, members)}</span>
            </li>
          ))}
        </ul>
      )}
      <span className="sr-only" role="status">
        {people.length > 0 ? `${people.length} ${people.length === 1 ? 'person' : 'people'} to mention: arrows to choose, Enter to write the mention.` : ''}
      </span>
    </div>
  );
}
