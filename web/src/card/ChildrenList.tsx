import { Link } from '@tanstack/react-router';
import { explain } from '../api/http';
import { usePortfolio } from '../api/queries';
import type { Board, Item } from '../api/types';
import { itemLink } from '../shell/paths';
import { childRow, progressBars, progressText } from './children';
import './children-list.css';
import { useChildren } from './queries';

/** A parent's roll-up as bars, then each child — on this board or a team board — with where it stands. */
export function ChildrenList({ item, board }: { item: Item; board: Board }) {
  const children = useChildren(item.id);
  // Board names come from the portfolio the card already reads for the user's capabilities.
  const portfolio = usePortfolio(board.portfolioId);
  const context = {
    parentBoardId: item.boardId,
    boardName: (boardId: string) => portfolio.data?.boards.find((b) => b.id === boardId)?.name ?? 'another board',
  };
  return (
    <>
      <h4>Children</h4>
      {progressBars(item.progress).map((bar) => (
        <label key={bar.label} className="child-progress">
          <span>
            {bar.label}: {progressText(bar.value, bar.max)}
          </span>
          <progress value={bar.value} max={bar.max} />
        </label>
      ))}
      {children.isPending && <p className="hint">Loading the children…</p>}
      {children.isError && <p role="alert">Could not load the children: {explain(children.error)}</p>}
      <ul className="children">
        {children.data?.map((child) => {
          const row = childRow(child, context);
          return (
            <li key={row.id} className={row.done ? 'child-done' : undefined}>
              <Link {...itemLink(row.boardId, row.id)}>
                {row.key} {row.title}
              </Link>
              <span className="hint">{row.facts.join(' · ')}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
