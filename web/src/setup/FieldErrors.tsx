import { ProblemError } from '../api/http';

/**
 * The server's explanation of a refused form, with each bad field it named. With `describe`, each field is
 * named in the reader's words (or not at all, when it answers null) under `lead`, in place of the server's
 * summary, which only repeats the fields.
 */
export function FormError({ error, describe, lead }: { error: unknown; describe?: (field: string) => string | null; lead?: string }) {
  if (!error) return null;
  const problem = error instanceof ProblemError ? error.problem : null;
  const errors = problem?.errors ?? [];
  const plain = describe && errors.length > 0;
  return (
    <div className="form-error" role="alert">
      <p>{problem ? (plain ? (lead ?? problem.title) : problem.detail) : 'The server could not be reached; try again.'}</p>
      {errors.length > 0 && (
        <ul>
          {errors.map((e) => {
            const where = describe ? describe(e.field) : e.field;
            return <li key={e.field + e.message}>{where ? <><strong>{where}</strong> {e.message}</> : e.message}</li>;
          })}
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
