import { Link } from '@tanstack/react-router';
import { explain } from '../api/http';
import { usePendingApprovals } from '../api/queries';
import { GateDecisionForm } from '../card/GateDecisionForm';
import { APPROVAL_SECTION } from '../card/ApprovalSection';
import { RequestSummary } from '../card/RequestSummary';
import { itemLinkFromPage } from '../shell/paths';

/** Gate requests awaiting a go/no-go; holders of gate.approve decide them here or in the card. */
export function PendingApprovals({ portfolioId, canDecide, mayOverride }: { portfolioId: string; canDecide: boolean; mayOverride: boolean }) {
  const requests = usePendingApprovals(portfolioId);
  if (requests.isPending) return <p className="hint">Loading approval requests…</p>;
  if (requests.isError) return <p role="alert">{explain(requests.error)}</p>;
  if (requests.data.length === 0) return <p className="hint">No approval request is waiting.</p>;
  return (
    <ul className="entry-list">
      {requests.data.map((request) => (
        <li key={request.id}>
          <Link {...itemLinkFromPage(request.boardId, request.itemId, APPROVAL_SECTION)}>
            {request.itemKey} {request.itemTitle}
          </Link>
          <RequestSummary request={request} />
          {canDecide && <GateDecisionForm request={request} mayOverride={mayOverride} />}
        </li>
      ))}
    </ul>
  );
}
