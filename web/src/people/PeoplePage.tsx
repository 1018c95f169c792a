import { useMe } from '../api/queries';
import { InviteForm } from './InviteForm';
import { PendingInvitations } from './PendingInvitations';
import { PeopleList } from './PeopleList';

/**
 * The instance's people (admins): invite by e-mail, see who has not joined yet, deactivate, reset passwords.
 * `portfolioId`: the portfolio invitations go into at first (the reader came from one of its boards).
 */
export default function PeoplePage({ portfolioId }: { portfolioId?: string }) {
  const me = useMe().data;
  if (!me?.isAdmin) {
    return (
      <div className="page">
        <h1>People</h1>
        <p>Only instance admins manage people. A portfolio admin invites people from the portfolio's Members section.</p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>People</h1>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite people</h2>
        <p className="hint">Each person gets a link to choose their name and password; they join with the roles you tick.</p>
        <InviteForm initialPortfolioId={portfolioId} />
      </section>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Pending invitations</h2>
        <PendingInvitations portfolioId={null} />
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">Everyone</h2>
        <p className="hint">A deactivated person cannot sign in; what they did stays in the history, and what they were accountable for shows as a gap.</p>
        <PeopleList me={me} />
      </section>
    </div>
  );
}
