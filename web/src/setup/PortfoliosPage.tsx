import { usePortfolios } from '../api/queries';
import { Loading } from '../shell/Loading';
import { Link } from '../shell/router';

export function PortfoliosPage() {
  const portfolios = usePortfolios();
  return (
    <div className="page">
      <div className="page-header">
        <h1>Portfolios</h1>
        <Link to="/portfolios/new" className="button primary">
          New portfolio
        </Link>
      </div>
      {portfolios.isPending ? (
        <Loading />
      ) : (
        <ul className="tile-list">
          {(portfolios.data ?? []).map((portfolio) => (
            <li key={portfolio.id} className="tile">
              <h2>
                <Link to={`/portfolios/${portfolio.id}`}>{portfolio.name}</Link>
              </h2>
              <p className="hint">Your roles: {portfolio.myRoles.map((role) => role.replaceAll('_', ' ')).join(', ')}</p>
              <ul className="inline-list">
                {portfolio.boards.map((board) => (
                  <li key={board.id}>
                    <Link to={`/boards/${board.id}`}>{board.name}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
