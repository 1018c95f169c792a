import { useState, type FormEvent } from 'react';
import type { Problem } from '../api/http';
import { Dialog } from '../shell/Dialog';
import { OverrideReasonField } from './override-reason';

/**
 * A refused move offered to someone holding wip.override: the server's explanation, and a reason
 * that is recorded with the transition and in the audit log.
 */
export function OverrideDialog({ problem, onOverride, onCancel }: { problem: Problem; onOverride: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onOverride(reason.trim());
  };
  return (
    <Dialog title={problem.title} onClose={onCancel}>
      <form onSubmit={submit} className="stack">
        <p className="problem-detail">{problem.detail}</p>
        <OverrideReasonField value={reason} onChange={setReason} />
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Keep the card where it was
          </button>
          <button type="submit" className="primary" disabled={!reason.trim()}>
            Override and move
          </button>
        </div>
      </form>
    </Dialog>
  );
}
