import { Navigate, useRouterState } from '@tanstack/react-router';
import { usePortfolios } from '../api/queries';
import { lastPlace } from '../shell/last-visited';
import { Loading } from '../shell/Loading';
import { boardLink } from '../shell/paths';

/** Home leads to work: the last board, else the first portfolio's board, else creating a portfolio. */
export function Home() {
  const portfolios = usePortfolios();
  // A page chosen while the portfolios were loading is still loading its code, and Home still shows: the
  // person's choice wins over leading them to work.
  const leaving = useRouterState({ select: (state) => state.location.pathname !== state.resolvedLocation?.pathname });
  if (portfolios.isPending || leaving) return <Loading />;
  const all = portfolios.data ?? [];
  const { boardId } = lastPlace();
  const known = all.some((p) => p.boards.some((b) => b.id === boardId));
  const first = all.find((p) => p.boards.length > 0)?.boards[0];
  if (known && boardId) return <Navigate {...boardLink(boardId)} replace />;
  if (first) return <Navigate {...boardLink(first.id)} replace />;
  return <Navigate to="/portfolios/new" search={{ first: true }} replace />;
}
