import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useId } from 'react';
import { explain } from '../api/http';
import { keys } from '../api/queries';
import { mayOverrideRefusal, OverrideReasonField } from '../board/override-reason';
import { FormError } from '../setup/FieldErrors';
import { uncheckedCriteriaOf } from './CheckCriteria';
import { notify } from '../shell/notices';
import { evidenceIsLinks, type DecisionDraft } from './decision-draft';

/** Rationale and evidence, each in a text area of its own: a decision's reasons rarely fit one line. */
export function DecisionFields({ itemKey, draft, onChange }: { itemKey: string; draft: DecisionDraft; onChange: (draft: DecisionDraft) => void }) {
  const evidenceHint = useId();
  const linksOnly = evidenceIsLinks(draft);
  return (
    <>
      <label>
        Rationale for {itemKey} <span className="hint">(required: why, kept in the decision log)</span>
        <textarea value={draft.rationale} onChange={(e) => onChange({ ...draft, rationale: e.target.value })} required rows={4} maxLength={20000} />
      </label>
      <label>
        Evidence <span className="hint">(optional: links, one per line)</span>
        <textarea
          value={draft.evidence}
          onChange={(e) => onChange({ ...draft, evidence: e.target.value })}
          rows={3}
          aria-invalid={!linksOnly}
          aria-describedby={linksOnly ? undefined : evidenceHint}
          placeholder="https://…"
        />
      </label>
      {!linksOnly && (
        <p id={evidenceHint} className="form-error" role="alert">
          Each line of evidence must be a link starting with https:// or http://.
        </p>
      )}
    </>
  );
}

/** The links a decision rests on, each opening in a new tab. */
export function EvidenceLinks({ links }: { links: readonly string[] }) {
  if (links.length === 0) return null;
  return (
    <ul className="decision-evidence" aria-label="Evidence">
      {links.map((link) => (
        <li key={link}>
          <a href={link} target="_blank" rel="noreferrer noopener">
            {link}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The portfolio review a card is open in: decisions taken there are linked to it (PRODUCT.md §12). */
export const ReviewContext = createContext<string | null>(null);

/** What a decision's body adds to link it to the review it is taken in, if any. */
export function useReviewLink(): { reviewId?: string } {
  const reviewId = useContext(ReviewContext);
  return reviewId ? { reviewId } : {};
}

type DecidedItem = { itemId: string; itemKey: string; boardId: string; portfolioId: string };

/**
 * Sends a decision and refreshes what it changes: the card (its requests, decisions and history), the
 * board it may have moved on, and the portfolio's pending approvals and decision log. A decision that moves the
 * card (`moves`) may meet a column policy that a holder of wip.override overrides with a reason: `overriding` then
 * says the form asks for it, and shows the refusal itself rather than in a notice beside it. Refused for exit
 * criteria not yet checked, one who may edit the card (`mayCheckCriteria`) is offered them to check (`unmetCriteria`).
 */
export function useDecision<V>(
  item: DecidedItem,
  send: (variables: V) => Promise<unknown>,
  told: (variables: V) => string,
  override: { mayOverride: boolean; mayCheckCriteria?: boolean; moves: (variables: V) => boolean },
) {
  const queryClient = useQueryClient();
  const moving = (variables: V | undefined) => variables !== undefined && override.moves(variables);
  // Unmet exit criteria that one who may edit the card checks in the form, rather than overriding them.
  const uncheckedCriteria = (error: unknown, variables: V | undefined): string[] => (override.mayCheckCriteria && moving(variables) ? uncheckedCriteriaOf(error) : []);
  const overridable = (error: unknown, variables: V | undefined) => mayOverrideRefusal(error, override.mayOverride) && moving(variables);
  const decide = useMutation({
    mutationFn: send,
    onSuccess: (_result, variables) => {
      notify(`${item.itemKey}: ${told(variables)}.`);
      void queryClient.invalidateQueries({ queryKey: keys.item(item.itemId) });
      void queryClient.invalidateQueries({ queryKey: keys.board(item.boardId), exact: true });
      void queryClient.invalidateQueries({ queryKey: keys.portfolio(item.portfolioId) });
    },
    onError: (error, variables) => {
      if (!overridable(error, variables) && uncheckedCriteria(error, variables).length === 0) notify(explain(error), 'error');
    },
  });
  return { decide, overriding: overridable(decide.error, decide.variables), unmetCriteria: uncheckedCriteria(decide.error, decide.variables) };
}

/** A decision's move refused by a column policy, in the form, and the reason that overrides it. */
export function OverrideOfRefusal({ error, reason, onReason }: { error: unknown; reason: string; onReason: (reason: string) => void }) {
  return (
    <>
      <FormError error={error} />
      <OverrideReasonField value={reason} onChange={onReason} />
    </>
  );
}
