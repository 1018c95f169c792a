import { useMe } from '../api/queries';
import type { ApprovalRequest } from '../api/types';
import { formatDateTime } from '../shell/format';

/** Who asked for approval, when, for which column, and with what note. */
export function RequestSummary({ request, columnName }: { request: ApprovalRequest; columnName?: string }) {
  const me = useMe();
  const asker = request.requestedBy && request.requestedBy === me.data?.id ? 'you' : (request.requestedByName ?? 'a former member');
  return (
    <>
      <p className="request-summary">
        Asked by <strong>{asker}</strong> on{' '}
        <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>
        {columnName && (
          <>
            {' '}
            to move it to <strong>{columnName}</strong>
          </>
        )}
        .
      </p>
      {request.note && <blockquote className="request-note">{request.note}</blockquote>}
    </>
  );
}
