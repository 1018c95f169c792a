import { Navigate } from '@tanstack/react-router';
import { usePortfolios } from '../api/queries';
import { lastPlace } from '../shell/last-visited';
import { Loading } from '../shell/Loading';
import { boardLink } from '../shell/paths';

/** Home leads to work: the last board, else the first portfolio's board, else creating a portfolio. */
export function Home() {
  const portfolios = usePortfolios();
  if (portfolios.isPending) return <Loading />;
  const all = portfolios.data ?? [];
  const { boardId } = lastPlace();
  const known = all.some((p) => p.boards.some((b) => b.id === boardId));
  const first = all.find((p) => p.boards.length > 0)?.boards[0];
  if (known && boardId) return <Navigate {...boardLink(boardId)} replace />;
  if (first) return <Navigate {...boardLink(first.id)} replace />;
  return <Navigate to="/portfolios/new" search={{ first: true }} replace />;
}
