import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { usePortfolio } from '../api/queries';
import { boardLink } from '../shell/paths';
import { NewBoardButton } from './NewBoardDialog';

/**
 * The portfolio's boards, to go from one to another, and (for holders of workflow.configure, who may
 * add boards) a way to add one.
 */
export function BoardSwitcher({ boardId, portfolioId, mayAddBoards }: { boardId: string; portfolioId: string; mayAddBoards: boolean }) {
  const portfolio = usePortfolio(portfolioId).data;
  const labelId = useId();
  const navigate = useNavigate();
  if (!portfolio) return null;
  return (
    <div className="board-switcher">
      {portfolio.boards.length > 1 && (
        <label className="filter">
          <span id={labelId} className="filter-label">
            Board
          </span>
          {/* Named by its label alone: a label around a select would also read out every option. */}
          <select aria-labelledby={labelId} value={boardId} onChange={(e) => void navigate(boardLink(e.target.value))}>
            {portfolio.boards.map((board) => (
              <option key={board.id} value={board.id}>
                {board.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {mayAddBoards && <NewBoardButton portfolio={portfolio} />}
    </div>
  );
}
