import { useId, useState, type KeyboardEvent } from 'react';
import type { Principal } from '../api/types';
import { encodePrincipal, matchingOptions, principalLabel, type PrincipalOption } from './principals';
import './principal-picker.css';

type Props = {
  label: string;
  /** What the part means, read after the label. */
  hint?: string;
  options: readonly PrincipalOption[];
  chosen: readonly Principal[];
  onChange: (chosen: Principal[]) => void;
  /** One choice at most: choosing another replaces it. */
  single?: boolean;
};

/**
 * Choosing roles and people (the ARIA combobox pattern): the chosen ones as chips with a remove button,
 * a search field that filters the rest as you type, grouped roles then people; arrow keys move through
 * them, Enter adds, Escape closes the list, Backspace in the empty field removes the last chip.
 */
export function PrincipalPicker({ label, hint, options, chosen, onChange, single = false }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const groups = matchingOptions(options, query, chosen.map(encodePrincipal));
  const flat = groups.flatMap((g) => g.options);
  const activeOption = open ? flat[Math.min(active, flat.length - 1)] : undefined;
  const optionId = (option: PrincipalOption) => `${id}-option-${option.value}`;

  const choose = (option: PrincipalOption) => {
    onChange(single ? [option.principal] : [...chosen, option.principal]);
    setQuery('');
    setActive(0);
    if (single) setOpen(false);
  };
  const remove = (index: number) => onChange(chosen.filter((_, i) => i !== index));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(open ? Math.max(0, Math.min(flat.length - 1, active + step)) : 0);
      setOpen(true);
    } else if (event.key === 'Enter' && activeOption) {
      // Enter picks the highlighted option; it must not submit the surrounding form.
      event.preventDefault();
      choose(activeOption);
    } else if (event.key === 'Escape' && open) {
      // Closing the list is all Escape does here: the dialog or page around it stays.
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && chosen.length > 0) {
      remove(chosen.length - 1);
    }
  };

  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={hint ? `${id}-hint` : undefined} className="principal-picker">
      <span id={`${id}-label`} className="picker-label">
        {label}
      </span>
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <div className="picker-field">
        <ul className="chips" aria-label={`Chosen: ${label}`}>
          {chosen.map((principal, index) => {
            const name = principalLabel(principal, options);
            return (
              <li key={encodePrincipal(principal)} className={'role' in principal ? 'chip chip-role' : 'chip'} title={'role' in principal ? `Everyone with the role ${name}` : undefined}>
                {name}
                <button type="button" className="chip-remove" aria-label={`Remove ${name}`} onClick={() => remove(index)} />
              </li>
            );
          })}
        </ul>
        <input
          type="text"
          role="combobox"
          aria-label={single ? `Choose who is ${label.toLowerCase()}` : `Add to ${label.toLowerCase()}`}
          aria-expanded={open}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
          placeholder={single && chosen.length > 0 ? 'Type to replace…' : options.some((option) => 'role' in option.principal) ? 'Type a role or a name…' : 'Type a name…'}
          value={query}
          autoComplete="off"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onClick={() => setOpen(true)}
          onKeyDown={onKeyDown}
          onBlur={() => {
            // Text typed but never chosen is no choice: leaving it in the field would read as one.
            setOpen(false);
            setQuery('');
          }}
        />
      </div>
      {open && (
        <div role="listbox" id={`${id}-list`} aria-label={label} className="picker-list">
          {groups.length === 0 && <p className="hint picker-empty">{query ? `Nobody and no role named "${query}" left to choose.` : 'Everyone is chosen already.'}</p>}
          {groups.map((group) => (
            <div key={group.group} role="group" aria-labelledby={`${id}-${group.group}`}>
              <div id={`${id}-${group.group}`} role="presentation" className="picker-group">
                {group.group}
              </div>
              {group.options.map((option) => (
                <div
                  key={option.value}
                  id={optionId(option)}
                  role="option"
                  aria-selected={option === activeOption}
                  className={option === activeOption ? 'picker-option active' : 'picker-option'}
                  // Chosen on mouse down, before the field's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    choose(option);
                  }}
                >
                  {option.label}
                </div>
              ))}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
