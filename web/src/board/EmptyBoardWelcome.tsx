import { useMe } from '../api/queries';
import { Link } from '@tanstack/react-router';
import { portfolioLink } from '../shell/paths';

/**
 * An empty board says what comes first: the people who will work on it, and the first item.
 * Instance admins invite from People; a portfolio admin from the portfolio's Members section.
 */
export function EmptyBoardWelcome({ portfolioId, mayInvite, mayCreate, onCreate }: { portfolioId: string; mayInvite: boolean; mayCreate: boolean; onCreate: () => void }) {
  const isAdmin = useMe().data?.isAdmin ?? false;
  if (!mayCreate && !mayInvite && !isAdmin) return null;
  return (
    <section className="board-welcome" aria-labelledby="board-welcome-heading">
      <h2 id="board-welcome-heading">This board is empty</h2>
      <ul>
        {(isAdmin || mayInvite) && (
          <li>
            Add the people who work on it: {isAdmin ? <Link to="/people" search={{ portfolio: portfolioId }}>invite your team</Link> : <Link {...portfolioLink(portfolioId, 'members')}>invite your team</Link>}, each with their roles.
          </li>
        )}
        {mayCreate && (
          <li>
            Add the first item:{' '}
            <button type="button" className="link-button" onClick={onCreate}>
              create an item
            </button>{' '}
            (or press n).
          </li>
        )}
      </ul>
    </section>
  );
}
