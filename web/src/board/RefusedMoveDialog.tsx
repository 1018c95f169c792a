import { useState, type FormEvent } from 'react';
import { isProblem, type ProblemError } from '../api/http';
import { CheckCriteria, uncheckedCriteriaOf } from '../card/CheckCriteria';
import { Dialog } from '../shell/Dialog';
import { mayOverrideRefusal, OverrideReasonField } from './override-reason';
import type { MoveRequest } from './useMoveItem';

/** What the person may do about a refused move, beyond keeping the card where it was. */
export type RefusalFixes = { mayEdit: boolean; mayOverride: boolean };

/** Whether a refusal has a fix the person can make in place: tick the exit criteria, or override with a reason. */
export function mayFixRefusal(error: unknown, fixes: RefusalFixes): error is ProblemError {
  return mayOverrideRefusal(error, fixes.mayOverride) || (fixes.mayEdit && isProblem(error, 'exit_criteria_unmet'));
}

/**
 * A move a column policy refused, with its fixes in place: tick the exit criteria still open (for those
 * who may edit the card) and move again, or override with a reason that the transition and the audit
 * log keep (holders of wip.override).
 */
export function RefusedMoveDialog({ move, refusal, fixes, onMove, onCancel }: { move: MoveRequest; refusal: ProblemError; fixes: RefusalFixes; onMove: (move: MoveRequest) => void; onCancel: () => void }) {
  const { problem } = refusal;
  const unmet = fixes.mayEdit ? uncheckedCriteriaOf(refusal) : [];
  const overridable = mayOverrideRefusal(refusal, fixes.mayOverride);
  const [reason, setReason] = useState('');
  const override = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onMove({ ...move, override: { reason: reason.trim() } });
  };
  const keep = (
    <button type="button" onClick={onCancel}>
      Keep the card where it was
    </button>
  );
  return (
    <Dialog title={problem.title} onClose={onCancel}>
      <div className="stack">
        <p className="problem-detail">{problem.detail}</p>
        {unmet.length > 0 && <CheckCriteria item={move.item} unmet={unmet} submitLabel="Check and move" onChecked={(item) => onMove({ ...move, item })} />}
        {/* The choices side by side: overriding, or keeping the card where it was. */}
        {overridable ? (
          <form onSubmit={override} className="stack">
            <OverrideReasonField value={reason} onChange={setReason} autoFocus={unmet.length === 0} />
            <div className="actions">
              {keep}
              <button type="submit" className={unmet.length ? undefined : 'primary'} disabled={!reason.trim()}>
                Override and move
              </button>
            </div>
          </form>
        ) : (
          <div className="actions">{keep}</div>
        )}
      </div>
    </Dialog>
  );
}
