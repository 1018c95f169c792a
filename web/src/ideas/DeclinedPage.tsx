import { Link } from '@tanstack/react-router';
import { explain } from '../api/http';
import { useBoard, useCan, useMembers } from '../api/queries';
import { formatDateTime } from '../shell/format';
import { Loading } from '../shell/Loading';
import { boardLink, itemLinkFromPage } from '../shell/paths';
import { useDeclined } from './ideas-api';
import { counted } from '../../../src/domain/words';

/** The ideas a board's triage closed: why each was declined, or which item it was merged into, by whom and when. */
export default function DeclinedPage({ boardId }: { boardId: string }) {
  const board = useBoard(boardId);
  const declined = useDeclined(boardId);
  const members = useMembers(board.data?.portfolioId);
  const can = useCan(board.data?.portfolioId);
  const failed = [board, declined].find((query) => query.isError);
  if (failed) return <p className="page form-error" role="alert">{explain(failed.error)}</p>;
  if (!board.data || !declined.data) return <Loading />;
  const nameOf = (userId: string | null) => (userId && members.data?.find((m) => m.userId === userId)?.name) || 'a former member';
  return (
    <div className="page declined-page">
      <div className="page-header">
        <h1>Declined ideas</h1>
        <p className="hint">
          Ideas of <Link {...boardLink(boardId)}>{board.data.name}</Link> that were declined or merged into another item, newest first. They no longer show on the board.
          {can('item.edit') && ' A declined idea is reopened from its card.'}
        </p>
      </div>
      {declined.data.length === 0 ? (
        <p className="hint">No idea of this board was declined or merged yet.</p>
      ) : (
        <ul className="entry-list">
          {declined.data.map((idea) => (
            <li key={idea.id}>
              <strong>
                <Link {...itemLinkFromPage(boardId, idea.id)}>
                  {idea.key} {idea.title}
                </Link>
              </strong>
              {idea.mergedInto ? (
                <span>
                  Merged into{' '}
                  {/* The item it went into may live on another board of the portfolio: the link opens it there. */}
                  <Link {...itemLinkFromPage(idea.mergedInto.boardId, idea.mergedInto.id)}>
                    {idea.mergedInto.key} {idea.mergedInto.title}
                  </Link>
                </span>
              ) : (
                <span className="declined-reason">Declined: {idea.reason}</span>
              )}
              <span className="hint">
                By {nameOf(idea.closedBy)}
                {idea.onBehalfOf && ` on behalf of ${idea.onBehalfOfName ?? 'a former member'}`} on {formatDateTime(idea.closedAt)}
                {idea.votes > 0 && ` · had ${counted(idea.votes, 'vote')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
