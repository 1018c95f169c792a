import { usePortfolios } from '../api/queries';
import { lastPlace } from '../shell/last-visited';
import { Loading } from '../shell/Loading';
import { Redirect } from '../shell/Redirect';

/** Home leads to work: the last board, else the first portfolio's board, else creating a portfolio. */
export function Home() {
  const portfolios = usePortfolios();
  if (portfolios.isPending) return <Loading />;
  const all = portfolios.data ?? [];
  const { boardId } = lastPlace();
  const known = all.some((p) => p.boards.some((b) => b.id === boardId));
  const first = all.find((p) => p.boards.length > 0)?.boards[0];
  if (known) return <Redirect to={`/boards/${boardId}`} />;
  if (first) return <Redirect to={`/boards/${first.id}`} />;
  return <Redirect to="/portfolios/new?first=1" />;
}
