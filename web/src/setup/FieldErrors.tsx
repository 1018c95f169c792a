import { ProblemError } from '../api/http';

/** The server's explanation of a refused form, with each bad field it named. */
export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  const problem = error instanceof ProblemError ? error.problem : null;
  return (
    <div className="form-error" role="alert">
      <p>{problem ? problem.detail : 'The server could not be reached; try again.'}</p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((e) => (
            <li key={e.field + e.message}>
              <strong>{e.field}</strong> {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A form's last row: the server's refusal, if any, then cancel and submit (disabled while the request runs). */
export function FormActions({ error, pending, submitLabel, cancelLabel = 'Cancel', onCancel }: { error: unknown; pending: boolean; submitLabel: string; cancelLabel?: string; onCancel: () => void }) {
  return (
    <>
      <FormError error={error} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="primary" disabled={pending}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
