import { isProblem, type Problem, type ProblemError } from '../api/http';

/** The refusals a holder of wip.override may override with a reason (a gate asks for approval instead). */
const OVERRIDABLE_REFUSALS: Problem['code'][] = ['wip_limit_exceeded', 'exit_criteria_unmet', 'children_open'];

/** Whether `error` is a refusal that the person (who holds wip.override, or not) may override with a reason. */
export function mayOverrideRefusal(error: unknown, mayOverride: boolean): error is ProblemError {
  return mayOverride && isProblem(error, ...OVERRIDABLE_REFUSALS);
}

/** The reason asked for once a form's action was refused and may be overridden: recorded on the card's history and in the audit log. */
export function OverrideReasonField({ value, onChange, autoFocus = true }: { value: string; onChange: (reason: string) => void; autoFocus?: boolean }) {
  return (
    <label>
      Reason for the override <span className="hint">(recorded on the card's history and in the audit log)</span>
      <textarea value={value} onChange={(e) => onChange(e.target.value)} required rows={3} maxLength={2000} autoFocus={autoFocus} />
    </label>
  );
}
