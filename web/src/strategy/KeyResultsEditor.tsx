import { EMPTY_KEY_RESULT, type KeyResultRow } from './theme-draft';

type Props = { rows: KeyResultRow[]; onChange: (rows: KeyResultRow[]) => void };

/** The measurable key results of a theme's objective: one row each, added and removed freely before saving. */
export function KeyResultsEditor({ rows, onChange }: Props) {
  const update = (index: number, change: Partial<KeyResultRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="wide key-results-editor">
      <legend>Key results</legend>
      {rows.length === 0 && <p className="hint">No key result yet.</p>}
      {rows.map((row, index) => (
        <div key={index} className="key-result-row">
          <label className="key-result-description">
            Key result {index + 1}
            <input value={row.description} maxLength={500} onChange={(event) => update(index, { description: event.target.value })} />
          </label>
          <label>
            Current
            <input type="number" step="any" inputMode="decimal" value={row.current} onChange={(event) => update(index, { current: event.target.value })} />
          </label>
          <label>
            Target
            <input type="number" step="any" inputMode="decimal" value={row.target} onChange={(event) => update(index, { target: event.target.value })} />
          </label>
          <label>
            Unit
            <input value={row.unit} maxLength={50} onChange={(event) => update(index, { unit: event.target.value })} />
          </label>
          <button type="button" className="danger" onClick={() => onChange(rows.filter((_, i) => i !== index))} aria-label={`Remove key result ${index + 1}`}>
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, EMPTY_KEY_RESULT])}>
        Add key result
      </button>
    </fieldset>
  );
}
