import { useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import type { ApprovalRequest } from '../api/types';
import { CheckCriteria, type CheckedItem } from './CheckCriteria';
import { EMPTY_DRAFT, decisionBody, evidenceIsLinks } from './decision-draft';
import { DecisionFields, OverrideOfRefusal, useDecision, useReviewLink } from './decision-form';
import { BusyButton, FormError, SubmitButton } from '../setup/FieldErrors';

type Verdict = { decision: 'go' | 'no-go'; override?: { reason: string }; rejectToDone?: boolean };

/**
 * A holder of gate.approve answers an approval request: go moves the item where it was asked to go,
 * no-go leaves it where it is or, if asked, closes it as rejected in the done column. A go that a column policy refuses asks a holder of wip.override for the reason to override it.
 * Exit criteria not yet checked (`unmetBeforeGo`, as the card shows them, or those a refused go names) are offered to an
 * approver who may edit the card, to tick and go in one step: the criteria are then met rather than overridden.
 */
export function GateDecisionForm({ request, item, mayOverride, mayEdit = false, unmetBeforeGo = [] }: { request: ApprovalRequest; item?: CheckedItem; mayOverride: boolean; mayEdit?: boolean; unmetBeforeGo?: readonly string[] }) {
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [reason, setReason] = useState('');
  const [reject, setReject] = useState(false);
  const reviewLink = useReviewLink();
  const { decide, overriding, unmetCriteria } = useDecision(
    request,
    ({ decision, override, rejectToDone }: Verdict) =>
      answer(api.POST('/api/v1/approval-requests/{id}/decision', { params: { path: { id: request.id } }, body: { decision, ...decisionBody(draft), ...reviewLink, ...(override ? { override } : {}), ...(rejectToDone ? { rejectToDone } : {}) } })),
    ({ decision, rejectToDone }) => (decision === 'go' ? 'approved and moved' : rejectToDone ? 'not approved, closed as rejected' : 'not approved'),
    // A no-go ends or holds the work and meets no column policy: only a refused go may be overridden.
    { mayOverride, mayCheckCriteria: mayEdit && item !== undefined, moves: ({ decision }) => decision === 'go' },
  );
  const complete = draft.rationale.trim() !== '' && evidenceIsLinks(draft);
  const toTick = unmetCriteria.length > 0 ? unmetCriteria : mayEdit ? unmetBeforeGo : [];
  const ready = complete && !decide.isPending;
  const submit = (decision: Verdict['decision']) => (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    if (decision === 'no-go') decide.mutate({ decision, rejectToDone: reject });
    else decide.mutate({ decision, ...(overriding && reason.trim() ? { override: { reason: reason.trim() } } : {}) });
  };
  return (
    <>
      <form className="stack decision-form" onSubmit={submit('go')}>
        <DecisionFields itemKey={request.itemKey} draft={draft} onChange={setDraft} />
        {overriding ? <OverrideOfRefusal error={decide.error} reason={reason} onReason={setReason} /> : unmetCriteria.length > 0 && <FormError error={decide.error} />}
        <label className="checkbox">
          <input type="checkbox" checked={reject} onChange={(e) => setReject(e.target.checked)} />
          On a no-go, close it as rejected (moved to the done column)
        </label>
        <div className="actions">
          <BusyButton busy={decide.isPending} onClick={submit('no-go')} disabled={!complete}>
            No-go
          </BusyButton>
          <SubmitButton busy={decide.isPending} disabled={!complete || (overriding && !reason.trim())}>
            {overriding ? 'Override and go' : 'Go'}
          </SubmitButton>
        </div>
      </form>
      {item && toTick.length > 0 && <CheckCriteria item={item} unmet={toTick} submitLabel="Check them and go" ready={complete} onChecked={() => decide.mutate({ decision: 'go' })} />}
    </>
  );
}
