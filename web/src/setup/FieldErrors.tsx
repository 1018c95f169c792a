import type { ButtonHTMLAttributes, ReactNode } from 'react';
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

/**
 * A button that refuses a second press while what the first started runs. It says it is busy rather than being
 * disabled: a disabled button would drop the keyboard's focus to the page, and what is shown after it (an error, a
 * new state) would leave a keyboard or screen-reader user nowhere. A submit button's refusal holds for Enter in a
 * field too, which clicks it.
 */
export function BusyButton({ busy, submit = false, onClick, ...button }: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & { busy: boolean; submit?: boolean }) {
  return (
    <button
      {...button}
      type={submit ? 'submit' : 'button'}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    />
  );
}

/** A form's submit button, busy while the form is sent and disabled while it is incomplete. */
export function SubmitButton({ busy, disabled = false, primary = true, children }: { busy: boolean; disabled?: boolean; primary?: boolean; children: ReactNode }) {
  return (
    <BusyButton submit busy={busy} disabled={disabled} className={primary ? 'primary' : undefined}>
      {children}
    </BusyButton>
  );
}

/** A form's last row: the server's refusal, if any, then cancel and submit (busy while the request runs; disabled while the form is `incomplete`). */
export function FormActions({ error, pending, incomplete = false, submitLabel, cancelLabel = 'Cancel', onCancel }: { error: unknown; pending: boolean; incomplete?: boolean; submitLabel: string; cancelLabel?: string; onCancel: () => void }) {
  return (
    <>
      <FormError error={error} />
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <SubmitButton busy={pending} disabled={incomplete}>
          {submitLabel}
        </SubmitButton>
      </div>
    </>
  );
}
