import { useBoard, useCan } from '../api/queries';
import type { Column } from '../api/types';
import { Link, matchPath, usePath } from '../shell/router';
import { estimationPath } from './paths';
import { useRankByWsjf } from './useRankByWsjf';
import './strategy.css';

/**
 * The board is on screen at `/boards/:boardId` and at `/boards/:boardId/items/:itemId` (a card open
 * over it); a column knows only itself, so its board comes from the address.
 */
function boardIdOf(path: string): string | null {
  return (matchPath('/boards/:boardId', path) ?? matchPath('/boards/:boardId/items/:itemId', path))?.boardId ?? null;
}

/**
 * Prioritisation in a column's header, for holders of backlog.rank: the one-click "Rank by WSJF" and
 * the way to the relative estimation of the column's items. Done columns have nothing to prioritise.
 */
export function ColumnWsjfActions({ column }: { column: Column }) {
  const boardId = boardIdOf(usePath());
  if (boardId === null || column.kind === 'done') return null;
  return <Actions boardId={boardId} column={column} />;
}

function Actions({ boardId, column }: { boardId: string; column: Column }) {
  const board = useBoard(boardId);
  const can = useCan(board.data?.portfolioId);
  const rank = useRankByWsjf(boardId, column);
  // Both change the column's order or its items' WSJF: offered only to those who may prioritise.
  if (!can('backlog.rank')) return null;
  return (
    <div className="column-wsjf">
      <button type="button" className="column-wsjf-action" onClick={() => rank.mutate()} disabled={rank.isPending} title={`Order ${column.name} by WSJF, highest first`}>
        {rank.isPending ? 'Ranking…' : 'Rank by WSJF'}
      </button>
      <Link to={estimationPath(boardId, column.id)} className="column-wsjf-link" title={`Compare the items of ${column.name} one WSJF input at a time`}>
        Estimate WSJF
      </Link>
    </div>
  );
}
