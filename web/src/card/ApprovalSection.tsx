import { useEffect, useRef, useState } from 'react';
import { explain } from '../api/http';
import { useItemApprovals, useItemDecisions } from '../api/queries';
import type { Board, Decision, Item } from '../api/types';
import { DECISION_WORDS, isPastGate } from '../../../src/domain/approval';
import { someoneWho } from '../../../src/domain/capabilities';
import { isForward, unmetExitCriteria } from '../../../src/domain/move-policy';
import { formatDateTime } from '../shell/format';
import { EvidenceLinks } from './decision-form';
import { GateDecisionForm } from './GateDecisionForm';
import { LaterDecisionForm } from './LaterDecisionForm';
import { RequestSummary } from './RequestSummary';

/** The card's part that a link to `#approval` (an approval request's notification) opens at. */
export const APPROVAL_SECTION = 'approval';

type Props = { item: Item; board: Board; canDecide: boolean; mayOverride: boolean; canEdit: boolean; nameOf: (userId: string | null) => string };

/**
 * Decisions at the top of the card: the approval request it awaits (who asked, when, for which column,
 * with what note, and the exit criteria a go still needs), decided here by those who may approve gated decisions and
 * shown read-only to everyone else; otherwise the latest decision taken on it, the earlier ones folded under it (a
 * closed card's notice tells the one that closed it). Past its gate, approvers record pivot, persevere or stop.
 */
export function ApprovalSection({ item, board, canDecide, mayOverride, canEdit, nameOf }: Props) {
  const requests = useItemApprovals(item.id);
  const decisions = useItemDecisions(item.id);
  const [recording, setRecording] = useState(false);
  const pending = requests.data?.find((request) => request.status === 'pending') ?? null;
  // A closed card's notice tells the decision that closed it: the section tells only those before it.
  const toldByNotice = item.closed !== null && decisions.data?.[0]?.kind === item.closed.as;
  const latest = toldByNotice ? null : (decisions.data?.[0] ?? null);
  const earlier = decisions.data?.slice(1) ?? [];
  const mayRecord = canDecide && !pending && isPastGate(board.columns, item.columnId, board.committedColumnId);
  const shown = requests.isError || decisions.isError || pending !== null || latest !== null || earlier.length > 0 || mayRecord;
  const ref = useFocusWhenLinked(shown && requests.isSuccess && decisions.isSuccess);
  if (!shown) return null;
  const columnName = (id: string) => board.columns.find((c) => c.id === id)?.name ?? 'another column';
  const unmet = pending ? unmetBeforeGo(item, board, pending.columnId) : [];
  return (
    <section ref={ref} id={APPROVAL_SECTION} tabIndex={-1} className={`panel approval-section${pending ? ' approval-pending' : ''}`} aria-labelledby="approval-heading">
      <h3 id="approval-heading">{pending ? 'Awaiting approval' : 'Decisions'}</h3>
      {(requests.isError || decisions.isError) && <p role="alert">{explain(requests.error ?? decisions.error)}</p>}
      {pending && (
        <>
          <RequestSummary request={pending} columnName={columnName(pending.columnId)} />
          {unmet.length > 0 && <CriteriaBeforeGo columnName={columnName(item.columnId)} unmet={unmet} canDecide={canDecide} mayOverride={mayOverride} canEdit={canEdit} requester={pending.requestedByName} />}
          {canDecide ? (
            <GateDecisionForm request={pending} item={item} mayOverride={mayOverride} mayEdit={canEdit} unmetBeforeGo={unmet} />
          ) : (
            <p className="hint">Waiting for a go or no-go from someone who may approve gated decisions.</p>
          )}
        </>
      )}
      {!pending && latest && <LatestDecision decision={latest} nameOf={nameOf} />}
      {!pending && earlier.length > 0 && <EarlierDecisions decisions={earlier} nameOf={nameOf} />}
      {mayRecord &&
        (recording ? (
          <LaterDecisionForm item={item} board={board} mayOverride={mayOverride} onDone={() => setRecording(false)} />
        ) : (
          <button type="button" onClick={() => setRecording(true)}>
            Record a decision…
          </button>
        ))}
    </section>
  );
}

/** The exit criteria of the column the item leaves that a go to `toColumnId` needs and the item has not met. */
function unmetBeforeGo(item: Item, board: Board, toColumnId: string): string[] {
  const column = board.columns.find((c) => c.id === item.columnId);
  return column && isForward(board.columns, item.columnId, toColumnId) ? unmetExitCriteria(column, item.checkedCriteria) : [];
}

type CriteriaProps = { columnName: string; unmet: readonly string[]; canDecide: boolean; mayOverride: boolean; canEdit: boolean; requester: string | null };

/**
 * What a go needs first when the column the item leaves has exit criteria it has not met: said before anyone presses Go,
 * to the approver with what they may do about it, and to the person who asked, who may be the one to check them.
 */
function CriteriaBeforeGo({ columnName, unmet, canDecide, mayOverride, canEdit, requester }: CriteriaProps) {
  const them = unmet.length === 1 ? 'it' : 'them';
  const whatToDo = !canDecide
    ? canEdit
      ? `Tick ${them} in the card's exit criteria, below, before the approver decides.`
      : `Until ${someoneWho(['item.edit'])} checks ${them}, a go is refused.`
    : canEdit
      ? `Write your rationale, tick ${them} below it, and "Check them and go" decides in one step.`
      : mayOverride
        ? `Press Go to override ${them} with a reason, or ask for ${them} to be checked first.`
        : `You may not check ${them} on this card: ask ${requester ?? 'the person who asked'} or ${someoneWho(['item.edit'])} to check ${them}, or decide no-go.`;
  return (
    <div className="criteria-before-go" role="note">
      <p>
        A go needs the exit criteria of <strong>{columnName}</strong> checked first; {unmet.length === 1 ? 'this one is' : `these ${unmet.length} are`} not:
      </p>
      <ul>
        {unmet.map((criterion) => (
          <li key={criterion}>{criterion}</li>
        ))}
      </ul>
      <p className="hint">{whatToDo}</p>
    </div>
  );
}

type DecisionProps = { decision: Decision; nameOf: (userId: string | null) => string };

/** A decision as the card tells it: what, by whom (for whom), when, why, and on what evidence. */
function DecisionText({ decision, nameOf }: DecisionProps) {
  return (
    <>
      <p>
        <strong>{DECISION_WORDS[decision.kind]}</strong>, decided by {decision.decidedByName ?? nameOf(decision.decidedBy)}
        {decision.onBehalfOf ? ` on behalf of ${decision.onBehalfOfName ?? nameOf(decision.onBehalfOf)}` : ''} on{' '}
        <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt)}</time>
      </p>
      <p className="decision-rationale">{decision.rationale}</p>
      <EvidenceLinks links={decision.evidence} />
    </>
  );
}

function LatestDecision({ decision, nameOf }: DecisionProps) {
  return (
    <div className="latest-decision">
      <DecisionText decision={decision} nameOf={nameOf} />
    </div>
  );
}

/** The decisions before the latest, newest first, folded away: each keeps its rationale and evidence. */
function EarlierDecisions({ decisions, nameOf }: { decisions: readonly Decision[]; nameOf: (userId: string | null) => string }) {
  return (
    <details className="earlier-decisions">
      <summary>
        {decisions.length === 1 ? 'One earlier decision' : `${decisions.length} earlier decisions`}
      </summary>
      <ol>
        {decisions.map((decision) => (
          <li key={decision.id}>
            <DecisionText decision={decision} nameOf={nameOf} />
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * Opened through a link to `#approval`, the card shows this section first and puts the keyboard there.
 * After the dialog's own focusing (the dialog opens in an effect that runs after its children's).
 */
function useFocusWhenLinked(ready: boolean) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!ready || location.hash !== `#${APPROVAL_SECTION}`) return;
    const timer = setTimeout(() => {
      ref.current?.scrollIntoView({ block: 'nearest' });
      ref.current?.focus({ preventScroll: true });
    });
    return () => clearTimeout(timer);
  }, [ready]);
  return ref;
}
