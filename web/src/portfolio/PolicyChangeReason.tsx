/** The longest reason the column PATCH takes. */
const MAX_REASON = 2000;

/**
 * Why a column's policies change, for the form that saves them: read from the form data as `reason`,
 * sent with the PATCH, kept with the policy version and shown in the policy history. Optional.
 */
export function PolicyChangeReason() {
  return (
    <label className="wide">
      Why this change? <span className="hint">(optional; kept in the policy history)</span>
      <textarea name="reason" rows={2} maxLength={MAX_REASON} />
    </label>
  );
}

/** The reason from a form holding `PolicyChangeReason`, in the shape of the column PATCH: absent when blank. */
export function reasonFrom(form: FormData): { reason?: string } {
  const reason = String(form.get('reason') ?? '').trim();
  return reason ? { reason } : {};
}
