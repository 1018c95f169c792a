import { Link } from '@tanstack/react-router';
import { explain } from '../api/http';
import { useGaps } from '../api/queries';
import { boardLink, itemLinkFromPage } from '../shell/paths';

/** What nobody answers for right now, each with the fix the server suggests. */
export function GapsList({ portfolioId }: { portfolioId: string }) {
  const gaps = useGaps(portfolioId);
  if (gaps.isPending) return <p className="hint">Looking for gaps…</p>;
  if (gaps.isError) return <p role="alert">{explain(gaps.error)}</p>;
  if (gaps.data.gaps.length === 0) return <p className="hint">No gaps: every column, card and block has someone answering for it.</p>;
  return (
    <ul className="entry-list">
      {gaps.data.gaps.map((gap, index) => (
        <li key={`${gap.kind}:${gap.itemId ?? gap.columnId}:${index}`}>
          {gap.boardId === null ? <span>{gap.message}</span> : <Link {...(gap.itemId ? itemLinkFromPage(gap.boardId, gap.itemId) : boardLink(gap.boardId))}>{gap.message}</Link>}
          <span className="hint">{gap.suggestedFix}</span>
        </li>
      ))}
    </ul>
  );
}
