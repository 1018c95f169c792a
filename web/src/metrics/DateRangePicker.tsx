import { useId, useState, type FormEvent } from 'react';
import { rangeProblem, type MetricsRange } from './metrics-range';

export interface DateRangePickerProps {
  range: MetricsRange;
  onChoose: (range: MetricsRange) => void;
  /** What the numbers on screen cover, in a sentence. */
  covered: string;
  /** True while the numbers of a newly chosen range are on their way. */
  updating: boolean;
}

/**
 * The range of the metrics: `from` and `to` replace the ends of the default range (earliest to latest
 * date of any item), `today` the day ages and open blocks run to. Empty fields keep the defaults.
 */
export function DateRangePicker({ range, onChoose, covered, updating }: DateRangePickerProps) {
  const [draft, setDraft] = useState<MetricsRange>(range);
  const [submitted, setSubmitted] = useState(false);
  const problem = rangeProblem(draft);
  const errorId = useId();
  const set = (field: keyof MetricsRange) => (value: string) => setDraft((current) => ({ ...current, [field]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!problem) onChoose(draft);
  };
  const invalid = submitted && problem !== null;

  return (
    <form className="range-form" onSubmit={submit} aria-label="Range of the metrics" noValidate>
      <DateField label="From" value={draft.from} onChange={set('from')} invalid={invalid} errorId={errorId} />
      <DateField label="To" value={draft.to} onChange={set('to')} invalid={invalid} errorId={errorId} />
      <DateField label="Ages as of" value={draft.today} onChange={set('today')} invalid={invalid} errorId={errorId} />
      <button type="submit" className="primary">
        Show
      </button>
      <button
        type="button"
        onClick={() => {
          setDraft({});
          setSubmitted(false);
          onChoose({});
        }}
      >
        Whole history
      </button>
      {invalid && (
        <p className="form-error" id={errorId} role="alert">
          {problem}
        </p>
      )}
      <p className="hint" role="status">
        {updating ? 'Updating the charts…' : covered}
      </p>
    </form>
  );
}

function DateField({ label, value, onChange, invalid, errorId }: { label: string; value: string | undefined; onChange: (value: string) => void; invalid: boolean; errorId: string }) {
  return (
    <label>
      {label}
      <input type="date" value={value ?? ''} onChange={(event) => onChange(event.target.value)} aria-invalid={invalid || undefined} aria-describedby={invalid ? errorId : undefined} />
    </label>
  );
}
