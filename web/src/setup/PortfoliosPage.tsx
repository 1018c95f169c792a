import { Link } from '@tanstack/react-router';
import { usePortfolios } from '../api/queries';
import { Loading } from '../shell/Loading';
import { boardLink, portfolioLink } from '../shell/paths';

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
                <Link {...portfolioLink(portfolio.id)}>{portfolio.name}</Link>
              </h2>
              <p className="hint">Your roles: {portfolio.myRoles.map((role) => role.replaceAll('_', ' ')).join(', ')}</p>
              <ul className="inline-list">
                {portfolio.boards.map((board) => (
                  <li key={board.id}>
                    <Link {...boardLink(board.id)}>{board.name}</Link>
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
