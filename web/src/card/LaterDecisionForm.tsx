import { useState, type FormEvent } from 'react';
import { answer, api } from '../api/http';
import type { Board, Item } from '../api/types';
import { DECISION_WORDS, type LaterDecision } from '../../../src/domain/approval';
import { EMPTY_DRAFT, decisionBody, evidenceIsLinks } from './decision-draft';
import { DecisionFields, OverrideOfRefusal, useDecision, useReviewLink } from './decision-form';
import { SubmitButton } from '../setup/FieldErrors';

const CHOICES: { kind: LaterDecision; label: string; meaning: string }[] = [
  { kind: 'pivot', label: 'Pivot', meaning: 'change course: the hypothesis did not hold as stated' },
  { kind: 'persevere', label: 'Persevere', meaning: 'carry on: the hypothesis holds' },
  { kind: 'stop', label: 'Stop', meaning: 'end the work' },
];

type Choice = { decision: LaterDecision; columnId?: string; override?: { reason: string } };

/**
 * Pivot, persevere or stop on work past its gate, with its rationale and evidence; the decision may move
 * the card too (a stop to done skips the column's exit criteria, which describe finished work).
 */
export function LaterDecisionForm({ item, board, mayOverride, onDone }: { item: Item; board: Board; mayOverride: boolean; onDone: () => void }) {
  const [kind, setKind] = useState<LaterDecision | null>(null);
  const [columnId, setColumnId] = useState('');
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [reason, setReason] = useState('');
  const reviewLink = useReviewLink();
  const { decide, overriding } = useDecision(
    { itemId: item.id, itemKey: item.key, boardId: board.id, portfolioId: board.portfolioId },
    (choice: Choice) => answer(api.POST('/api/v1/items/{id}/decisions', { params: { path: { id: item.id } }, body: { ...choice, ...decisionBody(draft), ...reviewLink } })),
    ({ decision }) => `${DECISION_WORDS[decision]} recorded`,
    // Only a decision that moves the card meets a column policy that may be overridden.
    { mayOverride, moves: (choice) => choice.columnId !== undefined },
  );
  const here = board.columns.find((c) => c.id === item.columnId);
  const complete = kind !== null && draft.rationale.trim() !== '' && evidenceIsLinks(draft) && (!overriding || reason.trim() !== '');
  const ready = complete && !decide.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || kind === null) return;
    const choice: Choice = { decision: kind, ...(columnId ? { columnId } : {}), ...(overriding && columnId ? { override: { reason: reason.trim() } } : {}) };
    decide.mutate(choice, { onSuccess: onDone });
  };
  return (
    <form className="stack decision-form" onSubmit={submit} aria-label={`Record a decision on ${item.key}`}>
      <fieldset className="decision-kinds">
        <legend>Decision</legend>
        {CHOICES.map((choice) => (
          <label key={choice.kind} className="checkbox">
            <input type="radio" name="decision" value={choice.kind} checked={kind === choice.kind} onChange={() => setKind(choice.kind)} required />
            <span>
              {choice.label} <span className="hint">— {choice.meaning}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <label>
        Move the card
        <select value={columnId} onChange={(e) => setColumnId(e.target.value)}>
          <option value="">No, leave it in {here?.name ?? 'its column'}</option>
          {board.columns
            .filter((c) => c.id !== item.columnId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                To {c.name}
              </option>
            ))}
        </select>
      </label>
      <DecisionFields itemKey={item.key} draft={draft} onChange={setDraft} />
      {overriding && <OverrideOfRefusal error={decide.error} reason={reason} onReason={setReason} />}
      <div className="actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <SubmitButton busy={decide.isPending} disabled={!complete}>
          {overriding ? 'Override and record' : 'Record decision'}
        </SubmitButton>
      </div>
    </form>
  );
}
