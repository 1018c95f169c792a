import { useDeferredValue, useId, useMemo, useState, type RefObject } from 'react';
import type { Board, Member } from '../api/types';
import { CLASS_OF_SERVICE_OPTIONS } from './class-of-service';
import { activeFieldFilters, filterChoices, isFiltering, NO_FILTER, UNOWNED, type BoardFilter } from './filters';
import { valueStreamNames } from './lanes';
import { useThemes } from '../strategy/queries';

const NO_ITEMS: Board['items'] = [];

type Props = {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  board: Pick<Board, 'portfolioId' | 'items' | 'swimlanes'>;
  members: readonly Member[];
  shown: number;
  searchRef: RefObject<HTMLInputElement | null>;
};

export function BoardFilters({ filter, onChange, board, members, shown, searchRef }: Props) {
  const { items } = board;
  // The menus' choices read every card and sort by the reader's language, whose first use takes a moment:
  // they follow the board's first view rather than hold it back, and are read again only when the cards change.
  const choiceItems = useDeferredValue(items, NO_ITEMS);
  const { tags, themes, valueStreams } = useMemo(() => filterChoices(choiceItems), [choiceItems]);
  const streamNames = valueStreamNames(board);
  const themeList = useThemes(board.portfolioId, themes.length > 0).data;
  const themeNames = useMemo(() => new Map(themeList?.map((theme) => [theme.id, theme.name])), [themeList]);
  const set = <K extends keyof BoardFilter>(key: K, value: BoardFilter[K]) => onChange({ ...filter, [key]: value });
  // On a phone the menus fold behind one button (CSS shows them always on wider screens), which tells how many are in use.
  const [fieldsOpen, setFieldsOpen] = useState(false);
  const fieldsId = useId();
  const active = activeFieldFilters(filter);
  return (
    <div role="search" className="board-filters" aria-label="Filter cards">
      <input
        ref={searchRef}
        type="search"
        className="board-search"
        aria-label="Search cards"
        placeholder="Search (/)"
        value={filter.search}
        onChange={(e) => set('search', e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.blur()}
      />
      <button type="button" className="filters-toggle" aria-expanded={fieldsOpen} aria-controls={fieldsId} onClick={() => setFieldsOpen(!fieldsOpen)}>
        Filters
        {active > 0 && (
          <span className="count">
            {' '}
            {active}
            <span className="sr-only"> active</span>
          </span>
        )}
      </button>
      <div id={fieldsId} className={fieldsOpen ? 'filter-fields open' : 'filter-fields'}>
        <Select label="Owner" value={filter.ownerId} onChange={(v) => set('ownerId', v)} options={[...members.map((m) => ({ value: m.userId, label: m.name })), { value: UNOWNED, label: 'No owner' }]} />
        {tags.length > 0 && <Select label="Tag" value={filter.tag} onChange={(v) => set('tag', v)} options={tags.map((t) => ({ value: t, label: t }))} />}
        {themes.length > 0 && <Select label="Theme" value={filter.theme} onChange={(v) => set('theme', v)} options={themes.map((id) => ({ value: id, label: themeNames.get(id) ?? id })).sort((a, b) => a.label.localeCompare(b.label))} />}
        {valueStreams.length > 0 && (
          <Select label="Value stream" value={filter.valueStream} onChange={(v) => set('valueStream', v)} options={valueStreams.map((id) => ({ value: id, label: streamNames.get(id) ?? id }))} />
        )}
        <Select label="Class of service" value={filter.classOfService} onChange={(v) => set('classOfService', v)} options={CLASS_OF_SERVICE_OPTIONS} />
        <label className="checkbox">
          <input type="checkbox" checked={filter.blockedOnly} onChange={(e) => set('blockedOnly', e.target.checked)} />
          Blocked only
        </label>
      </div>
      {isFiltering(filter) && (
        <>
          <span className="hint" role="status">
            {shown} of {items.length} cards shown
          </span>
          <button type="button" className="ghost" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
}

function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (value: string) => void; options: readonly { value: string; label: string }[] }) {
  // Named by its label alone, not by the label and the option it shows.
  const id = useId();
  return (
    <span className="filter">
      <label className="filter-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
