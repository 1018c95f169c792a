import { useChoiceWhileSaving } from '../api/choice-while-saving';
import type { Column, Item } from '../api/types';
import { usePatchItem } from './usePatchItem';

/** The current column's exit criteria, checked on this card: a card moves on to a later column only when all are checked. */
export function ExitCriteria({ item, column, canEdit }: { item: Item; column: Column; canEdit: boolean }) {
  const patch = usePatchItem(item);
  const choice = useChoiceWhileSaving<string[]>();
  if (column.exitCriteria.length === 0) return <p className="hint">"{column.name}" has no exit criteria.</p>;
  const shown = choice.shown(item.id, item.checkedCriteria);
  const checked = new Set(shown);
  const toggle = (criterion: string, on: boolean) => {
    const next = on ? [...shown, criterion] : shown.filter((c) => c !== criterion);
    patch.mutate({ checkedCriteria: next }, { onSettled: choice.hold(item.id, next) });
  };
  const done = column.exitCriteria.filter((c) => checked.has(c)).length;
  const title = (
    <>
      Exit criteria of {column.name}{' '}
      <span className="hint">
        {done} of {column.exitCriteria.length} met
      </span>
    </>
  );
  // Who may not tick them reads them, rather than meeting checkboxes that do nothing.
  if (!canEdit) {
    return (
      <section className="exit-criteria" aria-label={`Exit criteria of ${column.name}`}>
        <h3>{title}</h3>
        <ul>
          {column.exitCriteria.map((criterion) => (
            <li key={criterion} className={checked.has(criterion) ? 'met' : 'unmet'}>
              {criterion} <span className="hint">{checked.has(criterion) ? 'checked' : 'not checked'}</span>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <fieldset className="exit-criteria" disabled={patch.isPending}>
      <legend>{title}</legend>
      {column.exitCriteria.map((criterion) => (
        <label key={criterion} className="checkbox">
          <input type="checkbox" checked={checked.has(criterion)} onChange={(e) => toggle(criterion, e.target.checked)} />
          {criterion}
        </label>
      ))}
    </fieldset>
  );
}
