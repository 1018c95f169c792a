import { Link, useParams } from '@tanstack/react-router';
import { useBoard, useCan } from '../api/queries';
import type { Column } from '../api/types';
import { estimationLink } from './paths';
import { useRankColumn } from './useRankByWsjf';
import './strategy.css';

/**
 * Prioritisation in a column's header, for holders of backlog.rank: the one-click "Rank by WSJF" and
 * "Rank by votes", and the way to the relative estimation of the column's items. Done columns have nothing to prioritise.
 */
export function ColumnWsjfActions({ column }: { column: Column }) {
  // A column knows only itself: its board is the one in the address (with or without a card open over it).
  const { boardId } = useParams({ strict: false });
  if (boardId === undefined || column.kind === 'done') return null;
  return <Actions boardId={boardId} column={column} />;
}

function Actions({ boardId, column }: { boardId: string; column: Column }) {
  const board = useBoard(boardId);
  const can = useCan(board.data?.portfolioId);
  const rank = useRankColumn(boardId, column, 'wsjf');
  const rankByVotes = useRankColumn(boardId, column, 'votes');
  // Both change the column's order or its items' WSJF: offered only to those who may prioritise.
  if (!can('backlog.rank')) return null;
  return (
    <div className="column-wsjf">
      <button type="button" className="column-wsjf-action" onClick={() => rank.mutate()} disabled={rank.isPending} title={`Order ${column.name} by WSJF, highest first`}>
        {rank.isPending ? 'Ranking…' : 'Rank by WSJF'}
      </button>
      <button type="button" className="column-wsjf-action" onClick={() => rankByVotes.mutate()} disabled={rankByVotes.isPending} title={`Order ${column.name} by votes, most first`}>
        {rankByVotes.isPending ? 'Ranking…' : 'Rank by votes'}
      </button>
      <Link {...estimationLink(boardId, column.id)} className="column-wsjf-link" title={`Compare the items of ${column.name} one WSJF input at a time`}>
        Estimate WSJF
      </Link>
    </div>
  );
}
