import { useId, useRef } from 'react';
import { formatDateTime } from '../shell/format';
import { notify } from '../shell/notices';
import './people.css';

/**
 * A link the server shows once (an invitation, a password reset): copied from here or lost, since
 * only its digest is kept. `mailedTo` names who already received it by e-mail, when mail is set up.
 */
export function OneTimeLink({ label, url, expiresAt, mailedTo, onDone }: { label: string; url: string; expiresAt: string; mailedTo: string | null; onDone: () => void }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      notify('Link copied.');
    } catch {
      // Without clipboard access the link is selected, ready for Ctrl+C.
      input.current?.select();
      notify('Copying was not allowed; the link is selected, copy it with Ctrl+C.', 'error');
    }
  };
  return (
    <div className="one-time-link" role="group" aria-labelledby={`${inputId}-label`}>
      <label id={`${inputId}-label`} htmlFor={inputId}>
        {label}
      </label>
      <div className="one-time-link-row">
        <input id={inputId} ref={input} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy link
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
      <p className="hint">
        This link is shown only this once and works once, until {formatDateTime(expiresAt)}.{' '}
        {mailedTo ? `It has also been e-mailed to ${mailedTo}.` : 'This server does not send e-mail, so pass the link on yourself.'}
      </p>
    </div>
  );
}
